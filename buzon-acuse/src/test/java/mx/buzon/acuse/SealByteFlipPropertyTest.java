package mx.buzon.acuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import mx.buzon.core.acuse.AcuseTipo;
import org.junit.jupiter.api.Test;

/**
 * Property: one changed byte anywhere in a sealed acuse (header, fonts, page content, embedded data, xref, the
 * seal's dictionary, its CMS, its reserved padding) is never {@link Veredicto#VALIDO}: the verdict is INVALIDO, or
 * the file is refused as unreadable with a typed {@link AcuseException}. Seeded and printed, so a failure can be
 * replayed.
 */
class SealByteFlipPropertyTest {

    private static final long SEED = 2026_12_03L;
    private static final int FLIPS = 400;

    @Test
    void verify_anySingleChangedByte_neverValid() {
        byte[] original = AcuseIssuerTest.issue(AcuseTipo.ACTIVACION_BUZON).pdf();
        assertThat(AcuseSealAttackTest.VERIFIER.verify(original).veredicto()).isEqualTo(Veredicto.VALIDO);
        SplittableRandom random = new SplittableRandom(SEED);
        int invalid = 0;
        int unreadable = 0;
        for (int i = 0; i < FLIPS; i++) {
            byte[] pdf = original.clone();
            int at = random.nextInt(pdf.length);
            pdf[at] = (byte) (pdf[at] ^ (1 + random.nextInt(255)));
            String where = "seed " + SEED + ", flip " + i + ", byte " + at;
            try {
                AcuseVerification result = AcuseSealAttackTest.VERIFIER.verify(pdf);
                assertThat(result.veredicto()).as(where + ": " + result.findings()).isEqualTo(Veredicto.INVALIDO);
                invalid++;
            } catch (AcuseException e) {
                assertThat(e.code()).as(where).startsWith("ACUSE_");
                unreadable++;
            }
        }
        System.out.println("SealByteFlipPropertyTest seed " + SEED + ": " + invalid + " INVALIDO, " + unreadable
                + " unreadable of " + FLIPS);
    }
}
