package mx.buzon.core.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.particular.DatosParticular;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.acuse.VerificacionUrl;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.FolioSequence;
import mx.buzon.core.id.RegistroPatronal;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.json.BuzonJson;
import mx.buzon.core.json.BuzonModule;
import mx.buzon.core.medios.Ambito;
import mx.buzon.core.medios.BuzonService;
import mx.buzon.core.medios.ClaveCodigos;
import mx.buzon.core.medios.EstadoBuzon;
import mx.buzon.core.medios.Mecanismo;
import mx.buzon.core.medios.MediosErrorCode;
import mx.buzon.core.medios.MediosContactoWorkflow;
import mx.buzon.core.medios.Registro;
import mx.buzon.core.testing.InMemoryBuzonRepository;
import mx.buzon.core.testing.InMemoryCodigoSender;
import mx.buzon.core.workflow.Outcome;
import mx.buzon.core.workflow.Rejection;
import mx.buzon.core.money.Uma;
import org.junit.jupiter.api.Test;

/** The snippets of docs/readme-domain.md, verbatim between the BEGIN/END markers. */
class ReadmeDomainSnippetsTest {

    /** Stands in for buzon-crypto in the snippet: any Base64 string has the right form. */
    static String firmarConEfirma(byte[] cadena) {
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(cadena, 32));
    }

    /** Stands in for the host's secret store in the snippet. */
    private final byte[] claveDelAlmacenSecreto = new SecureRandom().generateSeed(32);

    @Test
    void activacionSnippet() throws IOException {
        // BEGIN activacion
        Particular erika = Particular.of(Rfc.parse("GODE561231GR8"), "ERIKA GÓMEZ DÍAZ",
                List.of(RegistroPatronal.parse("A6815930107")), "22000");       // domicilio en Tijuana
        MediosContactoWorkflow medios = MediosContactoWorkflow.of(PostalCodeZones.reference(),
                FolioSequence.inMemoryCounter(100_717_151L), new SecureRandom(),
                ClaveCodigos.of(claveDelAlmacenSecreto));                      // 32+ bytes, the same after restarts
        InMemoryCodigoSender envios = new InMemoryCodigoSender();               // the host's SMS / e-mail
        BuzonService buzon = new BuzonService(new InMemoryBuzonRepository(), envios, medios);
        Instant t = Instant.parse("2025-02-03T16:07:17Z");                      // 10:07:17 Zona Centro

        Registro correo = buzon.registrar(erika, Mecanismo.CORREO_ELECTRONICO, "erika@example.com",
                Ambito.rfc(), t);
        Folio folioCorreo = correo.medio().orElseThrow().folioRegistro();       // the medio just registered
        Acuse registro = correo.outcome().acuse().orElseThrow();                // Estatus "En proceso"
        String codigo = envios.ultimoCodigo(folioCorreo).orElseThrow().digitos(); // 5 digits
        buzon.validar(erika, folioCorreo, codigo, t.plusSeconds(120));

        Registro celular = buzon.registrar(erika, Mecanismo.TELEFONO_MOVIL, "55 1234 5678", Ambito.rfc(),
                t.plusSeconds(180));
        Folio movil = celular.medio().orElseThrow().folioRegistro();            // stored as 5512345678
        buzon.validar(erika, movil, envios.ultimoCodigo(movil).orElseThrow().digitos(), t.plusSeconds(240));

        Acuse paraFirmar = buzon.acuseParaFirmar(erika, NumeroCertificado.parse("30001000000500003416"), t.plusSeconds(300));
        String firma = firmarConEfirma(paraFirmar.cadenaOriginal().bytes());   // buzon-crypto's job
        Outcome<EstadoBuzon> r = buzon.firmarTerminos(erika, paraFirmar, firma, Rfc.parse("GODE561231GR8"),
                NumeroCertificado.parse("30001000000500003416"), t.plusSeconds(305));
        boolean habilitado = r.stateOrThrow().habilitado();                     // true (5.3)
        Acuse activacion = r.acuse().orElseThrow();                             // carries the firma
        // END activacion
        assertThat(registro.folio()).hasToString("BI-20250203-100717151").isEqualTo(folioCorreo);
        assertThat(registro.fechaHoraDomicilio().toLocalTime()).hasToString("08:07:17");
        assertThat(codigo).matches("[0-9]{5}");
        assertThat(celular.medio().orElseThrow().valor()).isEqualTo("5512345678");
        assertThat(habilitado).isTrue();
        assertThat(activacion.tipo()).isEqualTo(AcuseTipo.ACTIVACION_BUZON);
        assertThat(activacion.firmaParticular()).contains(firma);

        // BEGIN rechazo
        Registro tarde = buzon.registrar(erika, Mecanismo.CORREO_ELECTRONICO, "otro@example.com",
                Ambito.rfc(), t);
        Folio otro = tarde.medio().orElseThrow().folioRegistro();
        Outcome<EstadoBuzon> vencido = buzon.validar(erika, otro, "12345",
                t.plus(Duration.ofHours(72)).plusSeconds(1));
        Rejection rechazo = vencido.rejection().orElseThrow();
        String codigoError = rechazo.code();             // "MEDIOS_VALIDACION_VENCIDA"
        String mensaje = rechazo.message();              // "El plazo de 72 horas para validar ... venció el
                                                         //  06/02/2025 10:07:17 (Zona Centro); ..."
        EstadoBuzon guardar = vencido.stateToStore().orElseThrow(); // what a host stores, accepted or not
        // END rechazo
        assertThat(codigoError).isEqualTo(MediosErrorCode.MEDIOS_VALIDACION_VENCIDA.code());
        assertThat(rechazo.is(MediosErrorCode.MEDIOS_VALIDACION_VENCIDA)).isTrue();
        assertThat(mensaje).startsWith("El plazo de 72 horas para validar el medio de contacto con folio")
                .contains("venció el 06/02/2025 10:07:17 (Zona Centro);");
        assertThat(guardar).isEqualTo(tarde.stateToStore()).isEqualTo(buzon.estado(erika));

        // BEGIN estadoJson
        ObjectMapper mapper = new ObjectMapper().registerModule(new BuzonModule());
        String estado = mapper.writeValueAsString(tarde.stateToStore()); // "otro" is pending: its code as a digest
        EstadoBuzon recuperado = mapper.readValue(estado, EstadoBuzon.class);    // equal to tarde.stateToStore()
        String json = mapper.writeValueAsString(vencido);
        // {"tipo":"Rejected","state":{"formato":"mx.buzon.estado-buzon/1","particular":...},"reason":{...}}
        Outcome<EstadoBuzon> leido = mapper.readValue(json, BuzonModule.outcomeType(EstadoBuzon.class));
        // mapper.writeValueAsString(tarde) throws: a Registro carries the code, a secret; write tarde.outcome()
        // END estadoJson
        assertThat(recuperado).isEqualTo(tarde.stateToStore());
        assertThat(estado).contains("\"codigoDigest\"")
                .doesNotContain("\"" + envios.ultimoCodigo(otro).orElseThrow().digitos() + "\"");
        assertThat(json).startsWith("{\"tipo\":\"Rejected\",\"state\":{\"formato\":\"mx.buzon.estado-buzon/1\",\"particular\":")
                .contains("\"reason\":{\"codigo\":\"MEDIOS_VALIDACION_VENCIDA\"");
        assertThat(leido).isEqualTo(vencido).isInstanceOf(Outcome.Rejected.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapper.writeValueAsString(tarde))
                .hasMessageContaining("Registro has no JSON form");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapper.writeValueAsString(
                envios.ultimoCodigo(otro).orElseThrow())).hasMessageContaining("CodigoValidacion has no JSON form");
    }

    @Test
    void acuseAndJsonSnippets() throws IOException {
        // BEGIN acuse
        Acuse prorroga = Acuse.of(AcuseTipo.PRORROGA_PROMOCION,
                Folio.parse("BI-20260302-000000007"), Instant.parse("2026-03-02T17:00:00Z"),
                ZoneId.of("America/Cancun"), DatosParticular.of(Rfc.parse("A&A050908GT0"), "A&A SA DE CV"),
                Map.of(CampoAcuse.FOLIO_PROMOCION, "BI-20260301-000000001",
                        CampoAcuse.FECHA_RESPUESTA, "2026-03-20"));
        String cadena = prorroga.cadenaOriginal().toString();
        // ||Acto:PRORROGA_PROMOCION|Folio:BI-20260302-000000007|FechaHora:2026-03-02T11:00:00-06:00
        // |FechaHoraDomicilio:2026-03-02T12:00:00-05:00|RFC:A&A050908GT0|Nombre:A&A SA DE CV
        // |FolioPromocion:BI-20260301-000000001|FechaRespuesta:2026-03-20||   (one line)
        Acuse sellado = prorroga.withSello("AAECAwQFBgcICQ==");                // buzon-crypto's sello
        String qr = VerificacionUrl.of("verifica.example.mx", "/acuse").url(sellado);
        // https://verifica.example.mx/acuse?folio=BI-20260302-000000007&rfc=A%26A050908GT0&sello=BgcICQ%3D%3D
        // END acuse
        assertThat(cadena).isEqualTo("||Acto:PRORROGA_PROMOCION|Folio:BI-20260302-000000007"
                + "|FechaHora:2026-03-02T11:00:00-06:00|FechaHoraDomicilio:2026-03-02T12:00:00-05:00"
                + "|RFC:A&A050908GT0|Nombre:A&A SA DE CV|FolioPromocion:BI-20260301-000000001"
                + "|FechaRespuesta:2026-03-20||");
        assertThat(qr).isEqualTo("https://verifica.example.mx/acuse?folio=BI-20260302-000000007"
                + "&rfc=A%26A050908GT0&sello=BgcICQ%3D%3D");

        // BEGIN json
        ObjectMapper mapper = BuzonJson.mapper();      // or a host's mapper with registerModule(new BuzonModule())
        String json = mapper.writeValueAsString(sellado);
        Acuse leido = mapper.readValue(json, Acuse.class);              // equal; a changed field is refused
        String uma = mapper.writeValueAsString(Uma.UMA_2026);  // {"year":2026,"valorDiario":{"monto":"117.31",...
        // END json
        assertThat(leido).isEqualTo(sellado);
        assertThat(uma).startsWith("{\"year\":2026,\"valorDiario\":{\"monto\":\"117.31\",\"moneda\":\"MXN\"}");
        assertThat(json).isEqualTo("{\"tipo\":\"PRORROGA_PROMOCION\",\"folio\":\"BI-20260302-000000007\","
                + "\"emitidoEn\":\"2026-03-02T17:00:00Z\",\"fechaHoraCentro\":\"2026-03-02T11:00:00-06:00\","
                + "\"zonaDomicilio\":\"America/Cancun\",\"fechaHoraDomicilio\":\"2026-03-02T12:00:00-05:00\","
                + "\"particular\":{\"rfc\":\"A&A050908GT0\",\"nombre\":\"A&A SA DE CV\"},"
                + "\"campos\":{\"FolioPromocion\":\"BI-20260301-000000001\",\"FechaRespuesta\":\"2026-03-20\"},"
                + "\"cadenaOriginal\":\"" + cadena + "\",\"selloDigital\":\"AAECAwQFBgcICQ==\"}");
    }

    /** The README text (docs/readme-domain.md, or the root README once merged) contains every snippet verbatim. */
    @Test
    void readme_containsEverySnippetVerbatim() throws IOException {
        Path doc = null;
        for (String candidate : new String[] {"../docs/readme-domain.md", "../README.md"}) {
            Path p = Path.of(candidate);
            if (Files.isRegularFile(p) && Files.readString(p, StandardCharsets.UTF_8).contains("Medios de contacto y activación")) {
                doc = p;
                break;
            }
        }
        org.assertj.core.api.Assertions.assertThat(doc).as("the module guide in docs/ (linked from the README)").isNotNull();
        String readme = Files.readString(doc, StandardCharsets.UTF_8);
        String source = Files.readString(Path.of("src/test/java/mx/buzon/core/readme/ReadmeDomainSnippetsTest.java"),
                StandardCharsets.UTF_8);
        for (String name : new String[] {"activacion", "rechazo", "estadoJson", "acuse", "json"}) {
            int from = source.indexOf("// BEGIN " + name + "\n") + ("// BEGIN " + name + "\n").length();
            int to = source.indexOf("        // END " + name);
            String snippet = source.substring(from, to).replaceAll("(?m)^ {8}", "");
            assertThat(readme).as("snippet " + name + " in " + doc).contains(snippet);
        }
    }
}
