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
import mx.buzon.core.acuse.Particular;
import mx.buzon.core.cadena.CadenaOriginal;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.Rfc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Legal and illegal transitions of Lineamientos 5.1–5.4, one rule per test. */
class MediosContactoTest {

    private final Entorno entorno = entorno(7L);
    private Instant t = LUNES_2025_02_03_1007;

    private Resultado apply(EstadoBuzon e, ComandoMedios c) {
        return MediosContacto.aplicar(e, c, t, entorno);
    }

    private Resultado.Aceptado accept(EstadoBuzon e, ComandoMedios c) {
        Resultado r = apply(e, c);
        assertThat(r).as("%s", r).isInstanceOf(Resultado.Aceptado.class);
        return (Resultado.Aceptado) r;
    }

    private Rechazo reject(EstadoBuzon e, ComandoMedios c, MediosCodigo expected) {
        Resultado r = apply(e, c);
        assertThat(r).as("%s", r).isInstanceOf(Resultado.Rechazado.class);
        Rechazo rechazo = ((Resultado.Rechazado) r).rechazo();
        assertThat(rechazo.codigo()).isEqualTo(expected);
        assertThat(rechazo.mensaje()).isEqualTo(rechazo.mensaje().strip()).doesNotContain("%s");
        return rechazo;
    }

    private static ComandoMedios.Registrar correo(String valor) {
        return new ComandoMedios.Registrar(Mecanismo.CORREO_ELECTRONICO, valor, Ambito.rfc());
    }

    private static ComandoMedios.Registrar movil(String valor) {
        return new ComandoMedios.Registrar(Mecanismo.TELEFONO_MOVIL, valor, Ambito.rfc());
    }

    /** Registers and validates, returning the state. */
    private EstadoBuzon registrarYValidar(EstadoBuzon e, ComandoMedios.Registrar c) {
        Resultado.Aceptado reg = accept(e, c);
        MedioContacto m = last(reg.estado());
        return accept(reg.estado(), new ComandoMedios.Validar(m.folioRegistro(),
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
        Resultado.Aceptado r = accept(EstadoBuzon.inicial(ERIKA), correo("  Erika.Gomez@Example.COM "));
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
        assertThat(m.codigoDigest()).contains(codigo.digest(m.folioRegistro()));
        assertThat(r.estado().habilitado()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "erika", "erika@", "@example.com", "erika@example", "erika@@example.com",
        "er ika@example.com", "erika@exa_mple.com", "erika@-example.com", "erika@example.c", "erika@example.123",
        ".erika@example.com", "erika.@example.com", "eri..ka@example.com", "erika@example..com", "ériká@example.com",
        "erika@exámple.com", "erika@example.com\n@x.mx"})
    void registrar_malformedCorreo_rejectedStateUnchanged(String valor) {
        EstadoBuzon e = EstadoBuzon.inicial(ERIKA);
        reject(e, correo(valor), MediosCodigo.CORREO_FORMATO_INVALIDO);
        assertThat(apply(e, correo(valor)).estado()).isSameAs(e);
    }

    @Test
    void registrar_correoTooLong_rejected() {
        reject(EstadoBuzon.inicial(ERIKA), correo("a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "."
                + "d".repeat(63)), MediosCodigo.CORREO_FORMATO_INVALIDO);
        reject(EstadoBuzon.inicial(ERIKA), correo("a".repeat(65) + "@example.com"), MediosCodigo.CORREO_FORMATO_INVALIDO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "551234567", "55123456789", "55 1234 5678", "55-1234-5678", "+525512345678",
        "551234567a", "５５１２３４５６７８"})
    void registrar_malformedMovil_rejected(String valor) {
        reject(EstadoBuzon.inicial(ERIKA), movil(valor), MediosCodigo.TELEFONO_FORMATO_INVALIDO);
    }

    @Test
    void registrar_sixthCorreo_rejectedFiveAllowed() {
        EstadoBuzon e = EstadoBuzon.inicial(ERIKA);
        for (int i = 1; i <= MediosContacto.MAX_CORREOS; i++) {
            e = accept(e, correo("c" + i + "@example.com")).estado();
        }
        reject(e, correo("c6@example.com"), MediosCodigo.CORREOS_MAXIMO);
        // Another ámbito has its own five.
        accept(e, new ComandoMedios.Registrar(Mecanismo.CORREO_ELECTRONICO, "c6@example.com", Ambito.registro(RP_A)));
    }

    @Test
    void registrar_expiredCorreosDoNotCount() {
        EstadoBuzon e = EstadoBuzon.inicial(ERIKA);
        for (int i = 1; i <= MediosContacto.MAX_CORREOS; i++) {
            e = accept(e, correo("c" + i + "@example.com")).estado();
        }
        t = t.plus(Duration.ofHours(72)).plusNanos(1);
        accept(e, correo("c6@example.com"));
        accept(e, correo("c1@example.com")); // the old registration of c1 was cancelled by expiry
    }

    @Test
    void registrar_sameCorreoAnyCase_rejectedAsDuplicate() {
        EstadoBuzon e = accept(EstadoBuzon.inicial(ERIKA), correo("erika@example.com")).estado();
        reject(e, correo("ERIKA@EXAMPLE.COM"), MediosCodigo.MEDIO_DUPLICADO);
    }

    @Test
    void registrar_secondPendingMovil_rejected_butReplacementAfterValidationAllowed() {
        EstadoBuzon e = accept(EstadoBuzon.inicial(ERIKA), movil("5512345678")).estado();
        reject(e, movil("5587654321"), MediosCodigo.TELEFONO_PENDIENTE);
        e = registrarYValidar(EstadoBuzon.inicial(ERIKA), movil("5512345678"));
        MedioContacto viejo = last(e);
        reject(e, movil("5512345678"), MediosCodigo.MEDIO_DUPLICADO);
        t = t.plusSeconds(60);
        e = registrarYValidar(e, movil("5587654321"));
        assertThat(e.medio(viejo.folioRegistro()).orElseThrow().estado()).isEqualTo(EstadoMedio.ELIMINADO);
        assertThat(e.medio(viejo.folioRegistro()).orElseThrow().bajaEn()).contains(t);
        assertThat(e.medios().stream().filter(m -> m.estado() == EstadoMedio.VALIDADO)).hasSize(1);
    }

    @Test
    void registrar_registroPatronalAjeno_rejected() {
        reject(EstadoBuzon.inicial(ERIKA), new ComandoMedios.Registrar(Mecanismo.TELEFONO_MOVIL, "5512345678",
                Ambito.registro(mx.buzon.core.id.RegistroPatronal.parse("B7032191100"))),
                MediosCodigo.REGISTRO_PATRONAL_AJENO);
    }

    @Test
    void registrar_todosSinRegistros_rejected() {
        Particular sinRegistros = Particular.of(RFC_ERIKA, "ERIKA", java.util.List.of(), "06600");
        reject(EstadoBuzon.inicial(sinRegistros), new ComandoMedios.Registrar(Mecanismo.CORREO_ELECTRONICO,
                "e@example.com", Ambito.todosLosRegistros()), MediosCodigo.SIN_REGISTROS_PATRONALES);
        accept(EstadoBuzon.inicial(ERIKA), new ComandoMedios.Registrar(Mecanismo.CORREO_ELECTRONICO,
                "e@example.com", Ambito.todosLosRegistros()));
    }

    @Test
    void registrar_forRegistroPatronal_acuseNamesIt() {
        Acuse a = accept(EstadoBuzon.inicial(ERIKA), new ComandoMedios.Registrar(Mecanismo.CORREO_ELECTRONICO,
                "rh@example.com", Ambito.registro(RP_Y))).acuse();
        assertThat(a.particular().registroPatronal()).contains(RP_Y);
        assertThat(a.campos()).containsEntry(CampoAcuse.AMBITO, "REGISTRO_PATRONAL");
        assertThat(a.cadenaOriginal().value(CampoAcuse.REGISTRO_PATRONAL)).contains("Y3926552104");
    }

    @Test
    void validar_rightCode_validatedWithAcuse() {
        Resultado.Aceptado reg = accept(EstadoBuzon.inicial(ERIKA), correo("erika@example.com"));
        MedioContacto m = last(reg.estado());
        t = t.plusSeconds(180);
        Resultado.Aceptado val = accept(reg.estado(), new ComandoMedios.Validar(m.folioRegistro(),
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
        Resultado.Aceptado reg = accept(EstadoBuzon.inicial(ERIKA), correo("erika@example.com"));
        MedioContacto m = last(reg.estado());
        ComandoMedios.Validar ok = new ComandoMedios.Validar(m.folioRegistro(),
                reg.codigoPorEnviar().orElseThrow().digitos());
        Instant registro = t;
        t = registro.plus(Duration.ofHours(72));
        accept(reg.estado(), ok);
        t = registro.plus(Duration.ofHours(72)).plusNanos(1);
        Rechazo r = reject(reg.estado(), ok, MediosCodigo.VALIDACION_VENCIDA);
        assertThat(r.mensaje()).contains("06/02/2025 10:07:17 (Zona Centro)");
        assertThat(apply(reg.estado(), ok).estado()).isSameAs(reg.estado());
        assertThat(m.estadoEn(t)).isEqualTo(EstadoMedio.CANCELADO_POR_VENCIMIENTO);
        reject(reg.estado(), new ComandoMedios.Eliminar(m.folioRegistro()), MediosCodigo.MEDIO_NO_VIGENTE);
    }

    @Test
    void validar_wrongCodes_countedThenCancelled() {
        Resultado.Aceptado reg = accept(EstadoBuzon.inicial(ERIKA), correo("erika@example.com"));
        MedioContacto m = last(reg.estado());
        String right = reg.codigoPorEnviar().orElseThrow().digitos();
        String wrong = right.equals("00000") ? "00001" : "00000";
        EstadoBuzon e = reg.estado();
        for (int i = 1; i < MediosContacto.MAX_INTENTOS_VALIDACION; i++) {
            Resultado r = apply(e, new ComandoMedios.Validar(m.folioRegistro(), wrong));
            assertThat(((Resultado.Rechazado) r).rechazo().codigo()).isEqualTo(MediosCodigo.CODIGO_INCORRECTO);
            assertThat(((Resultado.Rechazado) r).rechazo().mensaje())
                    .contains("Le quedan " + (MediosContacto.MAX_INTENTOS_VALIDACION - i) + " intentos")
                    .doesNotContain(wrong).doesNotContain(right);
            e = r.estado();
            assertThat(last(e).intentosFallidos()).isEqualTo(i);
            assertThat(last(e).estado()).isEqualTo(EstadoMedio.PENDIENTE);
        }
        Resultado r = apply(e, new ComandoMedios.Validar(m.folioRegistro(), wrong));
        assertThat(((Resultado.Rechazado) r).rechazo().codigo()).isEqualTo(MediosCodigo.INTENTOS_AGOTADOS);
        e = r.estado();
        assertThat(last(e).estado()).isEqualTo(EstadoMedio.CANCELADO_POR_INTENTOS);
        assertThat(last(e).codigoDigest()).isEmpty();
        assertThat(last(e).bajaEn()).contains(t);
        reject(e, new ComandoMedios.Validar(m.folioRegistro(), right), MediosCodigo.MEDIO_NO_PENDIENTE);
        accept(e, correo("erika@example.com")); // may register again
    }

    @Test
    void validar_lastAttemptRight_accepted() {
        Resultado.Aceptado reg = accept(EstadoBuzon.inicial(ERIKA), correo("erika@example.com"));
        MedioContacto m = last(reg.estado());
        String right = reg.codigoPorEnviar().orElseThrow().digitos();
        String wrong = right.equals("99999") ? "99998" : "99999";
        EstadoBuzon e = reg.estado();
        for (int i = 1; i < MediosContacto.MAX_INTENTOS_VALIDACION; i++) {
            e = apply(e, new ComandoMedios.Validar(m.folioRegistro(), wrong)).estado();
        }
        accept(e, new ComandoMedios.Validar(m.folioRegistro(), right));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234", "123456", "12a45", " 1234", "１２３４５"})
    void validar_malformedCode_rejectedWithoutCountingAttempt(String codigo) {
        Resultado.Aceptado reg = accept(EstadoBuzon.inicial(ERIKA), correo("erika@example.com"));
        Resultado r = apply(reg.estado(), new ComandoMedios.Validar(last(reg.estado()).folioRegistro(), codigo));
        assertThat(((Resultado.Rechazado) r).rechazo().codigo()).isEqualTo(MediosCodigo.CODIGO_FORMATO_INVALIDO);
        assertThat(r.estado()).isSameAs(reg.estado());
    }

    @Test
    void validar_unknownFolio_rejected() {
        reject(EstadoBuzon.inicial(ERIKA), new ComandoMedios.Validar(Folio.parse("BI-20250203-000000001"), "12345"),
                MediosCodigo.MEDIO_NO_ENCONTRADO);
        reject(EstadoBuzon.inicial(ERIKA), new ComandoMedios.Eliminar(Folio.parse("BI-20250203-000000001")),
                MediosCodigo.MEDIO_NO_ENCONTRADO);
    }

    @Test
    void validar_beforeRegistration_rejected() {
        Resultado.Aceptado reg = accept(EstadoBuzon.inicial(ERIKA), correo("erika@example.com"));
        t = t.minusSeconds(1);
        reject(reg.estado(), new ComandoMedios.Validar(last(reg.estado()).folioRegistro(),
                reg.codigoPorEnviar().orElseThrow().digitos()), MediosCodigo.INSTANTE_ANTERIOR);
        reject(reg.estado(), new ComandoMedios.Eliminar(last(reg.estado()).folioRegistro()),
                MediosCodigo.INSTANTE_ANTERIOR);
    }

    @Test
    void validar_comparesCodesWithMessageDigestIsEqual() throws Exception {
        String source = Files.readString(Path.of("src/main/java/mx/buzon/core/medios/CodigoValidacion.java"),
                StandardCharsets.UTF_8);
        String coincide = source.substring(source.indexOf("public boolean coincide("));
        coincide = coincide.substring(0, coincide.indexOf("\n    }"));
        assertThat(coincide).contains("MessageDigest.isEqual(").doesNotContain(".equals(");
        String workflow = Files.readString(Path.of("src/main/java/mx/buzon/core/medios/MediosContacto.java"),
                StandardCharsets.UTF_8);
        assertThat(workflow).contains(".coincide(m.folioRegistro(), stored)");
    }

    @Test
    void codigo_digestIsSaltedByFolio() {
        CodigoValidacion c = CodigoValidacion.of("04821");
        Folio a = Folio.parse("BI-20250203-000000001");
        Folio b = Folio.parse("BI-20250203-000000002");
        assertThat(c.digest(a)).isNotEqualTo(c.digest(b))
                .isEqualTo(Sha256.digestUtf8("BI-20250203-000000001:04821"));
        assertThat(c.coincide(a, c.digest(a))).isTrue();
        assertThat(c.coincide(b, c.digest(a))).isFalse();
        assertThat(CodigoValidacion.of("04822").coincide(a, c.digest(a))).isFalse();
    }

    @Test
    void codigo_generated_uniformOverAllFiveDigitCodes() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(11L);
        int[] firstDigit = new int[10];
        for (int i = 0; i < 20_000; i++) {
            String d = CodigoValidacion.generar(r).digitos();
            assertThat(d).as("seed 11").matches("[0-9]{5}");
            firstDigit[d.charAt(0) - '0']++;
        }
        for (int count : firstDigit) {
            assertThat(count).as("seed 11: leading zeros are kept and digits uniform").isBetween(1_800, 2_200);
        }
    }

    @Test
    void eliminar_pending_bajaWithAcuse() {
        Resultado.Aceptado reg = accept(EstadoBuzon.inicial(ERIKA), correo("erika@example.com"));
        t = t.plusSeconds(30);
        Resultado.Aceptado del = accept(reg.estado(), new ComandoMedios.Eliminar(last(reg.estado()).folioRegistro()));
        assertThat(last(del.estado()).estado()).isEqualTo(EstadoMedio.ELIMINADO);
        assertThat(last(del.estado()).bajaEn()).contains(t);
        assertThat(del.acuse().tipo()).isEqualTo(AcuseTipo.REGISTRO_MEDIOS_CONTACTO);
        assertThat(del.acuse().campos()).containsEntry(CampoAcuse.ESTATUS, "Baja");
        reject(del.estado(), new ComandoMedios.Eliminar(last(reg.estado()).folioRegistro()),
                MediosCodigo.MEDIO_NO_VIGENTE);
    }

    @Test
    void eliminar_lastValidatedWhenHabilitado_rejected_otherwiseAllowed() {
        EstadoBuzon e = activar(listoParaActivar()).estado();
        MedioContacto correo = e.medios().get(0);
        MedioContacto movil = e.medios().get(1);
        reject(e, new ComandoMedios.Eliminar(correo.folioRegistro()), MediosCodigo.MEDIO_REQUERIDO);
        reject(e, new ComandoMedios.Eliminar(movil.folioRegistro()), MediosCodigo.MEDIO_REQUERIDO);
        e = registrarYValidar(e, correo("otro@example.com"));
        accept(e, new ComandoMedios.Eliminar(correo.folioRegistro()));
        // Before activation nothing is required.
        EstadoBuzon antes = listoParaActivar();
        accept(antes, new ComandoMedios.Eliminar(antes.medios().get(0).folioRegistro()));
    }

    private Resultado.Aceptado activar(EstadoBuzon e) {
        Acuse sinFirma = MediosContacto.acuseParaFirmar(e, t, NO_CERTIFICADO, entorno);
        return accept(e, new ComandoMedios.FirmarTerminos(sinFirma, FIRMA, RFC_ERIKA, NO_CERTIFICADO));
    }

    @Test
    void firmarTerminos_bothValidated_habilitadoWithSignedAcuse() {
        EstadoBuzon e = listoParaActivar();
        t = t.plusSeconds(600);
        Acuse sinFirma = MediosContacto.acuseParaFirmar(e, t, NO_CERTIFICADO, entorno);
        assertThat(sinFirma.tipo()).isEqualTo(AcuseTipo.ACTIVACION_BUZON);
        assertThat(sinFirma.campos()).containsEntry(CampoAcuse.NO_CERTIFICADO, NO_CERTIFICADO)
                .containsEntry(CampoAcuse.TERMINOS_SHA256,
                        Sha256.digestUtf8(AcuseTipo.ACTIVACION_BUZON.textoLegal()).toString());
        t = t.plusSeconds(20);
        Resultado.Aceptado r = accept(e, new ComandoMedios.FirmarTerminos(sinFirma, FIRMA, RFC_ERIKA,
                NO_CERTIFICADO));
        assertThat(r.estado().habilitado()).isTrue();
        Habilitacion h = r.estado().habilitacion().orElseThrow();
        assertThat(h.origen()).isEqualTo(Habilitacion.Origen.TERMINOS_FIRMADOS);
        assertThat(h.habilitadoEn()).isEqualTo(sinFirma.emitidoEn());
        assertThat(h.folioAcuse()).contains(sinFirma.folio());
        assertThat(r.acuse().firmaParticular()).contains(FIRMA);
        assertThat(r.acuse().cadenaOriginal()).isEqualTo(sinFirma.cadenaOriginal());
        reject(r.estado(), new ComandoMedios.FirmarTerminos(sinFirma, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosCodigo.BUZON_YA_HABILITADO);
    }

    @Test
    void firmarTerminos_withoutValidatedMedios_rejectedNamingWhatIsMissing() {
        EstadoBuzon vacio = EstadoBuzon.inicial(ERIKA);
        Acuse a = MediosContacto.acuseParaFirmar(vacio, t, NO_CERTIFICADO, entorno);
        assertThat(reject(vacio, new ComandoMedios.FirmarTerminos(a, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosCodigo.MEDIOS_SIN_VALIDAR).mensaje())
                .contains("un correo electrónico validado y un teléfono móvil validado");
        EstadoBuzon soloCorreo = registrarYValidar(vacio, correo("erika@example.com"));
        // 5.2: confirming only one of the two kinds does not habilitate the Buzón.
        assertThat(reject(soloCorreo, new ComandoMedios.FirmarTerminos(a, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosCodigo.MEDIOS_SIN_VALIDAR).mensaje()).contains("falta: un teléfono móvil validado");
        // A pending mobile is not enough either.
        EstadoBuzon movilPendiente = accept(soloCorreo, movil("5512345678")).estado();
        reject(movilPendiente, new ComandoMedios.FirmarTerminos(a, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosCodigo.MEDIOS_SIN_VALIDAR);
        // Medios of a registro patronal do not count for the RFC.
        EstadoBuzon soloRegistro = registrarYValidar(soloCorreo, new ComandoMedios.Registrar(Mecanismo.TELEFONO_MOVIL,
                "5512345678", Ambito.registro(RP_A)));
        reject(soloRegistro, new ComandoMedios.FirmarTerminos(a, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosCodigo.MEDIOS_SIN_VALIDAR);
    }

    @Test
    void firmarTerminos_badCertificateOrFirma_rejected() {
        EstadoBuzon e = listoParaActivar();
        Acuse a = MediosContacto.acuseParaFirmar(e, t, NO_CERTIFICADO, entorno);
        reject(e, new ComandoMedios.FirmarTerminos(a, FIRMA, Rfc.parse("COSC8001137NA"), NO_CERTIFICADO),
                MediosCodigo.RFC_CERTIFICADO_NO_CORRESPONDE);
        reject(e, new ComandoMedios.FirmarTerminos(a, FIRMA, RFC_ERIKA, "3000100000050000341"),
                MediosCodigo.NO_CERTIFICADO_INVALIDO);
        reject(e, new ComandoMedios.FirmarTerminos(a, FIRMA, RFC_ERIKA, "3000100000050000341A"),
                MediosCodigo.NO_CERTIFICADO_INVALIDO);
        reject(e, new ComandoMedios.FirmarTerminos(a, "no es base64!", RFC_ERIKA, NO_CERTIFICADO),
                MediosCodigo.FIRMA_INVALIDA);
        reject(e, new ComandoMedios.FirmarTerminos(a, "", RFC_ERIKA, NO_CERTIFICADO), MediosCodigo.FIRMA_INVALIDA);
    }

    @Test
    void firmarTerminos_acuseNotThisActivation_rejected() {
        EstadoBuzon e = listoParaActivar();
        Acuse otroCert = MediosContacto.acuseParaFirmar(e, t, "30001000000500003417", entorno);
        reject(e, new ComandoMedios.FirmarTerminos(otroCert, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosCodigo.ACUSE_NO_CORRESPONDE);
        Particular otro = Particular.of(Rfc.parse("COSC8001137NA"), "OTRA PERSONA", java.util.List.of(), "22000");
        Acuse ajeno = MediosContacto.acuseParaFirmar(EstadoBuzon.inicial(otro), t, NO_CERTIFICADO, entorno);
        reject(e, new ComandoMedios.FirmarTerminos(ajeno, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosCodigo.ACUSE_NO_CORRESPONDE);
        Acuse futuro = MediosContacto.acuseParaFirmar(e, t.plusSeconds(1), NO_CERTIFICADO, entorno);
        reject(e, new ComandoMedios.FirmarTerminos(futuro, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosCodigo.ACUSE_NO_CORRESPONDE);
        Acuse firmado = MediosContacto.acuseParaFirmar(e, t, NO_CERTIFICADO, entorno).withFirma(FIRMA);
        reject(e, new ComandoMedios.FirmarTerminos(firmado, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosCodigo.ACUSE_NO_CORRESPONDE);
        Acuse registro = accept(e, correo("x@example.com")).acuse();
        reject(e, new ComandoMedios.FirmarTerminos(registro, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosCodigo.ACUSE_NO_CORRESPONDE);
    }

    @Test
    void activadoPreviamente_isHabilitadoWithoutMedios_5_4() {
        EstadoBuzon e = EstadoBuzon.activadoPreviamente(ERIKA, Instant.parse("2022-03-16T18:00:00Z"));
        assertThat(e.habilitado()).isTrue();
        assertThat(e.medios()).isEmpty();
        assertThat(e.habilitacion().orElseThrow().origen()).isEqualTo(Habilitacion.Origen.ACTIVADO_PREVIAMENTE);
        assertThat(MediosContacto.problemas(e, t)).isEmpty();
        Acuse a = MediosContacto.acuseParaFirmar(e, t, NO_CERTIFICADO, entorno);
        reject(e, new ComandoMedios.FirmarTerminos(a, FIRMA, RFC_ERIKA, NO_CERTIFICADO),
                MediosCodigo.BUZON_YA_HABILITADO);
        accept(e, correo("erika@example.com")); // may still update its medios (5.6)
    }

    @Test
    void acuseParaFirmar_badCertificateNumber_throws() {
        assertThatThrownBy(() -> MediosContacto.acuseParaFirmar(EstadoBuzon.inicial(ERIKA), t, "123", entorno))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20 digits");
    }

    @Test
    void everyAcuse_cadenaParsesWithItsSchema() {
        EstadoBuzon e = activar(listoParaActivar()).estado();
        assertThat(e.habilitado()).isTrue();
        Resultado.Aceptado r = accept(e, correo("z@example.com"));
        CadenaOriginal c = r.acuse().cadenaOriginal();
        assertThat(CadenaOriginal.parse(c.toString(), r.acuse().tipo().schema())).isEqualTo(c);
    }

    @Test
    void comandos_nullArguments_throwNpe() {
        assertThatThrownBy(() -> new ComandoMedios.Registrar(null, "x", Ambito.rfc()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ComandoMedios.Validar(Folio.parse("BI-20250203-000000001"), null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> MediosContacto.aplicar(EstadoBuzon.inicial(ERIKA), null, t, entorno))
                .isInstanceOf(NullPointerException.class);
        assertThat(new ComandoMedios.Validar(Folio.parse("BI-20250203-000000001"), "04821").toString())
                .doesNotContain("04821");
    }

    @Test
    void rechazo_toFinding_keepsCodeAndMessage() {
        Rechazo r = reject(EstadoBuzon.inicial(ERIKA), correo("x"), MediosCodigo.CORREO_FORMATO_INVALIDO);
        assertThat(r.toFinding().code()).isEqualTo("CORREO_FORMATO_INVALIDO");
        assertThat(r.toFinding().message()).isEqualTo(r.mensaje());
        assertThat(r.toFinding().isError()).isTrue();
        assertThat(Optional.of(r.mensaje())).hasValueSatisfying(m -> assertThat(m).contains("\"x\""));
    }
}
