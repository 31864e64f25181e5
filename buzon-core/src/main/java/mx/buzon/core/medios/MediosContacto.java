package mx.buzon.core.medios;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import mx.buzon.calendar.zone.MexicanTime;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.acuse.DatosParticular;
import mx.buzon.core.acuse.Particular;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.id.Folio;

/**
 * The workflows of medios de contacto and activation (Lineamientos 5.1–5.4) as pure functions:
 * {@code (EstadoBuzon, ComandoMedios, Instant, Entorno) -> Resultado}.
 *
 * <p>Rules:
 * <ul>
 * <li>5.1: per ámbito (the RFC; optionally one registro patronal or all of them) 1 to {@value #MAX_CORREOS}
 *     e-mails and one mobile of 10 digits. Pending (within 72 h) and validated medios count. A second mobile
 *     may be registered while one is validated: validating it replaces the old one (an actualización), so a
 *     validated mobile is always unique. Every registration, validation and removal issues an acuse with a
 *     folio.</li>
 * <li>5.2: a {@value CodigoValidacion#DIGITOS}-digit code is drawn from the host's random source and must be
 *     confirmed within 72 hours ({@link MedioContacto#PLAZO_VALIDACION}; the 72nd hour's last instant is in
 *     time); later the registration is cancelled. The code is compared in constant time with
 *     {@link java.security.MessageDigest#isEqual}. The Lineamientos set no number of attempts; the SDK allows
 *     {@value #MAX_INTENTOS_VALIDACION} wrong codes, the last cancelling the registration, so that guessing
 *     succeeds with probability at most 3 in 100,000 per registration.</li>
 * <li>5.2, 5.3: the Buzón is habilitado only when the RFC has a validated e-mail and a validated mobile and the
 *     términos y condiciones are signed with the particular's e.firma (certificate RFC = particular's RFC); the
 *     activation acuse carries the firma. 5.4: a Buzón activated before is habilitado as is
 *     ({@link EstadoBuzon#activadoPreviamente}).</li>
 * <li>5.6: a habilitado Buzón cannot remove the last validated e-mail or mobile of the RFC.</li>
 * </ul>
 *
 * <p>Thread-safe (stateless).
 */
public final class MediosContacto {

    /** Lineamientos 5.1: "hasta cinco" e-mails per ámbito. */
    public static final int MAX_CORREOS = 5;
    /** Wrong codes allowed per registration; the last one cancels it (an SDK choice: the Lineamientos set none). */
    public static final int MAX_INTENTOS_VALIDACION = 3;
    /** Longest e-mail address (RFC 5321 path limit). */
    public static final int MAX_LONGITUD_CORREO = 254;

    static final String ESTATUS_EN_PROCESO = "En proceso";
    static final String ESTATUS_VALIDADO = "Validado";
    static final String ESTATUS_BAJA = "Baja";

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TLD = Pattern.compile("[a-z]{2,63}");
    private static final Pattern MOVIL = Pattern.compile("[0-9]{10}");
    private static final Pattern NO_CERTIFICADO = Pattern.compile("[0-9]{20}");
    private static final DateTimeFormatter CENTRO = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.ROOT);

    private MediosContacto() {
    }

    /**
     * Applies a command.
     *
     * @param estado the Buzón's current state
     * @param comando what the particular asks
     * @param instante when (the host's clock)
     * @param entorno zones, folio sequence, random source
     * @return accepted with the new state and exactly one acuse, or rejected
     * @throws mx.buzon.calendar.CalendarException when the particular's postal code identifies no state (its
     *     first two digits are 00 or 17–19) or is an unlisted code between zones with different offsets
     *     ({@code CP_ZONA_AMBIGUA}), so the domicile's zone cannot be known: check particulars with
     *     {@link Particular#zonaDomicilio} when they are created
     */
    public static Resultado aplicar(EstadoBuzon estado, ComandoMedios comando, Instant instante, Entorno entorno) {
        Objects.requireNonNull(estado, "estado");
        Objects.requireNonNull(comando, "comando");
        Objects.requireNonNull(instante, "instante");
        Objects.requireNonNull(entorno, "entorno");
        if (comando instanceof ComandoMedios.Registrar r) {
            return registrar(estado, r, instante, entorno);
        } else if (comando instanceof ComandoMedios.Validar v) {
            return validar(estado, v, instante, entorno);
        } else if (comando instanceof ComandoMedios.Eliminar e) {
            return eliminar(estado, e, instante, entorno);
        }
        return firmarTerminos(estado, (ComandoMedios.FirmarTerminos) comando, instante, entorno);
    }

    /**
     * The unsigned activation acuse whose cadena original the particular signs with the e.firma (5.3). Taking
     * it issues a folio but changes no state; {@link ComandoMedios.FirmarTerminos} then carries it back signed.
     *
     * @param estado the Buzón's state
     * @param instante when the acuse is issued
     * @param noCertificado the número of the certificate that will sign (20 digits)
     * @param entorno zones and folio sequence
     * @return the acuse {@link AcuseTipo#ACTIVACION_BUZON}, with {@code Terminos_SHA256} the digest of
     *     {@link AcuseTipo#textoLegal()}
     * @throws IllegalArgumentException when the certificate number is not 20 digits
     */
    public static Acuse acuseParaFirmar(EstadoBuzon estado, Instant instante, String noCertificado,
            Entorno entorno) {
        if (!NO_CERTIFICADO.matcher(noCertificado).matches()) {
            throw new IllegalArgumentException("noCertificado must be 20 digits: \"" + noCertificado + "\"");
        }
        Folio folio = nuevoFolio(AcuseTipo.ACTIVACION_BUZON, instante, entorno);
        return activacion(estado.particular(), folio, instante, noCertificado, zona(estado, entorno));
    }

    private static Acuse activacion(Particular particular, Folio folio, Instant instante, String noCertificado,
            ZoneId zona) {
        Map<String, String> campos = new LinkedHashMap<>();
        campos.put(CampoAcuse.NO_CERTIFICADO, noCertificado);
        campos.put(CampoAcuse.TERMINOS_SHA256, Sha256.digestUtf8(AcuseTipo.ACTIVACION_BUZON.textoLegal()).toString());
        return Acuse.of(AcuseTipo.ACTIVACION_BUZON, folio, instante, zona, particular.datosAcuse(), campos);
    }

    private static Resultado registrar(EstadoBuzon estado, ComandoMedios.Registrar cmd, Instant t, Entorno entorno) {
        Particular p = estado.particular();
        Optional<String> problema = problemaValor(cmd.mecanismo(), cmd.valor());
        if (problema.isPresent()) {
            return cmd.mecanismo() == Mecanismo.CORREO_ELECTRONICO
                    ? rechazo(estado, MediosCodigo.CORREO_FORMATO_INVALIDO, cmd.valor().strip(), problema.get())
                    : rechazo(estado, MediosCodigo.TELEFONO_FORMATO_INVALIDO, cmd.valor().strip());
        }
        Optional<mx.buzon.core.id.RegistroPatronal> rp = cmd.ambito().registroPatronal();
        if (rp.isPresent() && !p.tieneRegistro(rp.get())) {
            return rechazo(estado, MediosCodigo.REGISTRO_PATRONAL_AJENO, rp.get(), p.rfc());
        }
        if (cmd.ambito().isTodosLosRegistros() && p.registrosPatronales().isEmpty()) {
            return rechazo(estado, MediosCodigo.SIN_REGISTROS_PATRONALES, p.rfc());
        }
        String valor = normalizarValor(cmd.mecanismo(), cmd.valor());
        List<MedioContacto> vigentes = estado.vigentes(cmd.ambito(), t);
        for (MedioContacto m : vigentes) {
            if (m.mecanismo() == cmd.mecanismo() && m.valor().equalsIgnoreCase(valor)) {
                return rechazo(estado, MediosCodigo.MEDIO_DUPLICADO, valor, describir(cmd.ambito()), m.folioRegistro());
            }
        }
        if (cmd.mecanismo() == Mecanismo.CORREO_ELECTRONICO) {
            long correos = vigentes.stream().filter(m -> m.mecanismo() == Mecanismo.CORREO_ELECTRONICO).count();
            if (correos >= MAX_CORREOS) {
                return rechazo(estado, MediosCodigo.CORREOS_MAXIMO, correos, describir(cmd.ambito()));
            }
        } else {
            Optional<MedioContacto> pendiente = vigentes.stream()
                    .filter(m -> m.mecanismo() == Mecanismo.TELEFONO_MOVIL && m.estado() == EstadoMedio.PENDIENTE)
                    .findFirst();
            if (pendiente.isPresent()) {
                return rechazo(estado, MediosCodigo.TELEFONO_PENDIENTE, describir(cmd.ambito()),
                        pendiente.get().folioRegistro());
            }
        }
        Folio folio = nuevoFolio(AcuseTipo.REGISTRO_MEDIOS_CONTACTO, t, entorno);
        CodigoValidacion codigo = CodigoValidacion.generar(entorno.aleatorio());
        MedioContacto medio = new MedioContacto(folio, cmd.mecanismo(), valor, cmd.ambito(), t, EstadoMedio.PENDIENTE,
                Optional.of(codigo.digest(folio, entorno.claveCodigos())), 0, Optional.empty(), Optional.empty(), Optional.empty());
        List<MedioContacto> medios = new ArrayList<>(estado.medios());
        medios.add(medio);
        Acuse acuse = acuseMedio(AcuseTipo.REGISTRO_MEDIOS_CONTACTO, folio, t, estado, medio, ESTATUS_EN_PROCESO,
                entorno);
        return new Resultado.Aceptado(estado.with(medios, estado.habilitacion()), acuse, Optional.of(codigo));
    }

    private static Resultado validar(EstadoBuzon estado, ComandoMedios.Validar cmd, Instant t, Entorno entorno) {
        Optional<MedioContacto> found = estado.medio(cmd.folioRegistro());
        if (found.isEmpty()) {
            return rechazo(estado, MediosCodigo.MEDIO_NO_ENCONTRADO, cmd.folioRegistro());
        }
        MedioContacto m = found.get();
        if (t.isBefore(m.registradoEn())) {
            return rechazo(estado, MediosCodigo.INSTANTE_ANTERIOR, centro(t), m.folioRegistro(), centro(m.registradoEn()));
        }
        EstadoMedio actual = m.estadoEn(t);
        if (actual == EstadoMedio.CANCELADO_POR_VENCIMIENTO) {
            return rechazo(estado, MediosCodigo.VALIDACION_VENCIDA, m.folioRegistro(), centro(m.venceEn()));
        }
        if (actual != EstadoMedio.PENDIENTE) {
            return rechazo(estado, MediosCodigo.MEDIO_NO_PENDIENTE, m.folioRegistro(), actual);
        }
        if (!CodigoValidacion.isValid(cmd.codigo())) {
            return rechazo(estado, MediosCodigo.CODIGO_FORMATO_INVALIDO);
        }
        Sha256 stored = m.codigoDigest().orElseThrow();
        if (!CodigoValidacion.of(cmd.codigo()).coincide(m.folioRegistro(), stored, entorno.claveCodigos())) {
            int intentos = m.intentosFallidos() + 1;
            if (intentos >= MAX_INTENTOS_VALIDACION) {
                MedioContacto cancelado = new MedioContacto(m.folioRegistro(), m.mecanismo(), m.valor(), m.ambito(),
                        m.registradoEn(), EstadoMedio.CANCELADO_POR_INTENTOS, Optional.empty(), intentos,
                        Optional.empty(), Optional.empty(), Optional.of(t));
                return new Resultado.Rechazado(Rechazo.of(MediosCodigo.INTENTOS_AGOTADOS, MAX_INTENTOS_VALIDACION,
                        m.folioRegistro()), replace(estado, m, cancelado));
            }
            MedioContacto contado = new MedioContacto(m.folioRegistro(), m.mecanismo(), m.valor(), m.ambito(),
                    m.registradoEn(), m.estado(), m.codigoDigest(), intentos, Optional.empty(), Optional.empty(),
                    Optional.empty());
            return new Resultado.Rechazado(Rechazo.of(MediosCodigo.CODIGO_INCORRECTO,
                    MAX_INTENTOS_VALIDACION - intentos), replace(estado, m, contado));
        }
        Folio folio = nuevoFolio(AcuseTipo.VALIDACION_MEDIOS_CONTACTO, t, entorno);
        MedioContacto validado = new MedioContacto(m.folioRegistro(), m.mecanismo(), m.valor(), m.ambito(),
                m.registradoEn(), EstadoMedio.VALIDADO, Optional.empty(), m.intentosFallidos(), Optional.of(t),
                Optional.of(folio), Optional.empty());
        List<MedioContacto> medios = new ArrayList<>();
        for (MedioContacto other : estado.medios()) {
            if (other == m) {
                medios.add(validado);
            } else if (m.mecanismo() == Mecanismo.TELEFONO_MOVIL && other.mecanismo() == Mecanismo.TELEFONO_MOVIL
                    && other.ambito().equals(m.ambito()) && other.estado() == EstadoMedio.VALIDADO) {
                medios.add(baja(other, t)); // 5.1: one mobile; the newly validated one replaces it
            } else {
                medios.add(other);
            }
        }
        Acuse acuse = acuseMedio(AcuseTipo.VALIDACION_MEDIOS_CONTACTO, folio, t, estado, validado, ESTATUS_VALIDADO,
                entorno);
        return new Resultado.Aceptado(estado.with(medios, estado.habilitacion()), acuse, Optional.empty());
    }

    private static Resultado eliminar(EstadoBuzon estado, ComandoMedios.Eliminar cmd, Instant t, Entorno entorno) {
        Optional<MedioContacto> found = estado.medio(cmd.folioRegistro());
        if (found.isEmpty()) {
            return rechazo(estado, MediosCodigo.MEDIO_NO_ENCONTRADO, cmd.folioRegistro());
        }
        MedioContacto m = found.get();
        if (t.isBefore(m.registradoEn())) {
            return rechazo(estado, MediosCodigo.INSTANTE_ANTERIOR, centro(t), m.folioRegistro(), centro(m.registradoEn()));
        }
        EstadoMedio actual = m.estadoEn(t);
        if (!actual.vigente()) {
            return rechazo(estado, MediosCodigo.MEDIO_NO_VIGENTE, m.folioRegistro(), actual);
        }
        if (estado.habilitado() && m.ambito().isRfc() && m.estado() == EstadoMedio.VALIDADO
                && estado.validados(m.mecanismo()) <= 1) {
            return rechazo(estado, MediosCodigo.MEDIO_REQUERIDO, m.mecanismo().spanish().toLowerCase(Locale.ROOT),
                    m.folioRegistro());
        }
        Folio folio = nuevoFolio(AcuseTipo.REGISTRO_MEDIOS_CONTACTO, t, entorno);
        MedioContacto eliminado = baja(m, t);
        Acuse acuse = acuseMedio(AcuseTipo.REGISTRO_MEDIOS_CONTACTO, folio, t, estado, eliminado, ESTATUS_BAJA,
                entorno);
        return new Resultado.Aceptado(replace(estado, m, eliminado), acuse, Optional.empty());
    }

    private static Resultado firmarTerminos(EstadoBuzon estado, ComandoMedios.FirmarTerminos cmd, Instant t,
            Entorno entorno) {
        Particular p = estado.particular();
        if (estado.habilitacion().isPresent()) {
            return rechazo(estado, MediosCodigo.BUZON_YA_HABILITADO, p.rfc(),
                    centro(estado.habilitacion().get().habilitadoEn()));
        }
        if (!NO_CERTIFICADO.matcher(cmd.noCertificado()).matches()) {
            return rechazo(estado, MediosCodigo.NO_CERTIFICADO_INVALIDO, cmd.noCertificado());
        }
        if (!cmd.rfcCertificado().equals(p.rfc())) {
            return rechazo(estado, MediosCodigo.RFC_CERTIFICADO_NO_CORRESPONDE, cmd.rfcCertificado(), p.rfc());
        }
        if (!Acuse.isBase64(cmd.firmaBase64())) {
            return rechazo(estado, MediosCodigo.FIRMA_INVALIDA);
        }
        Acuse a = cmd.acuseSinFirma();
        Optional<String> problemaAcuse = problemaAcuseActivacion(a, p, cmd.noCertificado(), t, estado, entorno);
        if (problemaAcuse.isPresent()) {
            return rechazo(estado, MediosCodigo.ACUSE_NO_CORRESPONDE, problemaAcuse.get());
        }
        List<String> faltan = new ArrayList<>(2);
        if (estado.validados(Mecanismo.CORREO_ELECTRONICO) == 0) {
            faltan.add("un correo electrónico validado");
        }
        if (estado.validados(Mecanismo.TELEFONO_MOVIL) == 0) {
            faltan.add("un teléfono móvil validado");
        }
        if (!faltan.isEmpty()) {
            return rechazo(estado, MediosCodigo.MEDIOS_SIN_VALIDAR, String.join(" y ", faltan));
        }
        Habilitacion h = new Habilitacion(a.emitidoEn(), Habilitacion.Origen.TERMINOS_FIRMADOS,
                Optional.of(a.folio()), Optional.of(cmd.noCertificado()));
        return new Resultado.Aceptado(estado.with(estado.medios(), Optional.of(h)), a.withFirma(cmd.firmaBase64()),
                Optional.empty());
    }

    private static Optional<String> problemaAcuseActivacion(Acuse a, Particular p, String noCertificado, Instant t,
            EstadoBuzon estado, Entorno entorno) {
        if (a.tipo() != AcuseTipo.ACTIVACION_BUZON) {
            return Optional.of("es de tipo " + a.tipo());
        }
        if (a.firmaParticular().isPresent() || a.selloDigital().isPresent()) {
            return Optional.of("ya está firmado o sellado");
        }
        if (a.emitidoEn().isAfter(t)) {
            return Optional.of("su fecha es posterior a la firma");
        }
        if (!a.campo(CampoAcuse.NO_CERTIFICADO).orElse("").equals(noCertificado)) {
            return Optional.of("se preparó para otro certificado");
        }
        Acuse esperado = activacion(p, a.folio(), a.emitidoEn(), noCertificado, zona(estado, entorno));
        if (!esperado.equals(a)) {
            return Optional.of("sus datos no son los de este particular o de los términos vigentes");
        }
        return Optional.empty();
    }

    /**
     * Checks the invariants a stored state must keep at an instant (useful after loading one a host persisted):
     * per ámbito at most {@value #MAX_CORREOS} vigente e-mails, one validated and one pending mobile, no vigente
     * value twice; a Buzón habilitado by signed términos keeps a validated e-mail and mobile for its RFC.
     *
     * @param estado the state
     * @param instante the instant
     * @return the problems found, in English for developers; empty when the state is consistent
     */
    public static List<String> problemas(EstadoBuzon estado, Instant instante) {
        List<String> out = new ArrayList<>();
        Map<Ambito, List<MedioContacto>> porAmbito = new HashMap<>();
        for (MedioContacto m : estado.medios()) {
            porAmbito.computeIfAbsent(m.ambito(), k -> new ArrayList<>()).add(m);
        }
        porAmbito.forEach((ambito, medios) -> {
            long correos = medios.stream().filter(m -> m.mecanismo() == Mecanismo.CORREO_ELECTRONICO
                    && m.vigenteEn(instante)).count();
            long movilesValidados = medios.stream().filter(m -> m.mecanismo() == Mecanismo.TELEFONO_MOVIL
                    && m.estado() == EstadoMedio.VALIDADO).count();
            long movilesPendientes = medios.stream().filter(m -> m.mecanismo() == Mecanismo.TELEFONO_MOVIL
                    && m.estadoEn(instante) == EstadoMedio.PENDIENTE).count();
            if (correos > MAX_CORREOS) {
                out.add(ambito + ": " + correos + " vigente e-mails");
            }
            if (movilesValidados > 1 || movilesPendientes > 1) {
                out.add(ambito + ": " + movilesValidados + " validated and " + movilesPendientes + " pending mobiles");
            }
            List<MedioContacto> vigentes = medios.stream().filter(m -> m.vigenteEn(instante)).toList();
            for (int i = 0; i < vigentes.size(); i++) {
                for (int j = i + 1; j < vigentes.size(); j++) {
                    if (vigentes.get(i).mecanismo() == vigentes.get(j).mecanismo()
                            && vigentes.get(i).valor().equalsIgnoreCase(vigentes.get(j).valor())) {
                        out.add(ambito + ": " + vigentes.get(i).valor() + " is vigente twice");
                    }
                }
            }
        });
        if (estado.habilitacion().map(h -> h.origen() == Habilitacion.Origen.TERMINOS_FIRMADOS).orElse(false)
                && !estado.mediosRfcValidados()) {
            out.add("habilitado by signed términos without a validated e-mail and mobile for the RFC");
        }
        return out;
    }

    static Optional<String> problemaValor(Mecanismo mecanismo, String raw) {
        String v = raw.strip();
        if (mecanismo == Mecanismo.TELEFONO_MOVIL) {
            return MOVIL.matcher(v).matches() ? Optional.empty() : Optional.of("debe tener 10 dígitos");
        }
        if (v.isEmpty()) {
            return Optional.of("está vacío");
        }
        if (v.length() > MAX_LONGITUD_CORREO) {
            return Optional.of("tiene más de " + MAX_LONGITUD_CORREO + " caracteres");
        }
        int at = v.indexOf('@');
        if (at < 0 || at != v.lastIndexOf('@')) {
            return Optional.of("debe tener exactamente una @");
        }
        String local = v.substring(0, at);
        String domain = v.substring(at + 1).toLowerCase(Locale.ROOT);
        if (local.isEmpty() || local.length() > 64 || !LOCAL.matcher(local).matches()) {
            return Optional.of("la parte antes de la @ no es válida");
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2 || !TLD.matcher(labels[labels.length - 1]).matches()) {
            return Optional.of("el dominio después de la @ no es válido");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.of("el dominio después de la @ no es válido");
            }
        }
        return Optional.empty();
    }

    static String normalizarValor(Mecanismo mecanismo, String raw) {
        String v = raw.strip();
        if (mecanismo == Mecanismo.TELEFONO_MOVIL) {
            return v;
        }
        int at = v.indexOf('@');
        return at < 0 ? v : v.substring(0, at + 1) + v.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    private static Acuse acuseMedio(AcuseTipo tipo, Folio folio, Instant t, EstadoBuzon estado, MedioContacto m,
            String estatus, Entorno entorno) {
        Particular p = estado.particular();
        DatosParticular datos = m.ambito().registroPatronal().map(p::datosAcuse).orElseGet(p::datosAcuse);
        Map<String, String> campos = new LinkedHashMap<>();
        campos.put(CampoAcuse.MECANISMO, m.mecanismo().name());
        campos.put(CampoAcuse.MEDIO_CONTACTO, m.valor());
        campos.put(CampoAcuse.AMBITO, m.ambito().clave());
        campos.put(CampoAcuse.ESTATUS, estatus);
        if (tipo == AcuseTipo.VALIDACION_MEDIOS_CONTACTO) {
            campos.put(CampoAcuse.FOLIO_REGISTRO, m.folioRegistro().toString());
        }
        return Acuse.of(tipo, folio, t, zona(estado, entorno), datos, campos);
    }

    private static MedioContacto baja(MedioContacto m, Instant t) {
        return new MedioContacto(m.folioRegistro(), m.mecanismo(), m.valor(), m.ambito(), m.registradoEn(),
                EstadoMedio.ELIMINADO, Optional.empty(), m.intentosFallidos(), m.validadoEn(), m.folioValidacion(),
                Optional.of(t));
    }

    private static EstadoBuzon replace(EstadoBuzon estado, MedioContacto old, MedioContacto nuevo) {
        List<MedioContacto> medios = new ArrayList<>(estado.medios().size());
        for (MedioContacto m : estado.medios()) {
            medios.add(m == old ? nuevo : m);
        }
        return estado.with(medios, estado.habilitacion());
    }

    private static Folio nuevoFolio(AcuseTipo tipo, Instant t, Entorno entorno) {
        return Folio.next(tipo.prefijoFolio(), t.atZone(MexicanTime.ZONA_CENTRO).toLocalDate(), entorno.folios());
    }

    private static ZoneId zona(EstadoBuzon estado, Entorno entorno) {
        return estado.particular().zonaDomicilio(entorno.zonas()).zoneId();
    }

    private static String describir(Ambito ambito) {
        return ambito.isRfc() ? "el RFC" : ambito.isTodosLosRegistros() ? "todos los registros patronales"
                : "el registro patronal " + ambito;
    }

    private static String centro(Instant t) {
        return CENTRO.format(t.atZone(MexicanTime.ZONA_CENTRO)) + " (Zona Centro)";
    }

    private static Resultado rechazo(EstadoBuzon estado, MediosCodigo codigo, Object... args) {
        return new Resultado.Rechazado(Rechazo.of(codigo, args), estado);
    }
}
