package vn.laborcases.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class YearCachingTest {

    private final Map<Integer, AtomicInteger> loads = new ConcurrentHashMap<>();

    private final HolidaySource countingSource = year -> {
        loads.computeIfAbsent(year, y -> new AtomicInteger()).incrementAndGet();
        return Optional.of(new YearCalendar(year, YearCalendar.OFFICIAL, "test",
                List.of(new PublicHoliday(LocalDate.of(year, 1, 1), "New Year")), List.of()));
    };

    @Test
    void eachYearIsLoadedOnceAndOnlyWhenNeeded() throws InterruptedException {
        WorkingDayCalendar calendar = WorkingDayCalendar.of(countingSource);
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> calendar.workingDaysBetween(LocalDate.of(2040, 1, 1), LocalDate.of(2041, 12, 31)));
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(loads).containsOnlyKeys(2040, 2041);
        assertThat(loads.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    }

    @Test
    void aSourceAnsweringForTheWrongYearIsAnError() {
        WorkingDayCalendar calendar = WorkingDayCalendar.of(year -> countingSource.year(year + 1));

        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2040, 3, 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2040")
                .hasMessageContaining("2041");
    }
}
