package mx.buzon.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One inhábil day and why: the date, the kind of rule, a Spanish reason and the source that says so.
 *
 * <p>Example: {@code DiaInhabil[fecha=2026-03-16, kind=LAW, motivo=tercer lunes de marzo (21 de marzo),
 * fuente=CFF art. 12]}. A day can be inhábil for more than one reason (25 December 2024 was both a law day
 * and a SAT vacation day); each reason is its own value. Immutable and thread-safe.
 *
 * @param fecha the day
 * @param kind the kind of rule that makes it inhábil
 * @param motivo the reason in Spanish, e.g. {@code "5 de mayo"}; not blank
 * @param fuente the legal or documentary source, e.g. {@code "CFF art. 12"}; not blank
 */
public record DiaInhabil(LocalDate fecha, InhabilKind kind, String motivo, String fuente) {

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if {@code motivo} or {@code fuente} is blank
     */
    public DiaInhabil {
        Objects.requireNonNull(fecha, "fecha");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(motivo, "motivo");
        Objects.requireNonNull(fuente, "fuente");
        if (motivo.isBlank() || fuente.isBlank()) {
            throw new IllegalArgumentException("DiaInhabil needs a reason and a source (CFF art. 12 data): motivo='"
                    + motivo + "', fuente='" + fuente + "' for " + fecha);
        }
    }

    /**
     * A day the authority declared inhábil.
     *
     * @param fecha the day, e.g. {@code 2025-04-17}
     * @param motivo the reason, e.g. {@code "Jueves Santo"}
     * @param fuente the acuerdo or regla that declares it, e.g. {@code "SAT regla 2.1.6 RMF 2025"}
     * @return the value
     */
    public static DiaInhabil declared(LocalDate fecha, String motivo, String fuente) {
        return new DiaInhabil(fecha, InhabilKind.DECLARED, motivo, fuente);
    }

    /**
     * A day of a general vacation period of the authority.
     *
     * @param fecha the day
     * @param motivo the reason, e.g. {@code "primer periodo vacacional SAT 2025"}
     * @param fuente the publication that declares it
     * @return the value
     */
    public static DiaInhabil vacation(LocalDate fecha, String motivo, String fuente) {
        return new DiaInhabil(fecha, InhabilKind.VACATION, motivo, fuente);
    }
}
