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
import java.util.random.RandomGenerator;
import mx.buzon.calendar.zone.MexicanTime;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.particular.DatosParticular;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.contacto.ContactoErrorCode;
import mx.buzon.core.contacto.CorreoElectronico;
import mx.buzon.core.contacto.Telefono;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.FolioSequence;
import mx.buzon.core.id.RegistroPatronal;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.workflow.Outcome;
import mx.buzon.core.workflow.Rejection;
import mx.buzon.core.workflow.internal.Acuses;
import mx.buzon.core.workflow.internal.Steps;
import mx.buzon.problem.Finding;

/**
 * The workflow of medios de contacto and activation (Lineamientos 5.1–5.4), one method per command, each a pure
 * function of the state, the command's inputs and the instant, answering an {@link Outcome} like every other
 * workflow of the SDK ({@link mx.buzon.core.promocion.PromocionWorkflow}, ...). The host always stores
 * {@code outcome.stateToStore()}: a rejection returns the state it was given, except after a wrong validation code,
 * which counts as an attempt ({@link MediosErrorCode#MEDIOS_CODIGO_INCORRECTO}) and the last of which cancels the
 * registration ({@link MediosErrorCode#MEDIOS_INTENTOS_AGOTADOS}), because attempts must be remembered to be limited.
 *
 * <p>Rules:
 * <ul>
 * <li>5.1: per ámbito (the RFC; optionally one registro patronal or all of them) 1 to {@value #MAX_CORREOS}
 *     e-mails ({@link CorreoElectronico}) and one mobile of 10 digits ({@link Telefono}, the same rule as the
 *     telephone of a promoción). Pending (within 72 h) and validated medios count. A second mobile may be
 *     registered while one is validated: validating it replaces the old one (an actualización), so a validated
 *     mobile is always unique. Every registration, validation and removal issues an acuse with a folio.</li>
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
 * <p>Folios come from the host's {@link FolioSequence} (prefix {@link Folio#BUZON_PREFIX}, Zona Centro date), drawn
 * only once a command is accepted. Thread-safe when the sequence and the random source are
 * ({@link java.security.SecureRandom} is).
 */
public final class MediosContactoWorkflow {

    /** Lineamientos 5.1: "hasta cinco" e-mails per ámbito. */
    public static final int MAX_CORREOS = 5;
    /** Wrong codes allowed per registration; the last one cancels it (an SDK choice: the Lineamientos set none). */
    public static final int MAX_INTENTOS_VALIDACION = 3;

    private static final String ESTATUS_EN_PROCESO = "En proceso";
    private static final String ESTATUS_VALIDADO = "Validado";
    private static final String ESTATUS_BAJA = "Baja";
    private static final DateTimeFormatter CENTRO = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.ROOT);

    private final PostalCodeZones zonas;
    private final FolioSequence folios;
    private final RandomGenerator aleatorio;
    private final ClaveCodigos claveCodigos;

    private MediosContactoWorkflow(PostalCodeZones zonas, FolioSequence folios, RandomGenerator aleatorio,
            ClaveCodigos claveCodigos) {
        this.zonas = zonas;
        this.folios = folios;
        this.aleatorio = aleatorio;
        this.claveCodigos = claveCodigos;
    }

    /**
     * A workflow over the world the host gives it.
     *
     * @param zonas the postal-code table giving the domicile zone of the acuses (5.8), usually
     *     {@link PostalCodeZones#reference()}
     * @param folios the host's unique sequence; a number is taken only when a command is accepted
     * @param aleatorio the source of validation codes: a {@link java.security.SecureRandom} in production, a
     *     seeded generator only in tests
     * @param claveCodigos the host's secret key for stored validation codes, the same across restarts (kept in the
     *     host's secret store, never in the state)
     * @return the workflow
     */
    public static MediosContactoWorkflow of(PostalCodeZones zonas, FolioSequence folios, RandomGenerator aleatorio,
            ClaveCodigos claveCodigos) {
        return new MediosContactoWorkflow(Objects.requireNonNull(zonas, "zonas"),
                Objects.requireNonNull(folios, "folios"), Objects.requireNonNull(aleatorio, "aleatorio"),
                Objects.requireNonNull(claveCodigos, "claveCodigos"));
    }

    /**
     * Registers an e-mail or the mobile (5.1): the medio is pending, its acuse is issued (Estatus "En proceso")
     * and a code is drawn that the host must send to it.
     *
     * @param estado the Buzón's current state
     * @param mecanismo e-mail or mobile
     * @param valor as typed, e.g. {@code " Erika@Example.COM "} or {@code "55 1234 5678"}
     * @param ambito the RFC, one registro patronal or all of them
     * @param el when (the host's clock)
     * @return the registration: its outcome and, when accepted, the medio just registered and the code to send
     * @throws mx.buzon.calendar.CalendarException when the particular's postal code identifies no state, or is an
     *     unlisted code between zones with different offsets ({@code CP_ZONA_AMBIGUA}), so the domicile's zone
     *     cannot be known: check particulars with {@link Particular#zonaDomicilio} when created
     */
    public Registro registrar(EstadoBuzon estado, Mecanismo mecanismo, String valor, Ambito ambito, Instant el) {
        Objects.requireNonNull(estado, "estado");
        Objects.requireNonNull(mecanismo, "mecanismo");
        Objects.requireNonNull(valor, "valor");
        Objects.requireNonNull(ambito, "ambito");
        Objects.requireNonNull(el, "el");
        Particular p = estado.particular();
        Optional<Finding> formato = mecanismo == Mecanismo.CORREO_ELECTRONICO ? CorreoElectronico.findProblem(valor)
                : Telefono.findProblem(valor);
        if (formato.isPresent()) {
            ContactoErrorCode code = mecanismo == Mecanismo.CORREO_ELECTRONICO ? ContactoErrorCode.CORREO_FORMATO_INVALIDO
                    : ContactoErrorCode.TELEFONO_FORMATO_INVALIDO;
            return Registro.rechazado(estado, Rejection.from(code, formato.get()));
        }
        Optional<RegistroPatronal> rp = ambito.registroPatronal();
        if (rp.isPresent() && !p.tieneRegistro(rp.get())) {
            return Registro.rechazado(estado, rejection(MediosErrorCode.MEDIOS_REGISTRO_PATRONAL_AJENO, rp.get(), p.rfc()));
        }
        if (ambito.isTodosLosRegistros() && p.registrosPatronales().isEmpty()) {
            return Registro.rechazado(estado, rejection(MediosErrorCode.MEDIOS_SIN_REGISTROS_PATRONALES, p.rfc()));
        }
        String normal = canonical(mecanismo, valor).orElseThrow();
        List<MedioContacto> vigentes = estado.vigentes(ambito, el);
        for (MedioContacto m : vigentes) {
            if (m.mecanismo() == mecanismo && m.valor().equalsIgnoreCase(normal)) {
                return Registro.rechazado(estado, Rejection.of(MediosErrorCode.MEDIOS_DUPLICADO, normal, normal,
                        describir(ambito), m.folioRegistro()));
            }
        }
        if (mecanismo == Mecanismo.CORREO_ELECTRONICO) {
            long correos = vigentes.stream().filter(m -> m.mecanismo() == Mecanismo.CORREO_ELECTRONICO).count();
            if (correos >= MAX_CORREOS) {
                return Registro.rechazado(estado, Rejection.of(MediosErrorCode.MEDIOS_CORREOS_MAXIMO, null, correos,
                        describir(ambito)));
            }
        } else {
            Optional<MedioContacto> pendiente = vigentes.stream()
                    .filter(m -> m.mecanismo() == Mecanismo.TELEFONO_MOVIL && m.estado() == EstadoMedio.PENDIENTE)
                    .findFirst();
            if (pendiente.isPresent()) {
                return Registro.rechazado(estado, Rejection.of(MediosErrorCode.MEDIOS_TELEFONO_PENDIENTE, null,
                        describir(ambito), pendiente.get().folioRegistro()));
            }
        }
        Folio folio = Steps.nextFolio(folios, el);
        CodigoValidacion codigo = CodigoValidacion.generate(aleatorio);
        MedioContacto medio = new MedioContacto(folio, mecanismo, normal, ambito, el, EstadoMedio.PENDIENTE,
                Optional.of(codigo.digest(folio, claveCodigos)), 0, Optional.empty(), Optional.empty(),
                Optional.empty());
        List<MedioContacto> medios = new ArrayList<>(estado.medios());
        medios.add(medio);
        Acuse acuse = acuseMedio(AcuseTipo.REGISTRO_MEDIOS_CONTACTO, folio, el, estado, medio, ESTATUS_EN_PROCESO);
        return Registro.aceptado(estado.with(medios, estado.habilitacion()), acuse, medio, codigo);
    }

    /**
     * Confirms a registered medio with its code within 72 hours (5.2). A wrong code is counted in the state
     * returned with the rejection; the {@value #MAX_INTENTOS_VALIDACION}rd cancels the registration.
     *
     * @param estado the Buzón's current state
     * @param folioRegistro the folio of the medio's registration acuse ({@link Registro#medio()})
     * @param codigo the code as typed (never logged, never in a message)
     * @param el when
     * @return the new state with the acuse de validación (Estatus "Validado"), or the rejection with the state to
     *     store
     */
    public Outcome<EstadoBuzon> validar(EstadoBuzon estado, Folio folioRegistro, String codigo, Instant el) {
        Objects.requireNonNull(estado, "estado");
        Objects.requireNonNull(folioRegistro, "folioRegistro");
        Objects.requireNonNull(codigo, "codigo");
        Objects.requireNonNull(el, "el");
        Optional<MedioContacto> found = estado.medio(folioRegistro);
        if (found.isEmpty()) {
            return Outcome.rejected(estado, rejection(MediosErrorCode.MEDIOS_NO_ENCONTRADO, folioRegistro));
        }
        MedioContacto m = found.get();
        Optional<Rejection> order = Steps.notBefore(el, m.registradoEn(), MediosErrorCode.MEDIOS_INSTANTE_ANTERIOR);
        if (order.isPresent()) {
            return Outcome.rejected(estado, order.get());
        }
        EstadoMedio actual = m.estadoEn(el);
        if (actual == EstadoMedio.CANCELADO_POR_VENCIMIENTO) {
            return Outcome.rejected(estado, rejection(MediosErrorCode.MEDIOS_VALIDACION_VENCIDA, m.folioRegistro(),
                    centro(m.venceEn())));
        }
        if (actual != EstadoMedio.PENDIENTE) {
            return Outcome.rejected(estado, rejection(MediosErrorCode.MEDIOS_NO_PENDIENTE, m.folioRegistro(), actual));
        }
        if (!CodigoValidacion.isValid(codigo)) {
            return Outcome.rejected(estado, Rejection.of(MediosErrorCode.MEDIOS_CODIGO_FORMATO_INVALIDO, null));
        }
        Sha256 stored = m.codigoDigest().orElseThrow();
        if (!CodigoValidacion.of(codigo).coincide(m.folioRegistro(), stored, claveCodigos)) {
            int intentos = m.intentosFallidos() + 1;
            if (intentos >= MAX_INTENTOS_VALIDACION) {
                MedioContacto cancelado = new MedioContacto(m.folioRegistro(), m.mecanismo(), m.valor(), m.ambito(),
                        m.registradoEn(), EstadoMedio.CANCELADO_POR_INTENTOS, Optional.empty(), intentos,
                        Optional.empty(), Optional.empty(), Optional.of(el));
                return Outcome.rejected(replace(estado, m, cancelado), Rejection.of(MediosErrorCode.MEDIOS_INTENTOS_AGOTADOS,
                        m.folioRegistro().toString(), MAX_INTENTOS_VALIDACION, m.folioRegistro()));
            }
            MedioContacto contado = new MedioContacto(m.folioRegistro(), m.mecanismo(), m.valor(), m.ambito(),
                    m.registradoEn(), m.estado(), m.codigoDigest(), intentos, Optional.empty(), Optional.empty(),
                    Optional.empty());
            return Outcome.rejected(replace(estado, m, contado), Rejection.of(MediosErrorCode.MEDIOS_CODIGO_INCORRECTO, null,
                    MAX_INTENTOS_VALIDACION - intentos));
        }
        Folio folio = Steps.nextFolio(folios, el);
        MedioContacto validado = new MedioContacto(m.folioRegistro(), m.mecanismo(), m.valor(), m.ambito(),
                m.registradoEn(), EstadoMedio.VALIDADO, Optional.empty(), m.intentosFallidos(), Optional.of(el),
                Optional.of(folio), Optional.empty());
        List<MedioContacto> medios = new ArrayList<>();
        for (MedioContacto other : estado.medios()) {
            if (other == m) {
                medios.add(validado);
            } else if (m.mecanismo() == Mecanismo.TELEFONO_MOVIL && other.mecanismo() == Mecanismo.TELEFONO_MOVIL
                    && other.ambito().equals(m.ambito()) && other.estado() == EstadoMedio.VALIDADO) {
                medios.add(baja(other, el)); // 5.1: one mobile; the newly validated one replaces it
            } else {
                medios.add(other);
            }
        }
        Acuse acuse = acuseMedio(AcuseTipo.VALIDACION_MEDIOS_CONTACTO, folio, el, estado, validado, ESTATUS_VALIDADO);
        return Outcome.accepted(estado.with(medios, estado.habilitacion()), acuse);
    }

    /**
     * Removes a medio (its "Fecha de Baja"); the acuse is an actualización with Estatus "Baja".
     *
     * @param estado the Buzón's current state
     * @param folioRegistro the folio of the medio's registration acuse
     * @param el when
     * @return the new state with the acuse, or the rejection (state unchanged)
     */
    public Outcome<EstadoBuzon> eliminar(EstadoBuzon estado, Folio folioRegistro, Instant el) {
        Objects.requireNonNull(estado, "estado");
        Objects.requireNonNull(folioRegistro, "folioRegistro");
        Objects.requireNonNull(el, "el");
        Optional<MedioContacto> found = estado.medio(folioRegistro);
        if (found.isEmpty()) {
            return Outcome.rejected(estado, rejection(MediosErrorCode.MEDIOS_NO_ENCONTRADO, folioRegistro));
        }
        MedioContacto m = found.get();
        Optional<Rejection> order = Steps.notBefore(el, m.registradoEn(), MediosErrorCode.MEDIOS_INSTANTE_ANTERIOR);
        if (order.isPresent()) {
            return Outcome.rejected(estado, order.get());
        }
        EstadoMedio actual = m.estadoEn(el);
        if (!actual.vigente()) {
            return Outcome.rejected(estado, rejection(MediosErrorCode.MEDIOS_NO_VIGENTE, m.folioRegistro(), actual));
        }
        if (estado.habilitado() && m.ambito().isRfc() && m.estado() == EstadoMedio.VALIDADO
                && estado.validados(m.mecanismo()) <= 1) {
            return Outcome.rejected(estado, Rejection.of(MediosErrorCode.MEDIOS_REQUERIDO, m.folioRegistro().toString(),
                    m.mecanismo().spanish().toLowerCase(Locale.ROOT), m.folioRegistro()));
        }
        Folio folio = Steps.nextFolio(folios, el);
        MedioContacto eliminado = baja(m, el);
        Acuse acuse = acuseMedio(AcuseTipo.REGISTRO_MEDIOS_CONTACTO, folio, el, estado, eliminado, ESTATUS_BAJA);
        return Outcome.accepted(replace(estado, m, eliminado), acuse);
    }

    /**
     * The unsigned activation acuse whose cadena original the particular signs with the e.firma (5.3). Taking
     * it issues a folio but changes no state; {@link #firmarTerminos} then carries it back signed.
     *
     * @param estado the Buzón's state
     * @param noCertificado the número of the certificate that will sign (in the SAT's 20-digit form)
     * @param el when the acuse is issued
     * @return the acuse {@link AcuseTipo#ACTIVACION_BUZON}, with {@code Terminos_SHA256} the digest of
     *     {@link AcuseTipo#textoLegal()}
     * @throws IllegalArgumentException when the número is not in the SAT's 20-digit form
     */
    public Acuse acuseParaFirmar(EstadoBuzon estado, NumeroCertificado noCertificado, Instant el) {
        Objects.requireNonNull(estado, "estado");
        Acuses.requireSatForm(noCertificado);
        Objects.requireNonNull(el, "el");
        return activacion(estado.particular(), Steps.nextFolio(folios, el), el, noCertificado, zona(estado));
    }

    /**
     * Signs the términos y condiciones with the e.firma and habilitates the Buzón (5.3). The host first asks
     * {@link #acuseParaFirmar} for the unsigned activation acuse, has buzon-crypto sign its cadena original with
     * the particular's e.firma (and checks that signature against the certificate), then calls this.
     *
     * @param estado the Buzón's current state
     * @param acuseSinFirma the acuse returned by {@link #acuseParaFirmar}; it is rebuilt and compared, so a
     *     tampered or foreign acuse is refused
     * @param firmaBase64 Base64 of SHA256withRSA over the acuse's cadena original
     * @param rfcCertificado the RFC in the e.firma's certificate (must be the particular's)
     * @param noCertificado the certificate's número (in the SAT's 20-digit form)
     * @param el when
     * @return the habilitado state with the activation acuse carrying the firma, or the rejection (state
     *     unchanged)
     * @throws IllegalArgumentException when the número is not in the SAT's 20-digit form
     */
    public Outcome<EstadoBuzon> firmarTerminos(EstadoBuzon estado, Acuse acuseSinFirma, String firmaBase64,
            Rfc rfcCertificado, NumeroCertificado noCertificado, Instant el) {
        Objects.requireNonNull(estado, "estado");
        Objects.requireNonNull(acuseSinFirma, "acuseSinFirma");
        Objects.requireNonNull(firmaBase64, "firmaBase64");
        Objects.requireNonNull(rfcCertificado, "rfcCertificado");
        Acuses.requireSatForm(noCertificado);
        Objects.requireNonNull(el, "el");
        Particular p = estado.particular();
        if (estado.habilitacion().isPresent()) {
            return Outcome.rejected(estado, rejection(MediosErrorCode.MEDIOS_BUZON_YA_HABILITADO, p.rfc(),
                    centro(estado.habilitacion().get().habilitadoEn())));
        }
        if (!rfcCertificado.equals(p.rfc())) {
            return Outcome.rejected(estado, rejection(MediosErrorCode.MEDIOS_RFC_CERTIFICADO_NO_CORRESPONDE, rfcCertificado,
                    p.rfc()));
        }
        if (!Acuse.isBase64(firmaBase64)) {
            return Outcome.rejected(estado, Rejection.of(MediosErrorCode.MEDIOS_FIRMA_INVALIDA, null));
        }
        Optional<String> problemaAcuse = problemaAcuseActivacion(acuseSinFirma, p, noCertificado, el, estado);
        if (problemaAcuse.isPresent()) {
            return Outcome.rejected(estado, Rejection.of(MediosErrorCode.MEDIOS_ACUSE_NO_CORRESPONDE,
                    acuseSinFirma.folio().toString(), problemaAcuse.get()));
        }
        List<String> faltan = new ArrayList<>(2);
        if (estado.validados(Mecanismo.CORREO_ELECTRONICO) == 0) {
            faltan.add("un correo electrónico validado");
        }
        if (estado.validados(Mecanismo.TELEFONO_MOVIL) == 0) {
            faltan.add("un teléfono móvil validado");
        }
        if (!faltan.isEmpty()) {
            return Outcome.rejected(estado, Rejection.of(MediosErrorCode.MEDIOS_SIN_VALIDAR, null,
                    String.join(" y ", faltan)));
        }
        Habilitacion h = new Habilitacion(acuseSinFirma.emitidoEn(), Habilitacion.Origen.TERMINOS_FIRMADOS,
                Optional.of(acuseSinFirma.folio()), Optional.of(noCertificado));
        return Outcome.accepted(estado.with(estado.medios(), Optional.of(h)), acuseSinFirma.withFirma(firmaBase64));
    }

    /**
     * Checks the invariants a stored state must keep at an instant (useful after loading one a host persisted):
     * per ámbito at most {@value #MAX_CORREOS} vigente e-mails, one validated and one pending mobile, no vigente
     * value twice; a Buzón habilitado by signed términos keeps a validated e-mail and mobile for its RFC.
     *
     * @param estado the state
     * @param instante the instant
     * @return the violations found, in English for developers; empty when the state is consistent
     */
    public static List<String> invariantViolations(EstadoBuzon estado, Instant instante) {
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

    /**
     * The canonical text of a medio's value, as the state stores it.
     *
     * @return the normal form, or empty when the value is not one of its mecanismo
     */
    static Optional<String> canonical(Mecanismo mecanismo, String valor) {
        if (mecanismo == Mecanismo.CORREO_ELECTRONICO) {
            return CorreoElectronico.isValid(valor) ? Optional.of(CorreoElectronico.parse(valor).toString())
                    : Optional.empty();
        }
        return Telefono.isValid(valor) ? Optional.of(Telefono.parse(valor).toString()) : Optional.empty();
    }

    private Acuse activacion(Particular particular, Folio folio, Instant instante, NumeroCertificado noCertificado,
            ZoneId zona) {
        Map<String, String> campos = new LinkedHashMap<>();
        campos.put(CampoAcuse.NO_CERTIFICADO, noCertificado.toString());
        campos.put(CampoAcuse.TERMINOS_SHA256, Sha256.digestUtf8(AcuseTipo.ACTIVACION_BUZON.textoLegal()).toString());
        return Acuses.emitir(AcuseTipo.ACTIVACION_BUZON, folio, instante, zona, particular, campos);
    }

    private Optional<String> problemaAcuseActivacion(Acuse a, Particular p, NumeroCertificado noCertificado, Instant t,
            EstadoBuzon estado) {
        if (a.tipo() != AcuseTipo.ACTIVACION_BUZON) {
            return Optional.of("es de tipo " + a.tipo());
        }
        if (a.firmaParticular().isPresent() || a.selloDigital().isPresent()) {
            return Optional.of("ya está firmado o sellado");
        }
        if (a.emitidoEn().isAfter(t)) {
            return Optional.of("su fecha es posterior a la firma");
        }
        if (!a.noCertificado().equals(Optional.of(noCertificado))) {
            return Optional.of("se preparó para otro certificado");
        }
        Acuse esperado = activacion(p, a.folio(), a.emitidoEn(), noCertificado, zona(estado));
        if (!esperado.equals(a)) {
            return Optional.of("sus datos no son los de este particular o de los términos vigentes");
        }
        return Optional.empty();
    }

    private Acuse acuseMedio(AcuseTipo tipo, Folio folio, Instant t, EstadoBuzon estado, MedioContacto m,
            String estatus) {
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
        return Acuse.of(tipo, folio, t, zona(estado), datos, campos);
    }

    private ZoneId zona(EstadoBuzon estado) {
        return Acuses.zonaDomicilio(estado.particular(), zonas);
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

    private static String describir(Ambito ambito) {
        return ambito.isRfc() ? "el RFC" : ambito.isTodosLosRegistros() ? "todos los registros patronales"
                : "el registro patronal " + ambito;
    }

    private static String centro(Instant t) {
        return CENTRO.format(t.atZone(MexicanTime.ZONA_CENTRO)) + " (Zona Centro)";
    }

    /** A rejection whose offending value is its first placeholder. */
    private static Rejection rejection(MediosErrorCode code, Object first, Object... rest) {
        Object[] args = new Object[rest.length + 1];
        args[0] = first;
        System.arraycopy(rest, 0, args, 1, rest.length);
        return Rejection.of(code, first.toString(), args);
    }

    /** @return the world, without the key, which is never shown */
    @Override
    public String toString() {
        return "MediosContactoWorkflow[zonas=" + zonas + ", folios=" + folios + ", claveCodigos=" + claveCodigos + "]";
    }
}
