package mx.buzon.core.medios;

import java.util.Objects;
import java.util.random.RandomGenerator;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.core.id.FolioSequence;

/**
 * The world a workflow needs, given by the host: the postal-code zones (for the acuse's domicile time), the folio
 * sequence and the random source of validation codes. Thread-safe when the sequence and the random source are
 * ({@link java.security.SecureRandom} is).
 *
 * @param zonas usually {@link PostalCodeZones#reference()}
 * @param folios the host's unique sequence; a number is taken only when a command is accepted
 * @param aleatorio a {@link java.security.SecureRandom} in production; a seeded generator only in tests
 */
public record Entorno(PostalCodeZones zonas, FolioSequence folios, RandomGenerator aleatorio) {
    /** Checks for null. */
    public Entorno {
        Objects.requireNonNull(zonas, "zonas");
        Objects.requireNonNull(folios, "folios");
        Objects.requireNonNull(aleatorio, "aleatorio");
    }
}
