package mx.buzon.core.servicios32d;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.core.particular.DatosParticular;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.FolioSequence;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.workflow.Outcome;
import mx.buzon.core.workflow.Rejection;
import mx.buzon.core.workflow.internal.Acuses;
import mx.buzon.core.workflow.internal.Steps;

/**
 * The 32-D services of the Buzón IMSS (relación de trámites 9.1 and 9.3; Guía 32D Autorización de Opinión
 * Pública, Guía 32-D): authorize and cancel third parties who may consult the opinión del cumplimiento, and
 * authorize and cancel making it public. Each accepted command yields its acuse (autorización / cancelación de
 * terceros; autorización / cancelación para hacer pública la opinión), signed by the particular.
 *
 * <h2>Rules</h2>
 * <ul>
 * <li>A third party is authorized at most once ({@link Servicios32DErrorCode#SERVICIO_32D_TERCERO_YA_AUTORIZADO}); only an
 *     authorized one can be cancelled ({@link Servicios32DErrorCode#SERVICIO_32D_TERCERO_NO_AUTORIZADO}).</li>
 * <li>A particular cannot authorize their own RFC: 9.1 speaks of "Terceros interesados" and the particular
 *     consults their own opinion through 9.4, "32D Consultar Mi Opinión" (the SDK's reading; the IMSS guides do not
 *     say it in so many words). Generic RFCs (público en general, extranjero) identify nobody and are refused.</li>
 * <li>The opinión pública is authorized when not authorized and cancelled when authorized; repeating either is
 *     refused (the seed's form offers only the opposite action).</li>
 * <li>A command dated before the last movement is refused.</li>
 * </ul>
 * Folios come from the host's {@link FolioSequence} (prefix {@link Folio#BUZON_PREFIX}, Zona Centro date), drawn
 * only when a command is accepted. Thread-safe if the sequence is.
 */
public final class Servicios32DWorkflow {

    private final PostalCodeZones zonas;
    private final FolioSequence folios;

    private Servicios32DWorkflow(PostalCodeZones zonas, FolioSequence folios) {
        this.zonas = zonas;
        this.folios = folios;
    }

    /**
     * A workflow over the postal-code zones and a folio sequence.
     *
     * @param zonas the postal-code table giving the domicile zone printed on the acuses (5.8), e.g.
     *     {@link PostalCodeZones#reference()}
     * @param folios the host's source of unique folio numbers
     * @return the workflow
     */
    public static Servicios32DWorkflow of(PostalCodeZones zonas, FolioSequence folios) {
        return new Servicios32DWorkflow(Objects.requireNonNull(zonas, "zonas"), Objects.requireNonNull(folios, "folios"));
    }

    /**
     * Authorizes a third party to consult the opinión del cumplimiento (relación de trámites 9.1).
     *
     * @param estado the current authorizations
     * @param tercero the third party's RFC, e.g. {@code COSC8001137NA}
     * @param noCertificado the número de certificado of the e.firma that signs (SAT's 20 digits)
     * @param el the instant the particular signs
     * @return the new state with the acuse de autorización de terceros, or the rejection
     * @throws IllegalArgumentException if {@code noCertificado} is not in the SAT's 20-digit form
     */
    public Outcome<TercerosAutorizados> autorizarTercero(TercerosAutorizados estado, Rfc tercero, NumeroCertificado noCertificado,
            Instant el) {
        return autorizarTercero(estado, tercero, Optional.empty(), noCertificado, el);
    }

    /**
     * Authorizes a third party named in the acuse (relación de trámites 9.1): as
     * {@link #autorizarTercero(TercerosAutorizados, Rfc, NumeroCertificado, Instant)}, and the acuse also carries the third
     * party's name ({@code NombreTercero}), printed beside its RFC.
     *
     * @param estado the current authorizations
     * @param tercero the third party's RFC and name, e.g. {@code COSC8001137NA}, {@code "CARLOS CORTÉS SOTO"}
     * @param noCertificado the número de certificado of the e.firma that signs (SAT's 20 digits)
     * @param el the instant the particular signs
     * @return the new state with the acuse de autorización de terceros, or the rejection
     * @throws IllegalArgumentException if {@code noCertificado} is not 20 digits
     */
    public Outcome<TercerosAutorizados> autorizarTercero(TercerosAutorizados estado, DatosParticular tercero,
            NumeroCertificado noCertificado, Instant el) {
        Objects.requireNonNull(tercero, "tercero");
        return autorizarTercero(estado, tercero.rfc(), Optional.of(tercero.nombre()), noCertificado, el);
    }

    private Outcome<TercerosAutorizados> autorizarTercero(TercerosAutorizados estado, Rfc tercero,
            Optional<String> nombre, NumeroCertificado noCertificado, Instant el) {
        Objects.requireNonNull(estado, "estado");
        Acuses.requireSatForm(noCertificado);
        Objects.requireNonNull(tercero, "tercero");
        Objects.requireNonNull(el, "el");
        Optional<Rejection> problem = checkInstant(estado.ultimoMovimientoEl(), el);
        if (problem.isEmpty() && tercero.equals(estado.particular().rfc())) {
            problem = Optional.of(Rejection.of(Servicios32DErrorCode.SERVICIO_32D_TERCERO_ES_EL_PARTICULAR, tercero.toString(),
                    tercero));
        }
        if (problem.isEmpty() && tercero.isGeneric()) {
            problem = Optional.of(Rejection.of(Servicios32DErrorCode.SERVICIO_32D_TERCERO_RFC_GENERICO, tercero.toString(), tercero));
        }
        if (problem.isEmpty()) {
            problem = estado.autorizacion(tercero).map(a -> Rejection.of(Servicios32DErrorCode.SERVICIO_32D_TERCERO_YA_AUTORIZADO,
                    tercero.toString(), tercero, a.autorizadaEl()));
        }
        if (problem.isPresent()) {
            return Outcome.rejected(estado, problem.get());
        }
        Folio folio = nextFolio(el);
        TercerosAutorizados next = estado.with(new AutorizacionTercero(tercero, el, folio));
        return Outcome.accepted(next, acuses().autorizacionTercero(next, tercero, nombre, folio, el, noCertificado));
    }

    /**
     * Cancels the authorization of a third party (relación de trámites 9.1, "o cancelación de la autorización
     * otorgada").
     *
     * @param estado the current authorizations
     * @param tercero the third party's RFC
     * @param noCertificado the número de certificado of the e.firma that signs (SAT's 20 digits)
     * @param el the instant the particular signs
     * @return the new state with the acuse de cancelación, or the rejection
     * @throws IllegalArgumentException if {@code noCertificado} is not in the SAT's 20-digit form
     */
    public Outcome<TercerosAutorizados> cancelarTercero(TercerosAutorizados estado, Rfc tercero, NumeroCertificado noCertificado,
            Instant el) {
        return cancelarTercero(estado, tercero, Optional.empty(), noCertificado, el);
    }

    /**
     * Cancels the authorization of a third party named in the acuse: as
     * {@link #cancelarTercero(TercerosAutorizados, Rfc, NumeroCertificado, Instant)}, and the acuse also carries the third
     * party's name ({@code NombreTercero}).
     *
     * @param estado the current authorizations
     * @param tercero the third party's RFC and name
     * @param noCertificado the número de certificado of the e.firma that signs (SAT's 20 digits)
     * @param el the instant the particular signs
     * @return the new state with the acuse de cancelación, or the rejection
     * @throws IllegalArgumentException if {@code noCertificado} is not 20 digits
     */
    public Outcome<TercerosAutorizados> cancelarTercero(TercerosAutorizados estado, DatosParticular tercero,
            NumeroCertificado noCertificado, Instant el) {
        Objects.requireNonNull(tercero, "tercero");
        return cancelarTercero(estado, tercero.rfc(), Optional.of(tercero.nombre()), noCertificado, el);
    }

    private Outcome<TercerosAutorizados> cancelarTercero(TercerosAutorizados estado, Rfc tercero,
            Optional<String> nombre, NumeroCertificado noCertificado, Instant el) {
        Objects.requireNonNull(estado, "estado");
        Acuses.requireSatForm(noCertificado);
        Objects.requireNonNull(tercero, "tercero");
        Objects.requireNonNull(el, "el");
        Optional<Rejection> problem = checkInstant(estado.ultimoMovimientoEl(), el);
        if (problem.isEmpty() && estado.autorizacion(tercero).isEmpty()) {
            problem = Optional.of(Rejection.of(Servicios32DErrorCode.SERVICIO_32D_TERCERO_NO_AUTORIZADO, tercero.toString(), tercero));
        }
        if (problem.isPresent()) {
            return Outcome.rejected(estado, problem.get());
        }
        Folio folio = nextFolio(el);
        AutorizacionTercero cancelled = estado.autorizacion(tercero).orElseThrow();
        TercerosAutorizados next = estado.without(tercero, el);
        return Outcome.accepted(next, acuses().cancelacionTercero(next, cancelled, nombre, folio, el, noCertificado));
    }

    /**
     * Authorizes the IMSS to make the opinión del cumplimiento public (relación de trámites 9.3; Guía 32-D, IV).
     *
     * @param estado the current state
     * @param noCertificado the número de certificado of the e.firma that signs (SAT's 20 digits)
     * @param el the instant the particular signs
     * @return the new state with the acuse de autorización, or the rejection
     * @throws IllegalArgumentException if {@code noCertificado} is not in the SAT's 20-digit form
     */
    public Outcome<AutorizacionOpinionPublica> autorizarOpinionPublica(AutorizacionOpinionPublica estado,
            NumeroCertificado noCertificado, Instant el) {
        Objects.requireNonNull(estado, "estado");
        Acuses.requireSatForm(noCertificado);
        Objects.requireNonNull(el, "el");
        Optional<Rejection> problem = checkInstant(estado.ultimoMovimientoEl(), el);
        if (problem.isEmpty() && estado.isPublica()) {
            problem = Optional.of(Rejection.of(Servicios32DErrorCode.SERVICIO_32D_OPINION_PUBLICA_YA_AUTORIZADA,
                    estado.autorizadaEl().get().toString(), estado.autorizadaEl().get()));
        }
        if (problem.isPresent()) {
            return Outcome.rejected(estado, problem.get());
        }
        Folio folio = nextFolio(el);
        AutorizacionOpinionPublica next = new AutorizacionOpinionPublica(estado.particular(), Optional.of(el),
                Optional.of(folio), Optional.of(el));
        return Outcome.accepted(next, acuses().autorizacionOpinionPublica(next, folio, el, noCertificado));
    }

    /**
     * Cancels the authorization to make the opinión del cumplimiento public (relación de trámites 9.3; Guía 32-D, V).
     *
     * @param estado the current state
     * @param noCertificado the número de certificado of the e.firma that signs (SAT's 20 digits)
     * @param el the instant the particular signs
     * @return the new state with the acuse de cancelación, or the rejection
     * @throws IllegalArgumentException if {@code noCertificado} is not in the SAT's 20-digit form
     */
    public Outcome<AutorizacionOpinionPublica> cancelarOpinionPublica(AutorizacionOpinionPublica estado,
            NumeroCertificado noCertificado, Instant el) {
        Objects.requireNonNull(estado, "estado");
        Acuses.requireSatForm(noCertificado);
        Objects.requireNonNull(el, "el");
        Optional<Rejection> problem = checkInstant(estado.ultimoMovimientoEl(), el);
        if (problem.isEmpty() && !estado.isPublica()) {
            problem = Optional.of(Rejection.of(Servicios32DErrorCode.SERVICIO_32D_OPINION_PUBLICA_NO_AUTORIZADA, null));
        }
        if (problem.isPresent()) {
            return Outcome.rejected(estado, problem.get());
        }
        Folio folio = nextFolio(el);
        AutorizacionOpinionPublica next = new AutorizacionOpinionPublica(estado.particular(), Optional.empty(),
                Optional.empty(), Optional.of(el));
        return Outcome.accepted(next, acuses().cancelacionOpinionPublica(next, estado.folioAcuse().orElseThrow(),
                folio, el, noCertificado));
    }

    private static Optional<Rejection> checkInstant(Optional<Instant> last, Instant el) {
        return last.flatMap(l -> Steps.notBefore(el, l, Servicios32DErrorCode.SERVICIO_32D_INSTANTE_ANTERIOR));
    }

    private Servicios32DAcuses acuses() {
        return new Servicios32DAcuses(zonas);
    }

    private Folio nextFolio(Instant el) {
        return Steps.nextFolio(folios, el);
    }

    @Override
    public String toString() {
        return "Servicios32DWorkflow";
    }
}
