package mx.buzon.acuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.particular.DatosParticular;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every acuse type reads like the IMSS's acuses of its family (issue 13): the standing paragraphs, words instead
 * of codes, the law's zone names, the 32-D acuses on one page, a QR code a 72 dpi screen rendering decodes, a
 * cadena that copies as the exact string, and no page holding only a tail of lines.
 */
class AcuseReadsLikeSeedsTest {

    private static final Set<AcuseTipo> SERVICIOS_32D = EnumSet.of(AcuseTipo.AUTORIZACION_OPINION_PUBLICA,
            AcuseTipo.CANCELACION_OPINION_PUBLICA, AcuseTipo.AUTORIZACION_TERCERO, AcuseTipo.CANCELACION_TERCERO);
    /** A code value: upper-case words joined by underscores ({@code CORREO_ELECTRONICO}, {@code ACUSE_TIPO}). */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z0-9]+(?:_[A-Z0-9]+)+\\b");
    /** Body area of a page in PDFBox's text coordinates (y grows downwards): below the header, above the footer. */
    private static final float BODY_TOP_Y = 78f;
    private static final float BODY_BOTTOM_Y = 792f - 74f;
    /** Fewest lines of body a page holds; a tail of two or three lines of a paragraph is fewer. */
    private static final int FEWEST_BODY_LINES = 8;

    private static Acuse acuse(AcuseTipo tipo) {
        return DomainAcuses.of(tipo);
    }

    private static byte[] pdf(AcuseTipo tipo) {
        return AcuseIssuerTest.issue(tipo).pdf();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @EnumSource(AcuseTipo.class)
    void everyTipo_printsTheSeedsStandingParagraphs(AcuseTipo tipo) throws IOException {
        String text = flat(text(pdf(tipo)));

        for (String paragraph : tipo.leyendas().split("\n\n")) {
            assertThat(text).as(tipo.name()).contains(flat(paragraph));
        }
        assertThat(text).contains("Este documento es una reproducción impresa de")
                .contains("Sus datos personales son incorporados y protegidos");
    }

    @ParameterizedTest
    @EnumSource(AcuseTipo.class)
    void everyTipo_showsNoCodeValueOutsideTheCadena(AcuseTipo tipo) throws IOException {
        Acuse acuse = acuse(tipo);
        String cadena = acuse.cadenaOriginal().toString();
        String text = text(pdf(tipo));
        assertThat(text).contains(cadena);

        String outside = text.replace(cadena, " ");
        List<String> codes = new ArrayList<>();
        Matcher m = CODE.matcher(outside);
        while (m.find()) {
            codes.add(m.group());
        }
        assertThat(codes).as(tipo.name()).isEmpty();
        assertThat(outside).as(tipo.name()).doesNotContain("UTC", "America/", "Ámbito: RFC", tipo.name());
        if (tipo == AcuseTipo.REGISTRO_MEDIOS_CONTACTO || tipo == AcuseTipo.VALIDACION_MEDIOS_CONTACTO) {
            assertThat(flat(outside)).contains("Correo electrónico").contains("Asociado a: El RFC del particular");
        }
    }

    @ParameterizedTest
    @EnumSource(AcuseTipo.class)
    void everyTipo_extractedCadenaIsTheExactString(AcuseTipo tipo) throws IOException {
        String cadena = acuse(tipo).cadenaOriginal().toString();
        List<String> lines = List.of(text(pdf(tipo)).split("\\R"));

        // The cadena is drawn broken between characters; PDFBox's extraction gives it whole, on one line.
        assertThat(lines).as(tipo.name()).contains(cadena);
    }

    @ParameterizedTest
    @EnumSource(AcuseTipo.class)
    void everyTipo_qrDecodesFromA72DpiRendering(AcuseTipo tipo) throws IOException {
        IssuedAcuse issued = AcuseIssuerTest.issue(tipo);
        String url = DomainAcuses.URL.url(issued.acuse());

        assertThat(decodeAt72Dpi(issued.pdf())).as(tipo.name()).contains(url);
    }

    /**
     * The same with judges that share no code with the SDK: poppler renders the last page at 72 dpi and zbar
     * decodes it. Skipped, loudly, where poppler-utils or zbar-tools is absent.
     */
    @ParameterizedTest
    @EnumSource(AcuseTipo.class)
    void everyTipo_zbarDecodesTheQrFromPopplersRenderingAt72Dpi(AcuseTipo tipo) throws Exception {
        IssuedAcuse issued = AcuseIssuerTest.issue(tipo);
        String url = DomainAcuses.URL.url(issued.acuse());
        int last = AcuseReader.standard().read(issued.pdf()).pageCount();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("acuse-qr-");
        try {
            java.nio.file.Path pdf = dir.resolve("acuse.pdf");
            java.nio.file.Files.write(pdf, issued.pdf());
            run(List.of("pdftoppm", "-r", "72", "-png", "-singlefile", "-f", String.valueOf(last), "-l",
                    String.valueOf(last), pdf.toString(), dir.resolve("page").toString()), "poppler-utils");
            String decoded = run(List.of("zbarimg", "-q", "--raw", dir.resolve("page.png").toString()), "zbar-tools");

            assertThat(decoded.strip()).as(tipo.name()).isEqualTo(url);
        } finally {
            try (var files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path file : files.toList()) {
                    java.nio.file.Files.delete(file);
                }
            }
            java.nio.file.Files.delete(dir);
        }
    }

    /** Runs a tool and gives its standard output; aborts the test, naming the package, if it is not installed. */
    private static String run(List<String> command, String debianPackage) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.abort(command.get(0) + " (" + debianPackage + ") is not installed: " + e);
            throw e;
        }
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
        return out;
    }

    @ParameterizedTest
    @EnumSource(AcuseTipo.class)
    void everyTipo_noPageHoldsOnlyATailOfLines(AcuseTipo tipo) throws IOException {
        assertPagesAreFull(pdf(tipo), tipo.name());
    }

    @Test
    void longLayout_noPageHoldsOnlyATailOfLines() throws IOException {
        assertPagesAreFull(AcuseRenderer.standard().render(SampleAcuses.multiPage().build()), "multiPage");
    }

    @ParameterizedTest
    @EnumSource(value = AcuseTipo.class, names = {"AUTORIZACION_OPINION_PUBLICA", "CANCELACION_OPINION_PUBLICA",
        "AUTORIZACION_TERCERO", "CANCELACION_TERCERO"})
    void servicios32D_onOnePageWithTheSeedsSalutationAndLabels(AcuseTipo tipo) throws IOException {
        byte[] pdf = pdf(tipo);
        String text = flat(text(pdf));

        assertThat(AcuseReader.standard().read(pdf).pageCount()).as(tipo.name()).isEqualTo(1);
        assertThat(text).contains("Página 1 de 1", "Estimado Particular:", "RFC del Particular: GODE561231GR8",
                "Nombre, Denominación o Razón Social del Particular: ERIKA GÓMEZ DÍAZ",
                "Firma Electrónica Avanzada del Particular");
        assertThat(SERVICIOS_32D).contains(tipo);
    }

    /**
     * Poppler (pdftotext, and the viewers built on it) honours /ActualText only in an inline property list;
     * copying from them must give the cadena, firma and sello whole, as PDFBox does.
     */
    @ParameterizedTest
    @EnumSource(AcuseTipo.class)
    void everyTipo_pdftotextGivesTheCadenaFirmaAndSelloWhole(AcuseTipo tipo) throws Exception {
        IssuedAcuse issued = AcuseIssuerTest.issue(tipo);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("acuse-", ".pdf");
        try {
            java.nio.file.Files.write(file, issued.pdf());
            String text;
            try {
                Process process = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-")
                        .redirectErrorStream(true).start();
                text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(process.waitFor()).as("pdftotext exit status").isZero();
            } catch (IOException e) {
                org.junit.jupiter.api.Assumptions.abort("pdftotext (poppler-utils) is not installed: " + e);
                return;
            }
            List<String> lines = text.lines().map(String::strip).toList();
            assertThat(lines).as(tipo.name()).contains(issued.acuse().cadenaOriginal().toString());
            assertThat(lines).as(tipo.name()).contains(issued.acuse().selloDigital().orElseThrow());
            issued.acuse().firmaParticular().ifPresent(firma -> assertThat(lines).as(tipo.name()).contains(firma));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @ParameterizedTest
    @EnumSource(value = AcuseTipo.class, names = {"AUTORIZACION_OPINION_PUBLICA", "CANCELACION_OPINION_PUBLICA"})
    void opinionPublica_printsTheBannerBetweenTheLegalTextAndTheNoPrejuzgaNote(AcuseTipo tipo) throws IOException {
        String banner = "Buzón IMSS... más fácil, más rápido!";
        // A name that wraps beside its label, like a long razón social.
        String nombre = "ESCUELA DE ESTUDIOS SUPERIORES DE ADMINISTRACIÓN Y COMERCIO INTERNACIONAL SA DE CV";
        Acuse base = acuse(tipo);
        Acuse longName = Acuse.of(tipo, base.folio(), base.emitidoEn(), base.zonaDomicilio(),
                DatosParticular.of(base.particular().rfc(), nombre), base.campos());
        for (byte[] pdf : List.of(pdf(tipo), DomainAcuses.issuer().issue(longName, DomainAcuses.ERIKA.efirma()).pdf())) {
            assertThat(AcuseReader.standard().read(pdf).pageCount()).as(tipo.name()).isEqualTo(1);
            String text = flat(text(pdf));
            String[] legal = tipo.textoLegal().split("\n\n");
            int afterLegal = text.indexOf(flat(legal[legal.length - 1])) + flat(legal[legal.length - 1]).length();

            assertThat(text.indexOf(banner)).as(tipo.name()).isGreaterThanOrEqualTo(afterLegal)
                    .isLessThan(text.indexOf("El presente acuse de recibo no prejuzga"));
        }
        assertThat(flat(text(pdf(AcuseTipo.AUTORIZACION_TERCERO)))).doesNotContain(banner);
    }

    @ParameterizedTest
    @EnumSource(value = AcuseTipo.class, names = {"AUTORIZACION_TERCERO", "CANCELACION_TERCERO"})
    void tercero_showsRfcAndName(AcuseTipo tipo) throws IOException {
        String text = flat(text(pdf(tipo)));

        assertThat(text).contains("RFC del tercero autorizado: EKU9003173C9")
                .contains("ESCUELA KEMPER URGATE");
    }

    @ParameterizedTest
    @EnumSource(value = AcuseTipo.class, names = {"REGISTRO_MEDIOS_CONTACTO", "VALIDACION_MEDIOS_CONTACTO"})
    void medios_headingsInTheSeedsOrder(AcuseTipo tipo) throws IOException {
        String text = flat(text(pdf(tipo)));
        String mecanismo = tipo == AcuseTipo.REGISTRO_MEDIOS_CONTACTO
                ? "Información del mecanismo de comunicación registrado y/o actualizado"
                : "Información del mecanismo de comunicación validado";

        int contenido = text.indexOf("Contenido del acuse");
        int siguiente = text.indexOf("a la siguiente información:");
        int particular = text.indexOf("Datos de identificación del Particular");
        int info = text.indexOf(mecanismo);
        int label = text.indexOf("Mecanismo de comunicación: Correo electrónico");
        int confidencialidad = text.indexOf("El particular se encuentra obligado a guardar");
        assertThat(List.of(contenido, siguiente, particular, info, label, confidencialidad)).doesNotContain(-1)
                .isSorted();
    }

    /**
     * The solicitud, the manifestación and the ten paragraphs of the Carta take two pages, set closer when the
     * normal setting would leave a third page with only the QR code, the sello and the notes.
     */
    @Test
    void activacion_takesTwoPages_notAThirdForTheClosingBlock() throws IOException {
        assertThat(AcuseReader.standard().read(pdf(AcuseTipo.ACTIVACION_BUZON)).pageCount()).isEqualTo(2);
    }

    @Test
    void activacion_printsTheWholeCartaAndSaysWhatTheHashCovers() throws IOException {
        // The body's text: a paragraph that flows onto the next page is not cut by the header and the footer.
        String text = flat(AcuseReader.standard().read(pdf(AcuseTipo.ACTIVACION_BUZON)).bodyText());

        for (String paragraph : AcuseTipo.ACTIVACION_BUZON.textoLegal().split("\n\n")) {
            assertThat(text).contains(flat(paragraph));
        }
        assertThat(text).contains("Carta de términos y condiciones para utilizar la firma electrónica avanzada")
                .contains("El SHA-256 del texto firmado es el de la solicitud y manifestación del solicitante y la "
                        + "Carta de términos y condiciones");
    }

    /**
     * Writes every type's acuse for a person to look at ({@code -Dacuse.review.out=/tmp/acuses}; render them with
     * {@code pdftoppm -r 80}).
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "acuse.review.out", matches = ".+")
    void writeForReview() throws IOException {
        java.nio.file.Path out = java.nio.file.Path.of(System.getProperty("acuse.review.out"));
        java.nio.file.Files.createDirectories(out);
        for (AcuseTipo tipo : AcuseTipo.values()) {
            java.nio.file.Files.write(out.resolve(String.format("%02d-%s.pdf", tipo.ordinal(), tipo.name())),
                    pdf(tipo));
        }
    }

    /** Renders every page at 72 dpi (one pixel per point) and decodes the first QR code ZXing finds. */
    static java.util.Optional<String> decodeAt72Dpi(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 72f, ImageType.RGB);
                int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                try {
                    Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                            new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                            Map.of(DecodeHintType.CHARACTER_SET, "UTF-8"));
                    return java.util.Optional.of(result.getText());
                } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
                    // not on this page
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Every page holds at least {@link #FEWEST_BODY_LINES} lines of body, and no page but the last ends on a line
     * that introduces what follows (a colon).
     */
    private static void assertPagesAreFull(byte[] pdf, String what) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                TreeMap<Integer, StringBuilder> lines = bodyLines(document, page);
                assertThat(lines.size()).as(what + " page " + page + " of " + pages + ": " + lines.values())
                        .isGreaterThanOrEqualTo(FEWEST_BODY_LINES);
                if (page < pages) {
                    assertThat(lines.lastEntry().getValue().toString().strip()).as(what + " page " + page)
                            .doesNotEndWith(":");
                }
            }
        }
    }

    /** The body's lines of one page, by baseline (rounded to whole points), top to bottom. */
    private static TreeMap<Integer, StringBuilder> bodyLines(PDDocument document, int page) throws IOException {
        TreeMap<Integer, StringBuilder> lines = new TreeMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition p : positions) {
                    float y = p.getYDirAdj();
                    if (y > BODY_TOP_Y && y < BODY_BOTTOM_Y) {
                        lines.computeIfAbsent(Math.round(y), k -> new StringBuilder()).append(p.getUnicode());
                    }
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return lines;
    }
}
