package mx.buzon.core.promocion;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.calendar.plazo.ActuacionTiming;
import mx.buzon.calendar.plazo.BuzonPlazos;
import mx.buzon.calendar.zone.MexicanTime;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.catalog.AsuntoPromocion;
import mx.buzon.core.contacto.ContactoErrorCode;
import mx.buzon.core.contacto.Telefono;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.FolioSequence;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.workflow.Outcome;
import mx.buzon.core.workflow.Rejection;
import mx.buzon.core.workflow.internal.Acuses;
import mx.buzon.core.workflow.internal.Steps;
import mx.buzon.problem.Finding;

/**
 * The promociones electrónicas workflow (Guía de Promociones Electrónicas; Lineamientos 5.8, 6.1, 6.3):
 * file an aclaración or orientación, then the IMSS answers it, extends it or canalizes it, each step with its
 * acuse. Pure functions: state + command + instant (+ the calendar held by {@link BuzonPlazos}) → new state and
 * acuse, or a {@link Rejection}.
 *
 * <h2>Filing ({@link #presentar})</h2>
 * <ul>
 * <li>Description: NFC-normalised, not blank, at most {@value #DESCRIPCION_MAX_CODE_POINTS} Unicode code points
 *     (the guide says "menor a 4,000 caracteres, incluyendo espacios y signos de puntuación"; the SDK reads it as
 *     at most 4,000; code points, so an emoji or an accented letter counts as one character whatever its UTF-16
 *     length or decomposition). No control character except tab, CR and LF; no broken surrogate. It enters the
 *     cadena as the SHA-256 of the UTF-8 bytes of the stored (NFC) text, {@link Promocion#descripcion()}
 *     (docs/LEGAL.md §5), so a verifier digests exactly what the host keeps.</li>
 * <li>Aclaración: a 10-digit telephone ({@link Telefono}, the same rule as the mobile of the medios de contacto) and a {@code .zip} that passes {@link
 *     mx.buzon.core.evidence.ZipInspector} with the limits of {@link mx.buzon.core.evidence.ZipLimits#EVIDENCIA_ACLARACION}
 *     (smaller than 10 MB, really a ZIP, no bomb, no path traversal); its SHA-256 enters the cadena. Orientación:
 *     both optional, but checked the same way when given.</li>
 * <li>Every problem found is reported in one rejection (the first is the main code).</li>
 * <li>Received at: Lineamientos 6.3 with 5.8 through {@link BuzonPlazos#actuacion}; the acuse's instant is the
 *     filing instant (6.1) and its folio is the promoción's folio.</li>
 * </ul>
 *
 * <h2>Movements</h2>
 * Recibida, En prórroga and Canalizada accept: a response (→ Atendida, acuse de respuesta; the text enters the
 * cadena as its SHA-256), a prórroga (→ En prórroga with a new response date, acuse de prórroga) and a
 * canalización (→ Canalizada with a different asunto and a new date, acuse de canalización). Atendida is final.
 * A new date must be a día hábil, after the movement's day (Zona Centro) and after the current response date. A
 * movement dated before the previous one is refused. Every accepted command yields exactly one acuse; a refused
 * one changes nothing.
 *
 * <p>Folios come from the host's {@link FolioSequence} with prefix {@link Folio#BUZON_PREFIX} and the Zona Centro
 * date of the step, drawn only once a command is accepted. Thread-safe if the sequence is.
 */
public final class PromocionWorkflow {

    /** The maximum length of a description, in Unicode code points after NFC normalisation: 4,000. */
    public static final int DESCRIPCION_MAX_CODE_POINTS = 4_000;

    private final BuzonPlazos plazos;
    private final PostalCodeZones zonas;
    private final FolioSequence folios;

    private PromocionWorkflow(BuzonPlazos plazos, PostalCodeZones zonas, FolioSequence folios) {
        this.plazos = plazos;
        this.zonas = zonas;
        this.folios = folios;
    }

    /**
     * A workflow over a calendar, the postal-code zones and a folio sequence.
     *
     * @param plazos the timing rules with the calendar, e.g. {@code BuzonPlazos.of(ReferenceCalendars.imss())}
     * @param zonas the postal-code table giving the domicile zone (5.8), e.g. {@link PostalCodeZones#reference()}
     * @param folios the host's source of unique folio numbers
     * @return the workflow
     */
    public static PromocionWorkflow of(BuzonPlazos plazos, PostalCodeZones zonas, FolioSequence folios) {
        return new PromocionWorkflow(Objects.requireNonNull(plazos, "plazos"), Objects.requireNonNull(zonas, "zonas"),
                Objects.requireNonNull(folios, "folios"));
    }

    /**
     * Files a promoción: validates it, computes when it is received and issues the acuse de recepción.
     *
     * @param solicitud what the particular sent
     * @param noCertificado the número de certificado of the e.firma that signs it (SAT's 20 digits; the acuse de
     *     recepción is signed by the particular, Lineamientos 5.5)
     * @param presentadaEl the instant it was sent, e.g. {@code 2026-03-07T16:00:00Z} (a Saturday: received Monday
     *     9 March at 00:00 in the domicile zone)
     * @return the new promoción in {@link EstatusPromocion#RECIBIDA} with its acuse, or the rejection
     * @throws IllegalArgumentException if {@code noCertificado} is not in the SAT's 20-digit form
     * @throws mx.buzon.calendar.CalendarException for dates outside 1900–2299, or of an unconfirmed year when the
     *     calendar is strict
     */
    public Outcome<Promocion> presentar(SolicitudPromocion solicitud, NumeroCertificado noCertificado, Instant presentadaEl) {
        Objects.requireNonNull(solicitud, "solicitud");
        Acuses.requireSatForm(noCertificado);
        Objects.requireNonNull(presentadaEl, "presentadaEl");
        List<Rejection> problems = new ArrayList<>();
        String descripcion = Normalizer.normalize(solicitud.descripcion(), Normalizer.Form.NFC);
        validarDescripcion(descripcion).ifPresent(problems::add);
        Optional<Telefono> telefono = Optional.empty();
        if (solicitud.telefono().isPresent()) {
            String typed = solicitud.telefono().get();
            Optional<Finding> problem = Telefono.findProblem(typed);
            if (problem.isEmpty()) {
                telefono = Optional.of(Telefono.parse(typed));
            } else {
                problems.add(Rejection.from(ContactoErrorCode.TELEFONO_FORMATO_INVALIDO, problem.get()));
            }
        } else if (solicitud.tipo().requiereTelefono()) {
            problems.add(Rejection.of(PromocionErrorCode.PROMOCION_TELEFONO_REQUERIDO, null));
        }
        Optional<Evidencia> evidencia = Optional.empty();
        if (solicitud.evidencia().isPresent()) {
            ArchivoEvidencia archivo = solicitud.evidencia().get();
            if (!archivo.hasZipName()) {
                problems.add(Rejection.of(PromocionErrorCode.PROMOCION_EVIDENCIA_NOMBRE, archivo.nombreArchivo(),
                        archivo.nombreArchivo()));
            } else if (!archivo.inspeccion().isValid()) {
                List<Finding> errors = archivo.inspeccion().findings().stream().filter(Finding::isError).toList();
                problems.add(Rejection.withDetails(PromocionErrorCode.PROMOCION_EVIDENCIA_INVALIDA,
                        archivo.nombreArchivo(), archivo.inspeccion().findings(), archivo.nombreArchivo(),
                        errors.get(0).message()));
            } else {
                evidencia = Optional.of(archivo.toEvidencia());
            }
        } else if (solicitud.tipo().requiereEvidencia()) {
            problems.add(Rejection.of(PromocionErrorCode.PROMOCION_EVIDENCIA_REQUERIDA, null));
        }
        if (!problems.isEmpty()) {
            return Outcome.rejectedCreation(combine(problems));
        }
        ZoneId zona = Acuses.zonaDomicilio(solicitud.particular(), zonas);
        ActuacionTiming timing = plazos.actuacion(presentadaEl, zona);
        Folio folio = nextFolio(presentadaEl);
        Movimiento recepcion = new Movimiento(EstatusPromocion.RECIBIDA, presentadaEl, folio, Optional.empty(),
                Optional.empty(), Optional.empty());
        Promocion promocion = new Promocion(folio, solicitud.particular(), solicitud.tipo(), solicitud.asunto(),
                descripcion, telefono, evidencia, zona, presentadaEl, timing.recibidaEl(), timing.fechaLegal(),
                List.of(recepcion));
        return Outcome.accepted(promocion, PromocionAcuses.recepcion(promocion, noCertificado));
    }

    /**
     * The IMSS answers the promoción: it becomes Atendida and the acuse de respuesta is issued (Guía de Promociones, VI).
     *
     * @param promocion the current state
     * @param respuesta the response text (not blank; it enters the cadena as its SHA-256)
     * @param el the instant of the response
     * @return the new state with the acuse de respuesta, or the rejection
     */
    public Outcome<Promocion> responder(Promocion promocion, String respuesta, Instant el) {
        Objects.requireNonNull(promocion, "promocion");
        Objects.requireNonNull(respuesta, "respuesta");
        Objects.requireNonNull(el, "el");
        Optional<Rejection> common = checkMovement(promocion, el);
        if (common.isPresent()) {
            return Outcome.rejected(promocion, common.get());
        }
        String normalized = Normalizer.normalize(respuesta, Normalizer.Form.NFC);
        if (normalized.isBlank()) {
            return Outcome.rejected(promocion, Rejection.of(PromocionErrorCode.PROMOCION_RESPUESTA_VACIA, null));
        }
        Movimiento m = new Movimiento(EstatusPromocion.ATENDIDA, el, nextFolio(el), Optional.empty(),
                Optional.empty(), Optional.of(Sha256.digestUtf8(normalized)));
        Promocion next = promocion.with(m);
        return Outcome.accepted(next, PromocionAcuses.movimiento(next, m, promocion));
    }

    /**
     * The IMSS extends the response date: the promoción goes to En prórroga and the acuse de prórroga is issued
     * (Guía de Promociones, VII).
     *
     * @param promocion the current state
     * @param nuevaFecha the new response date: a día hábil after the day of {@code el} and after the current one
     * @param el the instant of the prórroga
     * @return the new state with the acuse de prórroga, or the rejection
     * @throws mx.buzon.calendar.CalendarException if {@code nuevaFecha} is outside 1900–2299, or of an unconfirmed
     *     year when the calendar is strict
     */
    public Outcome<Promocion> prorrogar(Promocion promocion, LocalDate nuevaFecha, Instant el) {
        Objects.requireNonNull(promocion, "promocion");
        Objects.requireNonNull(nuevaFecha, "nuevaFecha");
        Objects.requireNonNull(el, "el");
        Optional<Rejection> problem = checkMovement(promocion, el).or(() -> checkNewDate(promocion, nuevaFecha, el));
        if (problem.isPresent()) {
            return Outcome.rejected(promocion, problem.get());
        }
        Movimiento m = new Movimiento(EstatusPromocion.EN_PRORROGA, el, nextFolio(el), Optional.empty(),
                Optional.of(nuevaFecha), Optional.empty());
        Promocion next = promocion.with(m);
        return Outcome.accepted(next, PromocionAcuses.movimiento(next, m, promocion));
    }

    /**
     * The IMSS sends the promoción to the asunto it belongs to: it becomes Canalizada with a new asunto and
     * response date, and the acuse de canalización is issued (Guía de Promociones, VIII).
     *
     * @param promocion the current state
     * @param nuevoAsunto an asunto different from {@link Promocion#asuntoActual()}
     * @param nuevaFecha the new response date: a día hábil after the day of {@code el} and after the current one
     * @param el the instant of the canalización
     * @return the new state with the acuse de canalización, or the rejection
     * @throws mx.buzon.calendar.CalendarException if {@code nuevaFecha} is outside 1900–2299, or of an unconfirmed
     *     year when the calendar is strict
     */
    public Outcome<Promocion> canalizar(Promocion promocion, AsuntoPromocion nuevoAsunto, LocalDate nuevaFecha,
            Instant el) {
        Objects.requireNonNull(promocion, "promocion");
        Objects.requireNonNull(nuevoAsunto, "nuevoAsunto");
        Objects.requireNonNull(nuevaFecha, "nuevaFecha");
        Objects.requireNonNull(el, "el");
        Optional<Rejection> problem = checkMovement(promocion, el)
                .or(() -> nuevoAsunto == promocion.asuntoActual()
                        ? Optional.of(Rejection.of(PromocionErrorCode.PROMOCION_MISMO_ASUNTO, nuevoAsunto.texto(),
                                nuevoAsunto.texto()))
                        : Optional.empty())
                .or(() -> checkNewDate(promocion, nuevaFecha, el));
        if (problem.isPresent()) {
            return Outcome.rejected(promocion, problem.get());
        }
        Movimiento m = new Movimiento(EstatusPromocion.CANALIZADA, el, nextFolio(el), Optional.of(nuevoAsunto),
                Optional.of(nuevaFecha), Optional.empty());
        Promocion next = promocion.with(m);
        return Outcome.accepted(next, PromocionAcuses.movimiento(next, m, promocion));
    }

    /**
     * Checks a description (already NFC-normalised): not blank, at most {@value #DESCRIPCION_MAX_CODE_POINTS} code
     * points, no control character but tab, CR and LF, no broken surrogate.
     *
     * @param descripcion the description
     * @return the rejection, or empty when it is acceptable
     */
    public static Optional<Rejection> validarDescripcion(String descripcion) {
        Objects.requireNonNull(descripcion, "descripcion");
        if (!Normalizer.isNormalized(descripcion, Normalizer.Form.NFC)) {
            return validarDescripcion(Normalizer.normalize(descripcion, Normalizer.Form.NFC));
        }
        if (descripcion.isBlank()) {
            return Optional.of(Rejection.of(PromocionErrorCode.PROMOCION_DESCRIPCION_VACIA, null));
        }
        int codePoints = 0;
        for (int i = 0; i < descripcion.length(); ) {
            int cp = descripcion.codePointAt(i);
            boolean brokenSurrogate = Character.isSurrogate((char) cp) && Character.charCount(cp) == 1;
            boolean control = Character.getType(cp) == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r';
            if (brokenSurrogate || control) {
                String shown = String.format(Locale.ROOT, "U+%04X", cp);
                return Optional.of(Rejection.of(PromocionErrorCode.PROMOCION_DESCRIPCION_CARACTER_INVALIDO, shown,
                        shown, codePoints + 1));
            }
            codePoints++;
            i += Character.charCount(cp);
        }
        if (codePoints > DESCRIPCION_MAX_CODE_POINTS) {
            return Optional.of(Rejection.of(PromocionErrorCode.PROMOCION_DESCRIPCION_LARGA, String.valueOf(codePoints),
                    codePoints, DESCRIPCION_MAX_CODE_POINTS));
        }
        return Optional.empty();
    }

    private Optional<Rejection> checkMovement(Promocion promocion, Instant el) {
        Movimiento last = promocion.ultimoMovimiento();
        if (last.estatus().isFinal()) {
            return Optional.of(Rejection.of(PromocionErrorCode.PROMOCION_YA_ATENDIDA, promocion.folio().toString(),
                    promocion.folio(), last.el()));
        }
        return Steps.notBefore(el, last.el(), PromocionErrorCode.PROMOCION_INSTANTE_ANTERIOR);
    }

    private Optional<Rejection> checkNewDate(Promocion promocion, LocalDate nuevaFecha, Instant el) {
        LocalDate today = el.atZone(MexicanTime.ZONA_CENTRO).toLocalDate();
        LocalDate floor = promocion.respuestaAPartirDel().filter(d -> d.isAfter(today)).orElse(today);
        if (!nuevaFecha.isAfter(floor)) {
            return Optional.of(Rejection.of(PromocionErrorCode.PROMOCION_FECHA_NO_POSTERIOR, nuevaFecha.toString(),
                    nuevaFecha, floor));
        }
        if (!plazos.calendar().isBusinessDay(nuevaFecha)) {
            return Optional.of(Rejection.of(PromocionErrorCode.PROMOCION_FECHA_INHABIL, nuevaFecha.toString(),
                    nuevaFecha));
        }
        return Optional.empty();
    }

    private Folio nextFolio(Instant el) {
        return Steps.nextFolio(folios, el);
    }

    private static Rejection combine(List<Rejection> problems) {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        Rejection main = problems.get(0);
        List<Finding> all = new ArrayList<>();
        problems.forEach(r -> all.addAll(r.findings()));
        return new Rejection(main.errorCode(), main.message(), main.offendingValue(), all);
    }

    @Override
    public String toString() {
        return "PromocionWorkflow[" + plazos + "]";
    }
}
