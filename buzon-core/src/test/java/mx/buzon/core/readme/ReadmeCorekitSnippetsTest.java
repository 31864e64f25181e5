package mx.buzon.core.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.money.MonetaryAmount;
import mx.buzon.core.cadena.CadenaOriginal;
import mx.buzon.core.cadena.CadenaSchema;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.catalog.AnunciosImss;
import mx.buzon.core.catalog.Tramite;
import mx.buzon.core.evidence.ZipInspection;
import mx.buzon.core.evidence.ZipInspector;
import mx.buzon.core.money.Accesorios;
import mx.buzon.core.money.Inpc;
import mx.buzon.core.money.Mxn;
import mx.buzon.core.money.TasaRecargos;
import mx.buzon.core.money.Uma;
import mx.buzon.problem.Finding;
import org.junit.jupiter.api.Test;

/** The snippets of docs/readme-corekit.md, verbatim between the BEGIN/END markers: if this compiles and passes, the README is true. */
class ReadmeCorekitSnippetsTest {

    @Test
    void cadenaSnippet() {
        // BEGIN cadena
        CadenaSchema schema = CadenaSchema.builder("RECEPCION_PROMOCION")
                .required("Folio").required("RFC").required("Asunto")
                .required("Descripcion_SHA256").optional("Telefono")
                .build();
        String descripcion = "Solicito aclarar la cédula de enero | febrero.";
        CadenaOriginal cadena = CadenaOriginal.builder(schema)
                .put("Folio", "BI-20250203-100717151")
                .put("RFC", "GODE561231GR8")
                .put("Asunto", "32D   Opinión\tPública")          // whitespace runs collapse to one space
                .put("Descripcion_SHA256", Sha256.digestUtf8(descripcion))
                .build();                                          // Telefono omitted: optional
        String text = cadena.toString();
        // ||Folio:BI-20250203-100717151|RFC:GODE561231GR8|Asunto:32D Opinión Pública|Descripcion_SHA256:<64 hex>||
        byte[] signed = cadena.bytes();                            // UTF-8: what the e.firma signs
        CadenaOriginal back = CadenaOriginal.parse(text, schema);  // strict inverse of toString()
        // END cadena
        // Digest checked with: printf '%s' "Solicito aclarar la cédula de enero | febrero." | sha256sum
        assertThat(text).isEqualTo("||Folio:BI-20250203-100717151|RFC:GODE561231GR8|Asunto:32D Opinión Pública"
                + "|Descripcion_SHA256:00d82a924a05ee1900c2d087e1e9ff5f7575ec66f02bbc03dceab3c7ecb28dd4||");
        assertThat(signed).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat(back).isEqualTo(cadena);
    }

    @Test
    void moneySnippet() {
        // BEGIN money
        // INPC values are host data (INEGI); these two are made up for the example.
        Inpc inpc = Inpc.of(Map.of(
                YearMonth.of(2024, 12), new BigDecimal("100.000"),
                YearMonth.of(2025, 6), new BigDecimal("102.3456")));
        TasaRecargos tasas = TasaRecargos.fixed(new BigDecimal("0.0147"));   // 1.47% monthly
        Accesorios a = Accesorios.compute(Mxn.of("10000.00"),
                LocalDate.of(2025, 1, 17), LocalDate.of(2025, 7, 20), inpc, tasas);
        // factor 102.3456 / 100.000 = 1.023456 -> 1.0234 (truncated); actualización 234.00
        // 7 months (6 and a fraction) x 1.47% = 10.29%; recargos 10,234.00 x 0.1029 = 1,053.08
        MonetaryAmount total = a.total();                                    // MXN 11,287.08
        MonetaryAmount aPagar = total.with(Mxn.AJUSTE_PAGO_CFF_20);          // MXN 11,287.00
        MonetaryAmount multa = Uma.UMA_2026.veces(new BigDecimal("20"));     // MXN 2,346.20
        // END money
        assertThat(a.factor().value()).isEqualByComparingTo("1.0234");
        assertThat(Mxn.toPlainString(total)).isEqualTo("11287.08");
        assertThat(Mxn.toPlainString(aPagar)).isEqualTo("11287.00");
        assertThat(Mxn.toPlainString(multa)).isEqualTo("2346.20");
    }

    @Test
    void evidenceSnippet() throws IOException {
        byte[] zipBytes = sampleZip();
        // BEGIN evidence
        ZipInspection inspection = ZipInspector.inspect(zipBytes);   // or ZipInspector.inspect(Path)
        if (!inspection.isValid()) {
            for (Finding f : inspection.findings()) {
                System.err.println(f.code() + ": " + f.message());   // e.g. ZIP_RUTA_INSEGURA: La entrada "../x" ...
            }
        }
        Sha256 evidencia = inspection.sha256();                      // goes into the cadena as Evidencia_SHA256
        // END evidence
        assertThat(inspection.isValid()).isTrue();
        assertThat(evidencia).isEqualTo(Sha256.digest(zipBytes));
    }

    @Test
    void catalogSnippet() {
        // BEGIN catalog
        Tramite t = Tramite.fromNumero("9.7").orElseThrow();          // CONVENIO_PAGO_A_PLAZOS
        String nombre = t.nombre();                                   // "Convenio de pago a plazos"
        boolean hoy = t.disponibleEl(LocalDate.of(2026, 11, 22), AnunciosImss.NINGUNO); // false: Transitorio Segundo
        // END catalog
        assertThat(t).isEqualTo(Tramite.CONVENIO_PAGO_A_PLAZOS);
        assertThat(nombre).isEqualTo("Convenio de pago a plazos");
        assertThat(hoy).isFalse();
    }

    /** The README text (docs/readme-corekit.md, or the root README once merged) contains every snippet verbatim. */
    @Test
    void readme_containsEverySnippetVerbatim() throws IOException {
        java.nio.file.Path doc = null;
        for (String candidate : new String[] {"../docs/readme-corekit.md", "../README.md"}) {
            java.nio.file.Path p = java.nio.file.Path.of(candidate);
            if (java.nio.file.Files.isRegularFile(p)
                    && java.nio.file.Files.readString(p, StandardCharsets.UTF_8).contains("Evidence ZIP inspection")) {
                doc = p;
                break;
            }
        }
        org.assertj.core.api.Assertions.assertThat(doc).as("the module guide in docs/ (linked from the README)").isNotNull();
        String readme = java.nio.file.Files.readString(doc, StandardCharsets.UTF_8);
        String source = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/java/mx/buzon/core/readme/ReadmeCorekitSnippetsTest.java"),
                StandardCharsets.UTF_8);
        for (String name : new String[] {"cadena", "money", "evidence", "catalog"}) {
            int from = source.indexOf("// BEGIN " + name + "\n") + ("// BEGIN " + name + "\n").length();
            int to = source.indexOf("        // END " + name);
            String snippet = source.substring(from, to).replaceAll("(?m)^ {8}", "");
            assertThat(readme).as("snippet " + name + " in " + doc).contains(snippet);
        }
    }

    private static byte[] sampleZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("cedula-enero.pdf"));
            zip.write("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
