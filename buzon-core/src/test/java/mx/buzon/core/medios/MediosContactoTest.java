package mx.buzon.core.medios;

import static mx.buzon.core.medios.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.cadena.CadenaOriginal;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.contacto.ContactoErrorCode;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.FolioSequence;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.workflow.Outcome;
import mx.buzon.core.workflow.Rejection;
import mx.buzon.problem.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Legal and illegal transitions of Lineamientos 5.1–5.4, one rule per test. */
class MediosContactoTest {

    private static final NumeroCertificado NOT_SAT_FORM = NumeroCertificado.of(java.math.BigInteger.valueOf(123));

    private final MediosContactoWorkflow workflow = workflow(7L);
    private Instant t = LUNES_2025_02_03_1007;

    /** What a step answers, registration or not: the outcome and, for an accepted registration, its medio and code. */
    private record Respuesta(Outcome<EstadoBuzon> outcome, Optional<MedioContacto> medio,
            Optional<CodigoValidacion> codigoPorEnviar) {
        EstadoBuzon estado() {
            return outcome.stateToStore().orElseThrow();
        }

        Acuse acuse() {
            return outcome.acuse().orElseThrow();
        }

        Rejection rechazo() {
            return outcome.rejection().orElseThrow();
        }
    }

    /** One command of the workflow, applied at {@link #t}. */
    private interface Paso {
        Respuesta en(EstadoBuzon e);
    }

    private Paso registrar(Mecanismo mecanismo, String valor, Ambito ambito) {
        return e -> {
            Registro r = workflow.registrar(e, mecanismo, valor, ambito, t);
            return new Respuesta(r.outcome(), r.medio(), r.codigoPorEnviar());
        };
    }

    private Paso validar(Folio folio, String codigo) {
        return e -> new Respuesta(workflow.validar(e, folio, codigo, t), Optional.empty(), Optional.empty());
    }

    private Paso eliminar(Folio folio) {
        return e -> new Respuesta(workflow.eliminar(e, folio, t), Optional.empty(), Optional.empty());
    }

    private Paso firmar(Acuse acuse, String firma, Rfc rfc, NumeroCertificado noCertificado) {
        return e -> new Respuesta(workflow.firmarTerminos(e, acuse, firma, rfc, noCertificado, t), Optional.empty(),
                Optional.empty());
    }

    private Respuesta apply(EstadoBuzon e, Paso c) {
        return c.en(e);
    }

    private Respuesta accept(EstadoBuzon e, Paso c) {
        Respuesta r = apply(e, c);
        assertThat(r.outcome()).as("%s", r).isInstanceOf(Outcome.Accepted.class);
        return r;
    }

    private Rejection reject(EstadoBuzon e, Paso c, ErrorCode expected) {
        Respuesta r = apply(e, c);
        assertThat(r.outcome()).as("%s", r).isInstanceOf(Outcome.Rejected.class);
        Rejection rechazo = r.rechazo();
        assertThat(rechazo.errorCode()).isEqualTo(expected);
        assertThat(rechazo.message()).isEqualTo(rechazo.message().strip()).doesNotContain("%s");
        if (expected != MediosErrorCode.MEDIOS_CODIGO_INCORRECTO && expected != MediosErrorCode.MEDIOS_INTENTOS_AGOTADOS) {
            assertThat(r.estado()).as("a rejection that counts nothing returns the state it was given").isSameAs(e);
        }
        return rechazo;
    }

    private Paso correo(String valor) {
        return registrar(Mecanismo.CORREO_ELECTRONICO, valor, Ambito.rfc());
    }

    private Paso movil(String valor) {
        return registrar(Mecanismo.TELEFONO_MOVIL, valor, Ambito.rfc());
    }

    /** Registers and validates, returning the state. */
    private EstadoBuzon registrarYValidar(EstadoBuzon e, Paso c) {
        Respuesta reg = accept(e, c);
        MedioContacto m = reg.medio().orElseThrow();
        return accept(reg.estado(), validar(m.folioRegistro(),
                reg.codigoPorEnviar().orElseThrow().digitos())).estado();
    }

    private static MedioContacto last(EstadoBuzon e) {
        return e.medios().get(e.medios().size() - 1);
    }

    private EstadoBuzon listoParaActivar() {
        EstadoBuzon e = registrarYValidar(EstadoBuzon.inicial(ERIKA), correo("erika@example.com"));
        return registrarYValidar(e, movil("5512345678"));
    }

    @Test
    void registrar_correo_pendingWithAcuseAndCode() {
        Respuesta r = accept(EstadoBuzon.inicial(ERIKA), correo("  Erika.Gomez@Example.COM "));
        MedioContacto m = last(r.estado());
        assertThat(m.valor()).isEqualTo("Erika.Gomez@example.com");
        assertThat(m.estado()).isEqualTo(EstadoMedio.PENDIENTE);
        assertThat(m.venceEn()).isEqualTo(t.plus(Duration.ofHours(72)));
        assertThat(m.folioRegistro()).hasToString("BI-20250203-100717151");
        Acuse a = r.acuse();
        assertThat(a.tipo()).isEqualTo(AcuseTipo.REGISTRO_MEDIOS_CONTACTO);
        assertThat(a.folio()).isEqualTo(m.folioRegistro());
        assertThat(a.campos()).containsEntry(CampoAcuse.ESTATUS, "En proceso")
                .containsEntry(CampoAcuse.MEDIO_CONTACTO, "Erika.Gomez@example.com")
                .containsEntry(CampoAcuse.AMBITO, "RFC");
        assertThat(a.fechaHoraCentro().toLocalTime()).hasToString("10:07:17");
        assertThat(a.fechaHoraDomicilio().toLocalTime()).hasToString("08:07:17"); // Tijuana, 5.8
        CodigoValidacion codigo = r.codigoPorEnviar().orElseThrow();
        assertThat(codigo.digitos()).matches("[0-9]{5}");
        assertThat(codigo.toString()).isEqualTo("*****");
        assertThat(m.toString()).doesNotContain(codigo.digitos());
        assertThat(m.codigoDigest()).contains(codigo.digest(m.folioRegistro(), Fixtures.CLAVE_CODIGOS));
        assertThat(r.estado().habilitado()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "erika", "erika@", "@example.com", "erika@example", "erika@@example.com",
        "er ika@example.com", "erika@exa_mple.com", "erika@-example.com", "erika@example.c", "erika@example.123",
        ".erika@example.com", "erika.@example.com", "eri..ka@example.com", "erika@example..com", "ériká@example.com",
        "erika@exámple.com", "erika@example.com\n@x.mx"})
    void registrar_malformedCorreo_rejectedStateUnchanged(String valor) {
        EstadoBuzon e = EstadoBuzon.inicial(ERIKA);
        reject(e, correo(valor), ContactoErrorCode.CORREO_FORMATO_INVALIDO);
        assertThat(apply(e, correo(valor)).estado()).isSameAs(e);
    }

    @Test
    void registrar_correoTooLong_rejected() {
        reject(EstadoBuzon.inicial(ERIKA), correo("a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "."
                + "d".repeat(63)), ContactoErrorCode.CORREO_FORMATO_INVALIDO);
        reject(EstadoBuzon.inicial(ERIKA), correo("a".repeat(65) + "@example.com"), ContactoErrorCode.CORREO_FORMATO_INVALIDO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "551234567", "55123456789", "+525512345678", "52 55 1234 5678", "551234567a",
        "５５１２３４５６７８", "55_1234_5678", "55\t1234\t5678"})
    void registrar_malformedMovil_rejected(String valor) {
        reject(EstadoBuzon.inicial(ERIKA), movil(valor), ContactoErrorCode.TELEFONO_FORMATO_INVALIDO);
    }

    /** One telephone rule for the medios and the promociones: "55 1234-5678" was refused here and accepted there. */
    @ParameterizedTest
    @ValueSource(strings = {"5512345678", "55 1234 5678", "55-1234-5678", "55 1234-5678", "(55) 1234.5678"})
    void registrar_movilWithSeparators_storedAsItsTenDigits(String valor) {
        Respuesta r = accept(EstadoBuzon.inicial(ERIKA), movil(valor));
        assertThat(r.medio().orElseThrow().valor()).isEqualTo("5512345678");
        assertThat(r.acuse().campos()).containsEntry(CampoAcuse.MEDIO_CONTACTO, "5512345678");
        assertThat(mx.buzon.core.contacto.Telefono.isValid(valor)).isTrue();
    }

    @Test
    void registrar_sixthCorreo_rejectedFiveAllowed() {
        EstadoBuzon e = EstadoBuzon.inicial(ERIKA);
        for (int i = 1; i <= MediosContactoWorkflow.MAX_CORREOS; i++) {
            e = accept(e, correo("c" + i + "@example.com")).estado();
        }
        reject(e, correo("c6@example.com"), MediosErrorCode.MEDIOS_CORREOS_MAXIMO);
        // Another ámbito has its own five.
        accept(e, registrar(Mecanismo.CORREO_ELECTRONICO, "c6@example.com", Ambito.registro(RP_A)));
    }

    @Test
    void registrar_expiredCorreosDoNotCount() {
        EstadoBuzon e = EstadoBuzon.inicial(ERIKA);
        for (int i = 1; i <= MediosContactoWorkflow.MAX_CORREOS; i++) {
            e = accept(e, correo("c" + i + "@example.com")).estado();
        }
        t = t.plus(Duration.ofHours(72)).plusNanos(1);
        accept(e, correo("c6@example.com"));
        accept(e, correo("c1@example.com")); // the old registration of c1 was cancelled by expiry
    }

    @Test
    void registrar_sameCorreoAnyCase_rejectedAsDuplicate() {
        EstadoBuzon e = accept(EstadoBuzon.inicial(ERIKA), correo("erika@example.com")).estado();
        reject(e, correo("ERIKA@EXAMPLE.COM"), MediosErrorCode.MEDIOS_DUPLICADO);
    }

    @Test
    void registrar_secondPendingMovil_rejected_butReplacementAfterValidationAllowed() {
        EstadoBuzon e = accept(EstadoBuzon.inicial(ERIKA), movil("5512345678")).estado();
        reject(e, movil("5587654321"), MediosErrorCode.MEDIOS_TELEFONO_PENDIENTE);
        e = registrarYValidar(EstadoBuzon.inicial(ERIKA), movil("5512345678"));
        MedioContacto viejo = last(e);
        reject(e, movil("5512345678"), MediosErrorCode.MEDIOS_DUPLICADO);
        t = t.plusSeconds(60);
        e = registrarYValidar(e, movil("5587654321"));
        assertThat(e.medio(viejo.folioRegistro()).orElseThrow().estado()).isEqualTo(EstadoMedio.ELIMINADO);
        assertThat(e.medio(viejo.folioRegistro()).orElseThrow().bajaEn()).contains(t);
        assertThat(e.medios().stream().filter(m -> m.estado() == EstadoMedio.VALIDADO)).hasSize(1);
    }

    @Test
    void registrar_registroPatronalAjeno_rejected() {
        reject(EstadoBuzon.inicial(ERIKA), registrar(Mecanismo.TELEFONO_MOVIL, "5512345678",
                Ambito.registro(mx.buzon.core.id.RegistroPatronal.parse("B7032191100"))),
                MediosErrorCode.MEDIOS_REGISTRO_PATRONAL_AJENO);
    }

    @Test
    void registrar_todosSinRegistros_rejected() {
        Particular sinRegistros = Particular.of(RFC_ERIKA, "ERIKA", java.util.List.of(), "06600");
        reject(EstadoBuzon.inicial(sinRegistros), registrar(Mecanismo.CORREO_ELECTRONICO,
                "e@example.com", Ambito.todosLosRegistros()), MediosErrorCode.MEDIOS_SIN_REGISTROS_PATRONALES);
        accept(EstadoBuzon.inicial(ERIKA), registrar(Mecanismo.CORREO_ELECTRONICO,
                "e@example.com", Ambito.todosLosRegistros()));
    }

    @Test
    void registrar_forRegistroPatronal_acuseNamesIt() {
        Acuse a = accept(EstadoBuzon.inicial(ERIKA), registrar(Mecanismo.CORREO_ELECTRONICO,
                "rh@example.com", Ambito.registro(RP_Y))).acuse();
        assertThat(a.particular().registroPatronal()).contains(RP_Y);
        assertThat(a.campos()).containsEntry(CampoAcuse.AMBITO, "REGISTRO_PATRONAL");
        assertThat(a.cadenaOriginal().value(CampoAcuse.REGISTRO_PATRONAL)).contains("Y3926552104");
    }

    @Test
    void validar_rightCode_validatedWithAcuse() {
        Respuesta reg = accept(EstadoBuzon.inicial(ERIKA), correo("erika@example.com"));
        MedioContacto m = last(reg.estado());
        t = t.plusSeconds(180);
        Respuesta val = accept(reg.estado(), validar(m.folioRegistro(),
                reg.codigoPorEnviar().orElseThrow().digitos()));
        MedioContacto v = last(val.estado());
        assertThat(v.estado()).isEqualTo(EstadoMedio.VALIDADO);
        assertThat(v.validadoEn()).contains(t);
        assertThat(v.codigoDigest()).isEmpty();
        assertThat(val.acuse().tipo()).isEqualTo(AcuseTipo.VALIDACION_MEDIOS_CONTACTO);
        assertThat(val.acuse().campos()).containsEntry(CampoAcuse.ESTATUS, "Validado")
                .containsEntry(CampoAcuse.FOLIO_REGISTRO, m.folioRegistro().toString());
        assertThat(v.folioValidacion()).contains(val.acuse().folio());
        assertThat(val.acuse().folio()).isNotEqualTo(m.folioRegistro());
    }

    @Test
    void validar_atExactly72Hours_accepted_oneNanosecondLater_expired() {
        Respuesta reg = accept(EstadoBuzon.inicial(ERIKA), correo("erika@example.com"));
        MedioContacto m = last(reg.estado());
        Paso ok = validar(m.folioRegistro(),
                reg.codigoPorEnviar().orElseThrow().digitos());
        Instant registro = t;
        t = registro.plus(Duration.ofHours(72));
        accept(reg.estado(), ok);
        t = registro.plus(Duration.ofHours(72)).plusNanos(1);
        Rejection r = reject(reg.estado(), ok, MediosErrorCode.MEDIOS_VALIDACION_VENCIDA);
        assertThat(r.message()).contains("06/02/2025 10:07:17 (Zona Centro)");
        assertThat(apply(reg.estado(), ok).estado()).isSameAs(reg.estado());
        assertThat(m.estadoEn(t)).isEqualTo(EstadoMedio.CANCELADO_POR_VENCIMIENTO);
        reject(reg.estado(), eliminar(m.folioRegistro()), MediosErrorCode.MEDIOS_NO_VIGENTE);
    }

    @Test
    void validar_wrongCodes_countedThenCancelled() {
        Respuesta reg = accept(EstadoBuzon.inicial(ERIKA), correo("erika@example.com"));
        MedioContacto m = last(reg.estado());
        String right = reg.codigoPorEnviar().orElseThrow().digitos();
        String wrong = right.equals("00000") ? "00001" : "00000";
        EstadoBuzon e = reg.estado();
        for (int i = 1; i < MediosContactoWorkflow.MAX_INTENTOS_VALIDACION; i++) {
            Respuesta r = apply(e, validar(m.folioRegistro(), wrong));
            assertThat(r.rechazo().errorCode()).isEqualTo(MediosErrorCode.MEDIOS_CODIGO_INCORRECTO);
            assertThat(r.rechazo().message())
                    .contains("Le quedan " + (MediosContactoWorkflow.MAX_INTENTOS_VALIDACION - i) + " intentos")
                    .doesNotContain(wrong).doesNotContain(right);
            e = r.estado();
            assertThat(last(e).intentosFallidos()).isEqualTo(i);
            assertThat(last(e).estado()).isEqualTo(EstadoMedio.PENDIENTE);
        }
        Respuesta r = apply(e, validar(m.folioRegistro(), wrong));
        assertThat(r.rechazo().errorCode()).isEqualTo(MediosErrorCode.MEDIOS_INTENTOS_AGOTADOS);
        e = r.estado();
        assertThat(last(e).estado()).isEqualTo(EstadoMedio.CANCELADO_POR_INTENTOS);
        assertThat(last(e).codigoDigest()).isEmpty();
        assertThat(last(e).bajaEn()).contains(t);
        reject(e, validar(m.folioRegistro(), right), MediosErrorCode.MEDIOS_NO_PENDIENTE);
        accept(e, correo("erika@example.com")); // may register again
    }

    @Test
    void validar_lastAttemptRight_accepted() {
        Respuesta reg = accept(EstadoBuzon.inicial(ERIKA), correo("erika@example.com"));
        MedioContacto m = last(reg.estado());
        String right = reg.codigoPorEnviar().orElseThrow().digitos();
        String wrong = right.equals("99999") ? "99998" : "99999";
        EstadoBuzon e = reg.estado();
        for (int i = 1; i < MediosContactoWorkflow.MAX_INTENTOS_VALIDACION; i++) {
            e = apply(e, validar(m.folioRegistro(), wrong)).estado();
        }
        accept(e, validar(m.folioRegistro(), right));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234", "123456", "12a45", " 1234", "１２３４５"})
    void validar_malformedCode_rejectedWithoutCountingAttempt(String codigo) {
        Respuesta reg = accept(EstadoBuzon.inicial(ERIKA), correo("erika@example.com"));
        Respuesta r = apply(reg.estado(), validar(last(reg.estado()).folioRegistro(), codigo));
        assertThat(r.rechazo().errorCode()).isEqualTo(MediosErrorCode.MEDIOS_CODIGO_FORMATO_INVALIDO);
        assertThat(r.estado()).isSameAs(reg.estado());
    }

    @Test
    void validar_unknownFolio_rejected() {
        reject(EstadoBuzon.inicial(ERIKA), validar(Folio.parse("BI-20250203-000000001"), "12345"),
                MediosErrorCode.MEDIOS_NO_ENCONTRADO);
        reject(EstadoBuzon.inicial(ERIKA), eliminar(Folio.parse("BI-20250203-000000001")),
                MediosErrorCode.MEDIOS_NO_ENCONTRADO);
    }

    @Test
    void validar_beforeRegistration_rejected() {
        Respuesta reg = accept(EstadoBuzon.inicial(ERIKA), correo("erika@example.com"));
        t = t.minusSeconds(1);
        reject(reg.estado(), validar(last(reg.estado()).folioRegistro(),
                reg.codigoPorEnviar().orElseThrow().digitos()), MediosErrorCode.MEDIOS_INSTANTE_ANTERIOR);
        reject(reg.estado(), eliminar(last(reg.estado()).folioRegistro()),
                MediosErrorCode.MEDIOS_INSTANTE_ANTERIOR);
    }

    @Test
    void validar_comparesCodesWithMessageDigestIsEqual() throws Exception {
        String source = Files.readString(Path.of("src/main/java/mx/buzon/core/medios/CodigoValidacion.java"),
                StandardCharsets.UTF_8);
        String coincide = source.substring(source.indexOf("public boolean coincide("));
        coincide = coincide.substring(0, coincide.indexOf("\n    }"));
        assertThat(coincide).contains("MessageDigest.isEqual(").doesNotContain(".equals(");
        String source2 = Files.readString(Path.of("src/main/java/mx/buzon/core/medios/MediosContactoWorkflow.java"),
                StandardCharsets.UTF_8);
        assertThat(source2).contains(".coincide(m.folioRegistro(), stored, claveCodigos)");
    }

    @Test
    void codigo_storedValue_isHmacSha256UnderTheHostKey_boundToTheFolio() {
        ClaveCodigos clave = Fixtures.CLAVE_CODIGOS;
        CodigoValidacion c = CodigoValidacion.of("04821");
        Folio a = Folio.parse("BI-20250203-000000001");
        Folio b = Folio.parse("BI-20250203-000000002");
        // Known answer from openssl:
        // printf %s 'BI-20250203-000000001:04821' | openssl dgst -sha256 -hmac 'clave-de-prueba-de-codigos-32byt'
        assertThat(c.digest(a, clave)).isEqualTo(
                Sha256.parse("9f5bb9448e9c898be4b7e1b23eba178b83f44bb1fc25f0c164bc8c5e7155c22b"));
        assertThat(c.digest(a, clave)).isNotEqualTo(c.digest(b, clave));
        assertThat(c.coincide(a, c.digest(a, clave), clave)).isTrue();
        assertThat(c.coincide(b, c.digest(a, clave), clave)).isFalse();
        assertThat(CodigoValidacion.of("04822").coincide(a, c.digest(a, clave), clave)).isFalse();
    }

    @Test
    void codigo_storedValue_cannotBeReversedWithoutTheKey() {
        // The weakness this guards against: an unkeyed digest of folio:code is reversed by trying 100,000 codes.
        Folio folio = Folio.parse("BI-20250203-000000001");
        Sha256 stored = CodigoValidacion.of("04821").digest(folio, Fixtures.CLAVE_CODIGOS);
        for (int i = 0; i < 100_000; i++) {
            String guess = String.format(java.util.Locale.ROOT, "%05d", i);
            assertThat(Sha256.digestUtf8(folio + ":" + guess)).isNotEqualTo(stored);
        }
        ClaveCodigos otraClave = ClaveCodigos.of(new byte[32]);
        assertThat(CodigoValidacion.of("04821").coincide(folio, stored, otraClave)).isFalse();
    }

    @Test
    void claveCodigos_tooShort_isRejected_andNeverPrinted() {
        assertThatThrownBy(() -> ClaveCodigos.of(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32");
        byte[] secret = "una-clave-secreta-de-32-bytes-!!".getBytes(StandardCharsets.US_ASCII);
        ClaveCodigos clave = ClaveCodigos.of(secret);
        assertThat(clave.toString()).doesNotContain("una-clave").contains("oculta");
        assertThat(Fixtures.workflow(1).toString()).doesNotContain("clave-de-prueba");
        java.util.Arrays.fill(secret, (byte) 0);   // the caller may wipe its copy: the key keeps working
        Folio folio = Folio.parse("BI-20250203-000000001");
        CodigoValidacion c = CodigoValidacion.of("04821");
        assertThat(c.coincide(folio, c.digest(folio, clave), clave)).isTrue();
        assertThat(c.digest(folio, clave)).isNotEqualTo(c.digest(folio, ClaveCodigos.of(new byte[32])));
    }

    @Test
    void codigo_generated_uniformOverAllFiveDigitCodes() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(11L);
        int[] firstDigit = new int[10];
        for (int i = 0; i < 20_000; i++) {
            String d = CodigoValidacion.generate(r).digitos();
            assertThat(d).as("seed 11").matches("[0-9]{5}");
            firstDigit[d.charAt(0) - '0']++;
        }
        for (int count : firstDigit) {
            assertThat(count).as("seed 11: leading zeros are kept and digits uniform").isBetween(1_800, 2_200);
        }
    }

    @Test
    void eliminar_pending_bajaWithAcuse() {
        Respuesta reg = accept(EstadoBuzon.inicial(ERIKA), correo("erika@example.com"));
        t = t.plusSeconds(30);
        Respuesta del = accept(reg.estado(), eliminar(last(reg.estado()).folioRegistro()));
        assertThat(last(del.estado()).estado()).isEqualTo(EstadoMedio.ELIMINADO);
        assertThat(last(del.estado()).bajaEn()).contains(t);
        assertThat(del.acuse().tipo()).isEqualTo(AcuseTipo.REGISTRO_MEDIOS_CONTACTO);
        assertThat(del.acuse().campos()).containsEntry(CampoAcuse.ESTATUS, "Baja");
        reject(del.estado(), eliminar(last(reg.estado()).folioRegistro()),
                MediosErrorCode.MEDIOS_NO_VIGENTE);
    }

    @Test
    void eliminar_lastValidatedWhenHabilitado_rejected_otherwiseAllowed() {
        EstadoBuzon e = activar(listoParaActivar()).estado();
        MedioContacto correo = e.medios().get(0);
        MedioContacto movil = e.medios().get(1);
        reject(e, eliminar(correo.folioRegistro()), MediosErrorCode.MEDIOS_REQUERIDO);
        reject(e, eliminar(movil.folioRegistro()), MediosErrorCode.MEDIOS_REQUERIDO);
        e = registrarYValidar(e, correo("otro@example.com"));
        accept(e, eliminar(correo.folioRegistro()));
        // Before activation nothing is required.
        EstadoBuzon antes = listoParaActivar();
        accept(antes, eliminar(antes.medios().get(0).folioRegistro()));
    }

    private Respuesta activar(EstadoBuzon e) {
        Acuse sinFirma = workflow.acuseParaFirmar(e, NO_CERTIFICADO, t);
        return accept(e, firmar(sinFirma, FIRMA, RFC_ERIKA, NO_CERTIFICADO));
    }

    @Test
    void firmarTerminos_bothValidated_habilitadoWithSignedAcuse() {
        EstadoBuzon e = listoParaActivar();
        t = t.plusSeconds(600);
        Acuse sinFirma = workflow.acuseParaFirmar(e, NO_CERTIFICADO, t);
        assertThat(sinFirma.tipo()).isEqualTo(AcuseTipo.ACTIVACION_BUZON);
        assertThat(sinFirma.campos()).containsEntry(CampoAcuse.NO_CERTIFICADO, NO_CERTIFICADO.toString())
                .containsEntry(CampoAcuse.TERMINOS_SHA256,
                        Sha256.digestUtf8(AcuseTipo.ACTIVACION_BUZON.textoLegal()).toString());
        t = t.plusSeconds(20);
        Respuesta r = accept(e, firmar(sinFirma, FIRMA, RFC_ERIKA,
                NO_CERTIFICADO));
        assertThat(r.estado().habilitado()).isTrue();
        Habilitacion h = r.estado().habilitacion().orElseThrow();
        assertThat(h.origen()).isEqualTo(Habilitacion.Origen.TERMINOS_FIRMADOS);
        assertThat(h.habilitadoEn()).isEqualTo(sinFirma.emitidoEn());
        assertThat(h.folioAcuse()).contains(sinFirma.folio());
        assertThat(r.acuse().firmaParticular()).contains(FIRMA);
        assertThat(r.acuse().cadenaOriginal()).isEqualTo(sinFirma.cadenaOriginal());
        reject(r.estado(), firmar(sinFirma, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosErrorCode.MEDIOS_BUZON_YA_HABILITADO);
    }

    @Test
    void firmarTerminos_withoutValidatedMedios_rejectedNamingWhatIsMissing() {
        EstadoBuzon vacio = EstadoBuzon.inicial(ERIKA);
        Acuse a = workflow.acuseParaFirmar(vacio, NO_CERTIFICADO, t);
        assertThat(reject(vacio, firmar(a, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosErrorCode.MEDIOS_SIN_VALIDAR).message())
                .contains("un correo electrónico validado y un teléfono móvil validado");
        EstadoBuzon soloCorreo = registrarYValidar(vacio, correo("erika@example.com"));
        // 5.2: confirming only one of the two kinds does not habilitate the Buzón.
        assertThat(reject(soloCorreo, firmar(a, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosErrorCode.MEDIOS_SIN_VALIDAR).message()).contains("falta: un teléfono móvil validado");
        // A pending mobile is not enough either.
        EstadoBuzon movilPendiente = accept(soloCorreo, movil("5512345678")).estado();
        reject(movilPendiente, firmar(a, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosErrorCode.MEDIOS_SIN_VALIDAR);
        // Medios of a registro patronal do not count for the RFC.
        EstadoBuzon soloRegistro = registrarYValidar(soloCorreo, registrar(Mecanismo.TELEFONO_MOVIL,
                "5512345678", Ambito.registro(RP_A)));
        reject(soloRegistro, firmar(a, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosErrorCode.MEDIOS_SIN_VALIDAR);
    }

    @Test
    void firmarTerminos_badCertificateOrFirma_rejected() {
        EstadoBuzon e = listoParaActivar();
        Acuse a = workflow.acuseParaFirmar(e, NO_CERTIFICADO, t);
        reject(e, firmar(a, FIRMA, Rfc.parse("COSC8001137NA"), NO_CERTIFICADO),
                MediosErrorCode.MEDIOS_RFC_CERTIFICADO_NO_CORRESPONDE);
        // A número typed wrong cannot reach the workflow (NumeroCertificado.parse refuses it, coded); the serial of
        // a certificate that is not the SAT's is a programmer error.
        assertThatThrownBy(() -> workflow.firmarTerminos(e, a, FIRMA, RFC_ERIKA, NOT_SAT_FORM, t))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20 digits");
        reject(e, firmar(a, "no es base64!", RFC_ERIKA, NO_CERTIFICADO),
                MediosErrorCode.MEDIOS_FIRMA_INVALIDA);
        reject(e, firmar(a, "", RFC_ERIKA, NO_CERTIFICADO), MediosErrorCode.MEDIOS_FIRMA_INVALIDA);
    }

    @Test
    void firmarTerminos_acuseNotThisActivation_rejected() {
        EstadoBuzon e = listoParaActivar();
        Acuse otroCert = workflow.acuseParaFirmar(e, NumeroCertificado.parse("30001000000500003417"), t);
        reject(e, firmar(otroCert, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosErrorCode.MEDIOS_ACUSE_NO_CORRESPONDE);
        Particular otro = Particular.of(Rfc.parse("COSC8001137NA"), "OTRA PERSONA", java.util.List.of(), "22000");
        Acuse ajeno = workflow.acuseParaFirmar(EstadoBuzon.inicial(otro), NO_CERTIFICADO, t);
        reject(e, firmar(ajeno, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosErrorCode.MEDIOS_ACUSE_NO_CORRESPONDE);
        Acuse futuro = workflow.acuseParaFirmar(e, NO_CERTIFICADO, t.plusSeconds(1));
        reject(e, firmar(futuro, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosErrorCode.MEDIOS_ACUSE_NO_CORRESPONDE);
        Acuse firmado = workflow.acuseParaFirmar(e, NO_CERTIFICADO, t).withFirma(FIRMA);
        reject(e, firmar(firmado, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosErrorCode.MEDIOS_ACUSE_NO_CORRESPONDE);
        Acuse registro = accept(e, correo("x@example.com")).acuse();
        reject(e, firmar(registro, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosErrorCode.MEDIOS_ACUSE_NO_CORRESPONDE);
    }

    @Test
    void activadoPreviamente_isHabilitadoWithoutMedios_5_4() {
        EstadoBuzon e = EstadoBuzon.activadoPreviamente(ERIKA, Instant.parse("2022-03-16T18:00:00Z"));
        assertThat(e.habilitado()).isTrue();
        assertThat(e.medios()).isEmpty();
        assertThat(e.habilitacion().orElseThrow().origen()).isEqualTo(Habilitacion.Origen.ACTIVADO_PREVIAMENTE);
        assertThat(MediosContactoWorkflow.invariantViolations(e, t)).isEmpty();
        Acuse a = workflow.acuseParaFirmar(e, NO_CERTIFICADO, t);
        reject(e, firmar(a, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosErrorCode.MEDIOS_BUZON_YA_HABILITADO);
        accept(e, correo("erika@example.com")); // may still update its medios (5.6)
    }

    @Test
    void acuseParaFirmar_numeroNotInSatForm_throws() {
        assertThatThrownBy(() -> workflow.acuseParaFirmar(EstadoBuzon.inicial(ERIKA), NOT_SAT_FORM, t))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20 digits");
    }

    @Test
    void everyAcuse_cadenaParsesWithItsSchema() {
        EstadoBuzon e = activar(listoParaActivar()).estado();
        assertThat(e.habilitado()).isTrue();
        Respuesta r = accept(e, correo("z@example.com"));
        CadenaOriginal c = r.acuse().cadenaOriginal();
        assertThat(CadenaOriginal.parse(c.toString(), r.acuse().tipo().schema())).isEqualTo(c);
    }

    @Test
    void comandos_nullArguments_throwNpe() {
        EstadoBuzon e = EstadoBuzon.inicial(ERIKA);
        Folio folio = Folio.parse("BI-20250203-000000001");
        assertThatThrownBy(() -> workflow.registrar(e, null, "x", Ambito.rfc(), t))
                .isInstanceOf(NullPointerException.class).hasMessage("mecanismo");
        assertThatThrownBy(() -> workflow.validar(e, folio, null, t))
                .isInstanceOf(NullPointerException.class).hasMessage("codigo");
        assertThatThrownBy(() -> workflow.eliminar(null, folio, t)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> workflow.firmarTerminos(e, null, FIRMA, RFC_ERIKA, NO_CERTIFICADO, t))
                .isInstanceOf(NullPointerException.class).hasMessage("acuseSinFirma");
        assertThatThrownBy(() -> MediosContactoWorkflow.of(null, FolioSequence.inMemoryCounter(1),
                new java.util.SplittableRandom(1), CLAVE_CODIGOS)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void registrar_namesTheMedioJustRegistered_andMasksTheCode() {
        EstadoBuzon e = registrarYValidar(EstadoBuzon.inicial(ERIKA), correo("erika@example.com"));
        Registro r = workflow.registrar(e, Mecanismo.TELEFONO_MOVIL, "5512345678", Ambito.registro(RP_A), t);
        MedioContacto medio = r.medio().orElseThrow();
        assertThat(medio.folioRegistro()).isEqualTo(r.outcome().acuse().orElseThrow().folio());
        assertThat(medio.valor()).isEqualTo("5512345678");
        assertThat(medio.ambito()).isEqualTo(Ambito.registro(RP_A));
        assertThat(r.stateToStore().medios()).contains(medio).hasSize(2);
        assertThat(r.toString()).contains(medio.folioRegistro().toString())
                .doesNotContain(r.codigoPorEnviar().orElseThrow().digitos());
        Registro rechazado = workflow.registrar(e, Mecanismo.CORREO_ELECTRONICO, "erika@example.com", Ambito.rfc(), t);
        assertThat(rechazado.isAccepted()).isFalse();
        assertThat(rechazado.medio()).isEmpty();
        assertThat(rechazado.codigoPorEnviar()).isEmpty();
        assertThat(rechazado.stateToStore()).isSameAs(e);
        assertThatThrownBy(() -> new Registro(r.outcome(), Optional.empty(), r.codigoPorEnviar()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Registro(Outcome.accepted(e, r.outcome().acuse().orElseThrow()), r.medio(),
                r.codigoPorEnviar()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be in the new state");
    }

    @Test
    void rejection_readsLikeAFinding() {
        Rejection r = reject(EstadoBuzon.inicial(ERIKA), correo("x"), ContactoErrorCode.CORREO_FORMATO_INVALIDO);
        assertThat(r.code()).isEqualTo("CORREO_FORMATO_INVALIDO");
        assertThat(r.mainFinding().code()).isEqualTo(r.code());
        assertThat(r.mainFinding().message()).isEqualTo(r.message());
        assertThat(r.mainFinding().isError()).isTrue();
        assertThat(r.offendingValue()).contains("x");
        assertThat(r.message()).contains("\"x\"");
    }

    @Test
    void aplicar_postalCodeOfNoState_throwsCalendarException() {
        Particular sinEstado = Particular.of(RFC_ERIKA, "ERIKA", java.util.List.of(), "00100");
        assertThatThrownBy(() -> apply(EstadoBuzon.inicial(sinEstado), correo("e@example.com")))
                .isInstanceOf(mx.buzon.calendar.CalendarException.class);
    }
}
