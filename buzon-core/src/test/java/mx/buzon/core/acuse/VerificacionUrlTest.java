package mx.buzon.core.acuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.SplittableRandom;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.particular.DatosParticular;
import org.junit.jupiter.api.Test;

class VerificacionUrlTest {

    static final VerificacionUrl URL = VerificacionUrl.of("verifica.example.mx", "/acuse");

    @Test
    void url_rfcWithAmpersandAndBase64Tail_percentEncoded() {
        assertThat(URL.url("BI-20250203-100717151", "A&A050908GT0", "QUJDREVGR0hJSktMTU5PUA+/Yw2m9A=="))
                .isEqualTo("https://verifica.example.mx/acuse?folio=BI-20250203-100717151&rfc=A%26A050908GT0"
                        + "&sello=Yw2m9A%3D%3D");
        assertThat(URL.url("BI-20250203-100717151", "PEÑA8001137N1", "abcd+/12")).contains("rfc=PE%C3%91A8001137N1")
                .endsWith("sello=abcd%2B%2F12");
    }

    @Test
    void url_fromAcuse_usesFolioRfcAndSello() {
        Acuse a = Acuse.of(AcuseTipo.PRORROGA_PROMOCION, Folio.parse("BI-20260302-000000007"),
                Instant.parse("2026-03-02T17:00:00Z"), ZoneId.of("America/Mexico_City"),
                DatosParticular.of(Rfc.parse("A&A050908GT0"), "A&A SA"),
                Map.of(CampoAcuse.FOLIO_PROMOCION, "BI-20260301-000000001", CampoAcuse.FECHA_RESPUESTA, "2026-03-20"));
        assertThatThrownBy(() -> URL.url(a)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no sello");
        assertThat(URL.withParameterNames("f", "re", "fe").url(a.withSello("AAECAwQFBgcICQ==")))
                .isEqualTo("https://verifica.example.mx/acuse?f=BI-20260302-000000007&re=A%26A050908GT0"
                        + "&fe=BgcICQ%3D%3D");
    }

    @Test
    void url_generatedAcuses_plainAscii() {
        SplittableRandom r = new SplittableRandom(42L);
        for (int i = 0; i < 2_000; i++) {
            Acuse a = AcuseGenerators.acuse(r).withSello(AcuseGenerators.base64(r));
            String url = URL.url(a);
            assertThat(url).as("seed 42").matches("https://[!-~]+");
            assertThat(url).as("seed 42").doesNotContain("Ñ").startsWith("https://verifica.example.mx/acuse?folio="
                    + a.folio() + "&rfc=");
        }
    }

    @Test
    void config_badParts_throw() {
        for (String host : new String[] {"", "https://x.mx", "x.mx/", "-x.mx", "x..mx", "x.mx:123456", "á.mx"}) {
            assertThatThrownBy(() -> VerificacionUrl.of(host, "/a")).as(host)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (String path : new String[] {"a", "/a b", "/a?x=1", "//", "/ñ"}) {
            assertThatThrownBy(() -> VerificacionUrl.of("x.mx", path)).as(path)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> URL.withParameterNames("a", "a", "b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> URL.withParameterNames("a", "b", "c=d")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> URL.url("F", "R", "1234567")).isInstanceOf(IllegalArgumentException.class);
        assertThat(VerificacionUrl.of("localhost:8443", "").url("F", "R", "12345678"))
                .isEqualTo("https://localhost:8443?folio=F&rfc=R&sello=12345678");
    }
}
