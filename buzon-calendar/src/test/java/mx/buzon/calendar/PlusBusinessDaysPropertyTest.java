package mx.buzon.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seeded properties of the rank-per-day and day-per-rank tables behind {@code plusBusinessDays} and
 * {@code countBusinessDays}: against {@link NaiveCalendar} (2000–2099, both directions), and against a day-by-day
 * walk over {@code isBusinessDay} (the bitset, independent of the tables) over the whole span 1900–2299.
 */
class PlusBusinessDaysPropertyTest {

    private static final long SEED = 20261203L;
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2299, 12, 31);
    private static final int SPAN = (int) (LAST.toEpochDay() - FIRST.toEpochDay() + 1);

    private static final BusinessCalendar CALENDAR = ReferenceCalendars.sat().withCffRulesOnlyBeyondCoverage();
    private static final NaiveCalendar NAIVE = new NaiveCalendar(1999, 2100, ReferenceCalendars.sat().declaredDays()
            .stream().map(DiaInhabil::fecha).collect(Collectors.toSet()));

    @Test
    void plusBusinessDays_randomDatesAndCounts2000To2099_agreeWithNaiveBothDirections() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 30_000; i++) {
            LocalDate d = LocalDate.of(2002, 1, 1).plusDays(random.nextInt(35_000));
            int n = random.nextInt(1, 400);
            assertThat(CALENDAR.plusBusinessDays(d, n)).as("seed %s: %s + %s", SEED, d, n)
                    .isEqualTo(NAIVE.plusBusinessDays(d, n));
            assertThat(CALENDAR.plusBusinessDays(d, -n)).as("seed %s: %s - %s", SEED, d, n)
                    .isEqualTo(NAIVE.minusBusinessDays(d, n));
        }
    }

    @Test
    void plusBusinessDays_randomDatesWholeSpan_equalAWalkOverIsBusinessDay() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int i = 0; i < 20_000; i++) {
            LocalDate d = FIRST.plusDays(random.nextInt(SPAN));
            int n = random.nextInt(-300, 301);
            LocalDate walked = walk(d, n);
            if (walked == null) {
                assertThatThrownBy(() -> CALENDAR.plusBusinessDays(d, n)).as("seed %s: %s %+d", SEED + 1, d, n)
                        .isInstanceOf(CalendarException.class)
                        .extracting(e -> ((CalendarException) e).errorCode())
                        .isEqualTo(CalendarErrorCode.CALENDARIO_FECHA_FUERA_DE_INTERVALO);
            } else {
                assertThat(CALENDAR.plusBusinessDays(d, n)).as("seed %s: %s %+d", SEED + 1, d, n).isEqualTo(walked);
            }
        }
    }

    @Test
    void plusBusinessDays_firstAndLastDaysOfTheSpan_walkOrRefuse() {
        for (LocalDate d : new LocalDate[] {FIRST, FIRST.plusDays(1), FIRST.plusDays(9), LAST, LAST.minusDays(1),
                LAST.minusDays(9)}) {
            for (int n = -12; n <= 12; n++) {
                LocalDate walked = walk(d, n);
                int days = n;
                if (walked == null) {
                    assertThatThrownBy(() -> CALENDAR.plusBusinessDays(d, days)).as("%s %+d", d, n)
                            .isInstanceOf(CalendarException.class);
                } else {
                    assertThat(CALENDAR.plusBusinessDays(d, n)).as("%s %+d", d, n).isEqualTo(walked);
                }
            }
        }
    }

    @Test
    void countBusinessDays_randomPairsWholeSpan_consistentWithPlusBusinessDays() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        for (int i = 0; i < 20_000; i++) {
            LocalDate d = LocalDate.of(1901, 1, 1).plusDays(random.nextInt(SPAN - 800));
            int n = random.nextInt(1, 300);
            LocalDate after = CALENDAR.plusBusinessDays(d, n);
            LocalDate before = CALENDAR.plusBusinessDays(d, -n);
            assertThat(CALENDAR.countBusinessDays(d, after)).as("seed %s: %s + %s", SEED + 2, d, n).isEqualTo(n);
            // (before, d] holds the n - 1 business days between them, and d itself when it is hábil.
            assertThat(CALENDAR.countBusinessDays(before, d)).as("seed %s: %s - %s", SEED + 2, d, n)
                    .isEqualTo(n - 1 + (CALENDAR.isBusinessDay(d) ? 1 : 0));
            assertThat(CALENDAR.countBusinessDays(after, d)).isEqualTo(-n);
            assertThat(CALENDAR.isBusinessDay(after)).isTrue();
            assertThat(CALENDAR.isBusinessDay(before)).isTrue();
            if (i % 50 == 0) {
                LocalDate other = FIRST.plusDays(random.nextInt(SPAN));
                LocalDate low = other.isBefore(d) ? other : d;
                LocalDate high = other.isBefore(d) ? d : other;
                int walked = 0;
                for (LocalDate x = low.plusDays(1); !x.isAfter(high); x = x.plusDays(1)) {
                    walked += CALENDAR.isBusinessDay(x) ? 1 : 0;
                }
                assertThat(CALENDAR.countBusinessDays(low, high)).as("seed %s: %s..%s", SEED + 2, low, high)
                        .isEqualTo(walked);
            }
        }
    }

    /** The n-th business day after (n > 0) or before (n < 0) d by a walk over isBusinessDay; null past the span. */
    private static LocalDate walk(LocalDate d, int n) {
        LocalDate x = d;
        int step = n > 0 ? 1 : -1;
        for (int left = Math.abs(n); left > 0; ) {
            x = x.plusDays(step);
            if (x.isBefore(FIRST) || x.isAfter(LAST)) {
                return null;
            }
            if (CALENDAR.isBusinessDay(x)) {
                left--;
            }
        }
        return x;
    }
}
