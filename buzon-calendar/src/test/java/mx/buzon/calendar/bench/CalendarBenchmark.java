package mx.buzon.calendar.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import mx.buzon.calendar.BusinessCalendar;
import mx.buzon.calendar.NaiveCalendar;
import mx.buzon.calendar.ReferenceCalendars;
import mx.buzon.calendar.plazo.BuzonPlazos;
import mx.buzon.calendar.plazo.NotificacionTiming;
import mx.buzon.calendar.zone.MexicanTime;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The precomputed calendar against the obvious implementation (a HashSet of holidays and a day-by-day loop),
 * measured in the same run: plusBusinessDays(30) and a full notification computation (window, deemed instant,
 * surte efectos and the list of skipped days).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CalendarBenchmark {

    private static final int SAMPLES = 1024;
    private static final ZoneId CENTRO = MexicanTime.ZONA_CENTRO;

    private final LocalDate[] dates = new LocalDate[SAMPLES];
    private final Instant[] avisos = new Instant[SAMPLES];
    private BusinessCalendar calendar;
    private BuzonPlazos plazos;
    private NaiveCalendar naive;
    private int next;

    @Setup
    public void setUp() {
        calendar = ReferenceCalendars.imss().withCffRulesOnlyBeyondCoverage();
        plazos = BuzonPlazos.of(calendar);
        naive = new NaiveCalendar(2023, 2027, Set.of());
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < SAMPLES; i++) {
            dates[i] = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(4 * 365));
            avisos[i] = Instant.parse("2023-01-02T12:00:00Z").plusSeconds(random.nextLong(4L * 360 * 86_400));
        }
    }

    private int nextIndex() {
        next = (next + 1) & (SAMPLES - 1);
        return next;
    }

    @Benchmark
    public LocalDate plusBusinessDays30_precomputed() {
        return calendar.plusBusinessDays(dates[nextIndex()], 30);
    }

    @Benchmark
    public LocalDate plusBusinessDays30_naiveHashSet() {
        return naive.plusBusinessDays(dates[nextIndex()], 30);
    }

    @Benchmark
    public NotificacionTiming notification_precomputed() {
        return plazos.notificacion(avisos[nextIndex()], CENTRO);
    }

    @Benchmark
    public Object notification_naiveHashSet() {
        Instant aviso = avisos[nextIndex()];
        LocalDate fechaAviso = aviso.atZone(CENTRO).toLocalDate();
        List<LocalDate> window = List.of(naive.plusBusinessDays(fechaAviso, 1), naive.plusBusinessDays(fechaAviso, 2),
                naive.plusBusinessDays(fechaAviso, 3));
        LocalDate fourth = naive.plusBusinessDays(fechaAviso, 4);
        Instant notified = fourth.atTime(9, 30).atZone(CENTRO).toInstant();
        LocalDate surte = naive.plusBusinessDays(fourth, 1);
        List<LocalDate> skipped = new ArrayList<>();
        for (LocalDate d = fechaAviso.plusDays(1); !d.isAfter(surte); d = d.plusDays(1)) {
            if (!naive.isBusinessDay(d)) {
                skipped.add(d);
            }
        }
        return new Object[] {window, notified, surte, skipped};
    }
}
