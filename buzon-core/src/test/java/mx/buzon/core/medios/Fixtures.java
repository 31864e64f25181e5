package mx.buzon.core.medios;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.id.FolioSequence;
import mx.buzon.core.id.RegistroPatronal;
import mx.buzon.core.id.Rfc;

/** Shared values of the medios tests. */
final class Fixtures {

    /** A fixed key for stored validation codes (tests only; a host keeps 32 random bytes in its secret store). */
    static final ClaveCodigos CLAVE_CODIGOS = ClaveCodigos.of("clave-de-prueba-de-codigos-32byt".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    static final Rfc RFC_ERIKA = Rfc.parse("GODE561231GR8");
    static final RegistroPatronal RP_A = RegistroPatronal.parse("A6815930107");
    static final RegistroPatronal RP_Y = RegistroPatronal.parse("Y3926552104");
    /** A persona física in Tijuana with two registros patronales. */
    static final Particular ERIKA = Particular.of(RFC_ERIKA, "ERIKA GÓMEZ DÍAZ", List.of(RP_A, RP_Y), "22000");
    /** Monday 2025-02-03 10:07:17 Zona Centro. */
    static final Instant LUNES_2025_02_03_1007 = Instant.parse("2025-02-03T16:07:17Z");
    static final NumeroCertificado NO_CERTIFICADO = NumeroCertificado.parse("30001000000500003416");
    static final String FIRMA = "c2VsbG8gZGUgcHJ1ZWJh";

    private Fixtures() {
    }

    static MediosContactoWorkflow workflow(long seed) {
        return MediosContactoWorkflow.of(PostalCodeZones.reference(), FolioSequence.inMemoryCounter(100_717_151L),
                new SplittableRandom(seed), CLAVE_CODIGOS);
    }
}
