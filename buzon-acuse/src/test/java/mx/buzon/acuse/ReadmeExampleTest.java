package mx.buzon.acuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The quick start of docs/readme-acuse.md, kept compiling and true. */
class ReadmeExampleTest {

    @Test
    void quickStart_rendersReadsAndVerifies() {
        // --- docs/readme-acuse.md: begin
        AcuseLayout layout = AcuseLayout.builder()
                .title("Acuse de recibo de promoción")
                .tipo("PROMOCION_RECIBIDA")
                .fecha(ZonedDateTime.of(2026, 3, 13, 10, 7, 15, 0, AcuseLayout.ZONA_CENTRO))
                .zonaDomicilio(ZoneId.of("America/Mazatlan"))          // Lineamientos 5.8
                .folio("BI-20260313-100717151")
                .particular("RFC", "GODE561231GR8")
                .particular("Nombre, denominación o razón social", "Ernesto Gómez Díaz")
                .paragraph("Se hace constar que con esta fecha se recibió su promoción ...")
                .note("El presente acuse de recibo no prejuzga sobre la veracidad ...")
                .selloDigital("pH2z4e253MNR9G7bc2B8Kp2+wa5cJUR5ng==")
                .cadenaOriginal("||Folio:BI-20260313-100717151|RFC:GODE561231GR8||")
                .verificationUrl("https://buzon.imss.gob.mx/verifica?folio=BI-20260313-100717151")
                .json("{\"folio\":\"BI-20260313-100717151\"}".getBytes(StandardCharsets.UTF_8))
                .build();
        byte[] pdf = AcuseRenderer.standard().render(layout);         // PDF/A-3b, deterministic

        AcuseDocument document = AcuseReader.standard().read(pdf);    // AcuseException if unreadable
        Optional<AcuseAttachment> data = document.attachment();       // acuse.json
        Optional<String> url = document.qrPayload();                  // decoded at 150 dpi

        AcuseVerifier verifier = AcuseVerifier.builder(json -> AcuseClaims.of("PROMOCION_RECIBIDA",
                        "BI-20260313-100717151", "GODE561231GR8",
                        "||Folio:BI-20260313-100717151|RFC:GODE561231GR8||",
                        "pH2z4e253MNR9G7bc2B8Kp2+wa5cJUR5ng==",
                        "https://buzon.imss.gob.mx/verifica?folio=BI-20260313-100717151"))
                .selloCheck((cadena, sello) -> List.of())                // plug the crypto module here
                .build();
        AcuseVerification result = verifier.verify(pdf);
        // --- docs/readme-acuse.md: end

        assertThat(data).isPresent();
        assertThat(url).hasValue("https://buzon.imss.gob.mx/verifica?folio=BI-20260313-100717151");
        assertThat(result.isValid()).isTrue();
        assertThat(result.findings()).isEmpty();
    }
}
