package mx.buzon.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import mx.buzon.calendar.BusinessCalendar;
import mx.buzon.calendar.CffArticle12;
import mx.buzon.calendar.DiaInhabil;
import mx.buzon.calendar.TransmissionDay;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** What the rank and select tables cost, measured by the JVM's own count of the bytes a thread allocates. */
class BusinessDayIndexMemoryTest {

    private static final long ONE_MIB = 1 << 20;

    @Test
    void tables_builtOnFirstCount_allocateUnderOneMebibyte() throws ReflectiveOperationException {
        AllocationCounter counter = AllocationCounter.ofCurrentThread();
        List<LocalDate> holidays = new java.util.ArrayList<>();
        for (int year = BusinessDayIndex.FIRST_YEAR; year <= BusinessDayIndex.LAST_YEAR; year++) {
            CffArticle12.inhabiles(year, TransmissionDay.DEFAULT).stream().map(DiaInhabil::fecha)
                    .forEach(holidays::add);
        }
        BusinessDayIndex index = BusinessDayIndex.of(holidays);
        LocalDate day = LocalDate.of(2026, 3, 9);
        DayNumbers.date(DayNumbers.number(day.plusDays(60)));   // the date block of the answer, not the tables
        index.plusBusinessDays(day, 30);                         // warm the code path once on another index
        index = BusinessDayIndex.of(holidays);
        long before = counter.bytes();
        LocalDate answer = index.plusBusinessDays(day, 30);
        long allocated = counter.bytes() - before;

        assertThat(answer).isEqualTo(BusinessCalendar.cffRulesOnly().plusBusinessDays(day, 30));
        assertThat(allocated).as("bytes allocated by the first plusBusinessDays (the tables)")
                .isBetween(index.tableBytes(), index.tableBytes() + 4_096).isLessThan(ONE_MIB);
        long again = counter.bytes();
        index.plusBusinessDays(day, 31);
        index.rank(day);
        assertThat(counter.bytes() - again).as("built once").isLessThan(1_024);
        System.out.printf(java.util.Locale.ROOT, "BusinessDayIndex tables: %,d bytes allocated (%,d business days in 1900-2299)%n",
                allocated, index.tableBytes() / 4 - 146_097);
    }

    /**
     * HotSpot's per-thread count of allocated bytes, reached by reflection (this module does not read
     * java.management); the test is skipped loudly on a JVM without it.
     */
    private static final class AllocationCounter {
        private final Object bean;
        private final Method allocated;
        private final long thread = Thread.currentThread().getId();

        private AllocationCounter(Object bean, Method allocated) {
            this.bean = bean;
            this.allocated = allocated;
        }

        static AllocationCounter ofCurrentThread() {
            try {
                Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                        .invoke(null);
                Class<?> hotspot = Class.forName("com.sun.management.ThreadMXBean");
                if (!hotspot.isInstance(bean)
                        || !(Boolean) hotspot.getMethod("isThreadAllocatedMemorySupported").invoke(bean)) {
                    throw new ClassNotFoundException("no per-thread allocation counter");
                }
                return new AllocationCounter(bean, hotspot.getMethod("getThreadAllocatedBytes", long.class));
            } catch (ReflectiveOperationException | RuntimeException e) {
                System.err.println("SKIPPED BusinessDayIndexMemoryTest: this JVM does not count allocated bytes per"
                        + " thread (" + e + ")");
                Assumptions.abort("no per-thread allocation counter: " + e);
                throw new AssertionError(e);
            }
        }

        long bytes() throws ReflectiveOperationException {
            return (Long) allocated.invoke(bean, thread);
        }
    }
}
