package mx.buzon.core.medios;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.id.Folio;

/**
 * One registered medio de contacto (Lineamientos 5.1, 5.2) with its history: e.g. the e-mail
 * {@code erika@example.com} for the RFC, registered with folio {@code BI-20250203-100717151}, validated 3 minutes
 * later.
 *
 * <p>The stored {@link #estado()} changes only by commands; the 72-hour expiry is derived:
 * {@link #estadoEn(Instant)} reports {@link EstadoMedio#CANCELADO_POR_VENCIMIENTO} for a pending medio after
 * {@link #venceEn()} (5.2: "en caso contrario, se cancelarán"). Immutable and thread-safe.
 *
 * @param folioRegistro the folio of its registration acuse, which identifies the medio
 * @param mecanismo e-mail or mobile
 * @param valor the normalised address or 10-digit number
 * @param ambito RFC, one registro patronal or all of them
 * @param registradoEn when it was registered and its code sent
 * @param estado the stored state
 * @param codigoDigest the HMAC-SHA256 of the pending code under the host's {@link ClaveCodigos} (present only while {@link EstadoMedio#PENDIENTE})
 * @param intentosFallidos wrong codes entered so far
 * @param validadoEn when it was validated
 * @param folioValidacion the folio of the validation acuse
 * @param bajaEn when it was removed, replaced or cancelled by attempts
 */
public record MedioContacto(Folio folioRegistro, Mecanismo mecanismo, String valor, Ambito ambito,
        Instant registradoEn, EstadoMedio estado, Optional<Sha256> codigoDigest, int intentosFallidos,
        Optional<Instant> validadoEn, Optional<Folio> folioValidacion, Optional<Instant> bajaEn) {

    /** Lineamientos 5.2: "dentro de las 72 horas siguientes". */
    public static final Duration PLAZO_VALIDACION = Duration.ofHours(72);

    /**
     * Checks the invariants between the components.
     *
     * @throws IllegalArgumentException when they contradict each other (e.g. a validated medio without its
     *     validation instant, a pending one without a code digest, attempts outside 0–{@value
     *     MediosContactoWorkflow#MAX_INTENTOS_VALIDACION})
     */
    public MedioContacto {
        Objects.requireNonNull(folioRegistro, "folioRegistro");
        Objects.requireNonNull(mecanismo, "mecanismo");
        Objects.requireNonNull(valor, "valor");
        Objects.requireNonNull(ambito, "ambito");
        Objects.requireNonNull(registradoEn, "registradoEn");
        Objects.requireNonNull(estado, "estado");
        Objects.requireNonNull(codigoDigest, "codigoDigest");
        Objects.requireNonNull(validadoEn, "validadoEn");
        Objects.requireNonNull(folioValidacion, "folioValidacion");
        Objects.requireNonNull(bajaEn, "bajaEn");
        if (!MediosContactoWorkflow.canonical(mecanismo, valor).map(valor::equals).orElse(false)) {
            throw new IllegalArgumentException("Not a normalised " + mecanismo + ": \"" + valor + "\"");
        }
        if (intentosFallidos < 0 || intentosFallidos > MediosContactoWorkflow.MAX_INTENTOS_VALIDACION) {
            throw new IllegalArgumentException("intentosFallidos must be 0-" + MediosContactoWorkflow.MAX_INTENTOS_VALIDACION
                    + ": " + intentosFallidos);
        }
        if (codigoDigest.isPresent() != (estado == EstadoMedio.PENDIENTE)) {
            throw new IllegalArgumentException("A code digest is kept exactly while the medio is PENDIENTE: " + estado);
        }
        if (validadoEn.isPresent() != folioValidacion.isPresent()) {
            throw new IllegalArgumentException("validadoEn and folioValidacion go together");
        }
        if (estado == EstadoMedio.VALIDADO && validadoEn.isEmpty()) {
            throw new IllegalArgumentException("A VALIDADO medio needs validadoEn");
        }
        if ((estado == EstadoMedio.PENDIENTE || estado == EstadoMedio.CANCELADO_POR_VENCIMIENTO
                || estado == EstadoMedio.CANCELADO_POR_INTENTOS) && validadoEn.isPresent()) {
            throw new IllegalArgumentException("A " + estado + " medio was never validated");
        }
        if ((estado == EstadoMedio.ELIMINADO || estado == EstadoMedio.CANCELADO_POR_INTENTOS) != bajaEn.isPresent()) {
            throw new IllegalArgumentException("bajaEn is present exactly for ELIMINADO and CANCELADO_POR_INTENTOS: "
                    + estado);
        }
        if (estado == EstadoMedio.CANCELADO_POR_INTENTOS
                && intentosFallidos != MediosContactoWorkflow.MAX_INTENTOS_VALIDACION) {
            throw new IllegalArgumentException("CANCELADO_POR_INTENTOS needs " + MediosContactoWorkflow.MAX_INTENTOS_VALIDACION
                    + " failed attempts");
        }
        validadoEn.ifPresent(v -> {
            if (v.isBefore(registradoEn) || v.isAfter(registradoEn.plus(PLAZO_VALIDACION))) {
                throw new IllegalArgumentException("validadoEn must fall within the 72 hours after registradoEn");
            }
        });
        bajaEn.ifPresent(b -> {
            if (b.isBefore(registradoEn)) {
                throw new IllegalArgumentException("bajaEn must not precede registradoEn");
            }
        });
    }

    /** @return the last instant a code is accepted: registradoEn + 72 h (included) */
    public Instant venceEn() {
        return registradoEn.plus(PLAZO_VALIDACION);
    }

    /**
     * The state at an instant: a pending medio after {@link #venceEn()} is cancelled by expiry.
     *
     * @param instante the instant
     * @return the effective state
     */
    public EstadoMedio estadoEn(Instant instante) {
        if (estado == EstadoMedio.PENDIENTE && instante.isAfter(venceEn())) {
            return EstadoMedio.CANCELADO_POR_VENCIMIENTO;
        }
        return estado;
    }

    /**
     * Whether the medio counts at an instant (pending within its 72 hours, or validated).
     *
     * @param instante the instant
     * @return {@code true} when vigente
     */
    public boolean vigenteEn(Instant instante) {
        return estadoEn(instante).vigente();
    }

    /** @return the masked form: the code digest is never printed */
    @Override
    public String toString() {
        return "MedioContacto[" + folioRegistro + " " + mecanismo + " " + valor + " " + ambito + " " + estado
                + " intentos=" + intentosFallidos + "]";
    }
}
