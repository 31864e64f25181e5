package mx.buzon.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.problem.BuzonException;
import mx.buzon.problem.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ZipInspectorTest {

    static final long SEED = 10_485_760L;

    /** A small, valid evidence ZIP as java.util.zip writes it: a folder, a text file, a deflated PDF-ish file. */
    static byte[] validZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("facturas/"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("facturas/enero-ñandú.txt"));
            zip.write("Factura de enero: pagada el 17 de febrero.".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("acuse.pdf"));
            zip.write("%PDF-1.7 not really a pdf, just bytes to deflate %%EOF".repeat(20).getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void inspect_validZip_isValidWithEntriesAndDigest() throws IOException {
        byte[] zip = validZip();
        ZipInspection r = ZipInspector.inspect(zip);
        assertThat(r.findings()).isEmpty();
        assertThat(r.isValid()).isTrue();
        assertThat(r.sizeBytes()).isEqualTo(zip.length);
        assertThat(r.sha256()).isEqualTo(Sha256.digest(zip));
        assertThat(r.entries()).extracting(ZipEntryInfo::name)
                .containsExactly("facturas/", "facturas/enero-ñandú.txt", "acuse.pdf");
        assertThat(r.entries().get(0).directory()).isTrue();
        assertThat(r.entries().get(2).method()).isEqualTo(8);
        assertThat(r.entries().get(2).uncompressedSize()).isEqualTo(54 * 20);
    }

    @Test
    void inspect_handWrittenValidZip_isValid() {
        byte[] zip = new HandZip().add(HandZip.stored("a.txt", "hola")).add(HandZip.stored("b/c.txt", "adiós")).bytes();
        ZipInspection r = ZipInspector.inspect(zip);
        assertThat(r.findings()).isEmpty();
        assertThat(r.entries()).extracting(ZipEntryInfo::name).containsExactly("a.txt", "b/c.txt");
    }

    @Test
    void inspect_emptyFile_isZipVacio() {
        ZipInspection r = ZipInspector.inspect(new byte[0]);
        assertThat(codes(r)).containsExactly("ZIP_VACIO");
        assertThat(r.sha256()).hasToString("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void inspect_emptyArchive_isSinEntradas() {
        ZipInspection r = ZipInspector.inspect(new HandZip().bytes());
        assertThat(codes(r)).containsExactly("ZIP_SIN_ENTRADAS");
    }

    @Test
    void inspect_onlyFolders_isSinEntradas() {
        ZipInspection r = ZipInspector.inspect(new HandZip().add(HandZip.stored("carpeta/", "")).bytes());
        assertThat(codes(r)).containsExactly("ZIP_SIN_ENTRADAS");
    }

    @Test
    void inspect_pdfNamedZip_saysItIsAPdf() {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        ZipInspection r = ZipInspector.inspect(pdf);
        assertThat(codes(r)).containsExactly("ZIP_NO_ES_ZIP");
        assertThat(r.findings().get(0).message()).contains("PDF");
        assertThat(r.isValid()).isFalse();
    }

    @Test
    void inspect_validZipWithAnyFileName_isJudgedByContent(@TempDir Path dir) throws IOException {
        Path renamed = dir.resolve("evidencia.pdf");
        Files.write(renamed, validZip());
        assertThat(ZipInspector.inspect(renamed).isValid()).isTrue();
        Path pdfAsZip = dir.resolve("evidencia.zip");
        Files.write(pdfAsZip, "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        assertThat(codes(ZipInspector.inspect(pdfAsZip))).containsExactly("ZIP_NO_ES_ZIP");
    }

    @Test
    void inspect_missingFile_throwsArchivoIlegible(@TempDir Path dir) {
        assertThatThrownBy(() -> ZipInspector.inspect(dir.resolve("no-existe.zip")))
                .isInstanceOf(BuzonException.class)
                .satisfies(e -> assertThat(((BuzonException) e).code()).isEqualTo("ARCHIVO_ILEGIBLE"));
    }

    @Test
    void inspect_sizeLimit_isExclusiveTenMebibytes(@TempDir Path dir) throws IOException {
        ZipLimits small = new ZipLimits(1000, 10, 10_000, 100, 100);
        byte[] zip = new HandZip().add(HandZip.stored("a.txt", "x".repeat(800))).bytes();
        int overhead = zip.length - 800;
        byte[] justBelow = new HandZip().add(HandZip.stored("a.txt", "x".repeat(999 - overhead))).bytes();
        byte[] atLimit = new HandZip().add(HandZip.stored("a.txt", "x".repeat(1000 - overhead))).bytes();
        assertThat(justBelow).hasSize(999);
        assertThat(ZipInspector.inspect(justBelow, small).isValid()).isTrue();
        assertThat(codes(ZipInspector.inspect(atLimit, small))).containsExactly("ZIP_DEMASIADO_GRANDE");
        assertThat(ZipLimits.EVIDENCIA_ACLARACION.fileSizeLimitExclusive()).isEqualTo(10L * 1024 * 1024);
        Path big = dir.resolve("grande.zip");
        Files.write(big, new byte[10 * 1024 * 1024]);
        ZipInspection r = ZipInspector.inspect(big);
        assertThat(codes(r)).containsExactly("ZIP_DEMASIADO_GRANDE");
        assertThat(r.sha256()).isEqualTo(Sha256.digest(new byte[10 * 1024 * 1024]));
    }

    @Test
    void inspectStream_sameAnswerAsBytes_andTheSameSizeLimit() throws IOException {
        byte[] zip = validZip();
        assertThat(ZipInspector.inspect(new java.io.ByteArrayInputStream(zip))).isEqualTo(ZipInspector.inspect(zip));
        ZipLimits small = new ZipLimits(1000, 10, 10_000, 100, 100);
        byte[] justBelow = new HandZip().add(HandZip.stored("a.txt", "x".repeat(999 - (zip(800).length - 800)))).bytes();
        assertThat(ZipInspector.inspect(new java.io.ByteArrayInputStream(justBelow), small).isValid()).isTrue();
        byte[] tooBig = zip(5000);
        ZipInspection r = ZipInspector.inspect(new java.io.ByteArrayInputStream(tooBig), small);
        assertThat(codes(r)).containsExactly("ZIP_DEMASIADO_GRANDE");
        assertThat(r.sizeBytes()).isEqualTo(tooBig.length);
        assertThat(r.sha256()).isEqualTo(Sha256.digest(tooBig));
        assertThat(r.findings()).isEqualTo(ZipInspector.inspect(tooBig, small).findings());
    }

    @Test
    void inspectStream_failingStream_throwsArchivoIlegible() {
        java.io.InputStream failing = new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("conexión cortada");
            }
        };
        assertThatThrownBy(() -> ZipInspector.inspect(failing))
                .isInstanceOf(BuzonException.class)
                .satisfies(e -> assertThat(((BuzonException) e).code()).isEqualTo("ARCHIVO_ILEGIBLE"));
    }

    private static byte[] zip(int storedChars) {
        return new HandZip().add(HandZip.stored("a.txt", "x".repeat(storedChars))).bytes();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.txt", "a/../../x.txt", "..", "/etc/passwd", "C:/Windows/x.txt", "c:x.txt",
        "a\\..\\x.txt", "dir\\x.txt", "a/\u0000.txt", "a/\u001b[31m.txt", ""})
    void inspect_unsafeEntryName_isRutaInsegura(String name) {
        byte[] zip = new HandZip().add(HandZip.stored("ok.txt", "ok")).add(HandZip.stored(name, "x")).bytes();
        ZipInspection r = ZipInspector.inspect(zip);
        assertThat(codes(r)).as(name).contains("ZIP_RUTA_INSEGURA");
        assertThat(r.isValid()).isFalse();
    }

    @Test
    void inspect_dotsThatAreNotTraversal_areAccepted() {
        byte[] zip = new HandZip().add(HandZip.stored("a..b/..c.txt", "x")).add(HandZip.stored("./d.txt", "y")).bytes();
        assertThat(ZipInspector.inspect(zip).findings()).isEmpty();
    }

    @Test
    void inspect_zipOutputStreamAcceptsTraversal_butInspectorRefusesIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("../../evil.sh"));
            zip.write(1);
            zip.closeEntry();
        }
        assertThat(codes(ZipInspector.inspect(bytes.toByteArray()))).containsExactly("ZIP_RUTA_INSEGURA");
    }

    @Test
    void inspect_declaredOneGibibyteFromHighlyCompressibleData_isBomb() {
        // 1 MiB of zeros deflates to about 1 KiB; the headers declare 1 GiB uncompressed.
        byte[] zeros = new byte[1024 * 1024];
        Deflater deflater = new Deflater(9, true);
        deflater.setInput(zeros);
        deflater.finish();
        byte[] buf = new byte[64 * 1024];
        int n = deflater.deflate(buf);
        deflater.end();
        HandZip.Entry bomb = new HandZip.Entry("ceros.bin", new byte[0]).deflated(Arrays.copyOf(buf, n), 1L << 30);
        ZipInspection r = ZipInspector.inspect(new HandZip().add(bomb).bytes());
        assertThat(codes(r)).containsExactlyInAnyOrder("ZIP_BOMBA_TAMANO", "ZIP_BOMBA_PROPORCION");
        assertThat(r.entries().get(0).uncompressedSize()).isEqualTo(1L << 30);
    }

    @Test
    void inspect_realDeflatedZeros_isBombByRatio() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("ceros.bin"));
            zip.write(new byte[8 * 1024 * 1024]);
            zip.closeEntry();
        }
        ZipInspection r = ZipInspector.inspect(bytes.toByteArray());
        assertThat(codes(r)).containsExactly("ZIP_BOMBA_PROPORCION");
    }

    @Test
    void inspect_manyEntriesDeclaringModestSizes_isBombByTotal() {
        HandZip zip = new HandZip();
        for (int i = 0; i < 101; i++) {
            zip.add(new HandZip.Entry("f" + i + ".bin", new byte[0]).deflated(new byte[] {3, 0}, 1024 * 1024));
        }
        ZipInspection r = ZipInspector.inspect(zip.bytes());
        assertThat(codes(r)).containsExactly("ZIP_BOMBA_TAMANO");
    }

    @Test
    void inspect_overlappingEntries_areRefused() {
        // Fifield's non-recursive bomb: many central entries pointing at the same local data.
        HandZip zip = new HandZip();
        HandZip.Entry first = HandZip.stored("a.txt", "compartido");
        zip.add(first);
        HandZip.Entry second = HandZip.stored("a.txt", "compartido");
        second.localOffsetOverride = 0L;
        // Second entry's own local header is still written, so give the central one the first's name bytes.
        zip.add(second);
        ZipInspection r = ZipInspector.inspect(zip.bytes());
        assertThat(codes(r)).contains("ZIP_DIRECTORIO_INVALIDO", "ZIP_NOMBRE_DUPLICADO");
    }

    @Test
    void inspect_tooManyEntries_isRefusedBeforeParsing() {
        HandZip zip = new HandZip();
        for (int i = 0; i < 11; i++) {
            zip.add(HandZip.stored("f" + i, "x"));
        }
        ZipInspection r = ZipInspector.inspect(zip.bytes(), new ZipLimits(1_000_000, 10, 1_000_000, 100, 100));
        assertThat(codes(r)).containsExactly("ZIP_DEMASIADAS_ENTRADAS");
    }

    @Test
    void inspect_encryptedEntry_isCifrado() {
        HandZip.Entry e = HandZip.stored("secreto.pdf", "xxxxxxxxxxxxxxxx");
        e.flags |= 0x0001;
        assertThat(codes(ZipInspector.inspect(new HandZip().add(e).bytes()))).containsExactly("ZIP_CIFRADO");
    }

    @Test
    void inspect_unsupportedMethod_isRefused() {
        HandZip.Entry e = HandZip.stored("a.txt", "xx");
        e.method = 12;
        assertThat(codes(ZipInspector.inspect(new HandZip().add(e).bytes()))).containsExactly("ZIP_METODO_NO_SOPORTADO");
    }

    @Test
    void inspect_zip64Extra_isRefused() {
        HandZip.Entry e = HandZip.stored("a.txt", "xx");
        e.centralExtra = new byte[] {1, 0, 8, 0, 2, 0, 0, 0, 0, 0, 0, 0};
        assertThat(codes(ZipInspector.inspect(new HandZip().add(e).bytes()))).containsExactly("ZIP_ZIP64");
    }

    @Test
    void inspect_storedWithDifferentSizes_isInconsistent() {
        HandZip.Entry e = HandZip.stored("a.txt", "xx");
        e.declaredUncompressed = 5;
        assertThat(codes(ZipInspector.inspect(new HandZip().add(e).bytes()))).containsExactly("ZIP_TAMANO_INCONSISTENTE");
    }

    @Test
    void inspect_localNameDifferentFromCentralName_isRefused() {
        HandZip.Entry e = HandZip.stored("inocente.txt", "xx");
        e.localName = "../malo.txt".getBytes(StandardCharsets.UTF_8);
        assertThat(codes(ZipInspector.inspect(new HandZip().add(e).bytes()))).containsExactly("ZIP_ENCABEZADO_LOCAL_INVALIDO");
    }

    @Test
    void inspect_duplicateNames_exactIsErrorCaseOnlyIsWarning() {
        ZipInspection exact = ZipInspector.inspect(new HandZip().add(HandZip.stored("a.txt", "1"))
                .add(HandZip.stored("a.txt", "2")).bytes());
        assertThat(codes(exact)).containsExactly("ZIP_NOMBRE_DUPLICADO");
        assertThat(exact.isValid()).isFalse();
        ZipInspection folded = ZipInspector.inspect(new HandZip().add(HandZip.stored("A.txt", "1"))
                .add(HandZip.stored("a.txt", "2")).bytes());
        assertThat(codes(folded)).containsExactly("ZIP_NOMBRE_DUPLICADO");
        assertThat(folded.isValid()).isTrue();
    }

    @Test
    void inspect_nestedArchive_isWarningOnly() {
        ZipInspection r = ZipInspector.inspect(new HandZip().add(HandZip.stored("mas.ZIP", "PK")).bytes());
        assertThat(codes(r)).containsExactly("ZIP_ARCHIVO_ANIDADO");
        assertThat(r.isValid()).isTrue();
    }

    @Test
    void inspect_latin1NameWithoutUtf8Flag_isWarning() {
        HandZip.Entry e = HandZip.stored("x", "1").nameBytes(new byte[] {'a', (byte) 0xF1, 'o', '.', 't', 'x', 't'});
        e.flags = 0;
        ZipInspection r = ZipInspector.inspect(new HandZip().add(e).bytes());
        assertThat(codes(r)).containsExactly("ZIP_NOMBRE_CODIFICACION");
        assertThat(r.isValid()).isTrue();
        assertThat(r.entries().get(0).name()).isEqualTo("año.txt");
    }

    @Test
    void inspect_prependedData_isRefused() throws IOException {
        byte[] zip = validZip();
        byte[] withPrefix = new byte[zip.length + 4];
        System.arraycopy(zip, 0, withPrefix, 4, zip.length);
        System.arraycopy(zip, 0, withPrefix, 0, 4);
        assertThat(ZipInspector.inspect(withPrefix).isValid()).isFalse();
    }

    @Test
    void inspect_eocdCommentNotReachingEnd_isSinDirectorio() throws IOException {
        byte[] zip = validZip();
        byte[] withTrailer = Arrays.copyOf(zip, zip.length + 3);
        assertThat(codes(ZipInspector.inspect(withTrailer))).containsExactly("ZIP_SIN_DIRECTORIO");
    }

    @Test
    void inspect_everyTruncationOfASmallZip_neverThrowsAndIsNeverAcceptable() throws IOException {
        byte[] zip = validZip();
        for (int len = 0; len < zip.length; len++) {
            ZipInspection r = ZipInspector.inspect(Arrays.copyOf(zip, len));
            assertThat(r.isValid()).as("truncated to %d of %d bytes", len, zip.length).isFalse();
            assertThat(r.findings()).as("truncated to %d", len).isNotEmpty();
        }
    }

    @Test
    void inspect_randomBytes_neverThrowAndAreNeverAcceptable() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int n = 0; n < 2_000; n++) {
            byte[] bytes = new byte[random.nextInt(4096)];
            random.nextBytes(bytes);
            if (n % 2 == 0 && bytes.length >= 4) {
                bytes[0] = 'P';
                bytes[1] = 'K';
                bytes[2] = 3;
                bytes[3] = 4;
            }
            ZipInspection r = ZipInspector.inspect(bytes);
            assertThat(r.isValid()).as("seed %d case %d", SEED, n).isFalse();
        }
    }

    @Test
    void inspect_randomMutationsOfValidZips_neverThrow() throws IOException {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        byte[] valid = validZip();
        byte[] hand = new HandZip().add(HandZip.stored("a.txt", "hola")).add(HandZip.stored("b/c.txt", "x")).bytes();
        for (int n = 0; n < 10_000; n++) {
            byte[] bytes = (n % 2 == 0 ? valid : hand).clone();
            int flips = 1 + random.nextInt(4);
            for (int f = 0; f < flips; f++) {
                int at = random.nextInt(bytes.length);
                bytes[at] = random.nextInt(3) == 0 ? (byte) 0xFF : (byte) random.nextInt(256);
            }
            try {
                ZipInspector.inspect(bytes);
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + (SEED + 1) + " case " + n + " threw", e);
            }
        }
    }

    @Test
    void findings_haveStableCodesAndSpanishMessages() {
        for (EvidenciaErrorCode code : EvidenciaErrorCode.values()) {
            assertThat(code.code()).matches("ZIP_[A-Z0-9_]+");
            assertThat(code.messageTemplate()).isNotBlank();
        }
        Finding f = ZipInspector.inspect(new byte[] {1, 2, 3}).findings().get(0);
        assertThat(f.message()).startsWith("El archivo de evidencias no es un ZIP");
    }

    static List<String> codes(ZipInspection r) {
        return r.findings().stream().map(Finding::code).toList();
    }
}
