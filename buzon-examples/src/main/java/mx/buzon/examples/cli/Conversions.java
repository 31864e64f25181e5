package mx.buzon.examples.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import mx.buzon.core.id.Rfc;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The picocli converters of the command line's values, with Spanish messages saying what a good value looks
 * like. A value that does not convert is a usage error (exit 2, {@code USO_VALOR_INVALIDO}).
 */
final class Conversions {

    private static final DateTimeFormatter STRICT_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private Conversions() {
    }

    /** An instant: ISO-8601 with offset, {@code 2026-03-02T11:00:00-06:00} or {@code 2026-03-02T17:00:00Z}. */
    static final class InstantConverter implements ITypeConverter<Instant> {
        @Override
        public Instant convert(String value) {
            try {
                return OffsetDateTime.parse(value.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("\"" + value + "\" no es un instante ISO-8601 con desplazamiento;"
                        + " escríbalo como 2026-03-02T11:00:00-06:00 (hora de la Ciudad de México) o"
                        + " 2026-03-02T17:00:00Z (UTC).");
            }
        }
    }

    /** A date: ISO-8601, {@code 2026-03-09}, and it must exist. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip(), STRICT_DATE);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("\"" + value + "\" no es una fecha ISO-8601 que exista;"
                        + " escríbala como 2026-03-09 (año-mes-día).");
            }
        }
    }

    /** A number of días hábiles: an integer from 1 to 1000. */
    static final class DaysConverter implements ITypeConverter<Integer> {
        /** Beyond this a plazo leaves every calendar's data; nothing in the law is that long. */
        static final int MAX = 1000;

        @Override
        public Integer convert(String value) {
            try {
                int days = Integer.parseInt(value.strip());
                if (days >= 1 && days <= MAX) {
                    return days;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("\"" + value + "\" no es un número de días válido; escriba un"
                    + " entero de 1 a " + MAX + ", por ejemplo 15.");
        }
    }

    /** The RFC the person types (strict check digit is not required: the e.firma check reports it). */
    static final class RfcConverter implements ITypeConverter<Rfc> {
        @Override
        public Rfc convert(String value) {
            try {
                return Rfc.parse(value.strip().toUpperCase(Locale.ROOT), mx.buzon.core.id.CheckDigitMode.LENIENT);
            } catch (RuntimeException e) {
                throw new TypeConversionException("\"" + value + "\" no es un RFC con formato válido (12 caracteres"
                        + " para persona moral, 13 para física), por ejemplo EKU9003173C9.");
            }
        }
    }
}
