package vn.laborcases.command.audit.integrity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnchorRecipeTest {

    private static final RecordDay TET = new RecordDay(LocalDate.of(2026, 2, 17));

    @Test
    void aVietnameseDayRunsFrom17hUtcTheDayBefore() {
        assertThat(TET.start()).isEqualTo("2026-02-16T17:00:00");
        assertThat(TET.end()).isEqualTo("2026-02-17T17:00:00");
        assertThat("2026-02-16T17:00:00.000Z").isGreaterThanOrEqualTo(TET.start()).isLessThan(TET.end());
        assertThat("2026-02-16T16:59:59.999Z").isLessThan(TET.start());
        assertThat("2026-02-17T17:00:00Z").isGreaterThanOrEqualTo(TET.end());
        assertThat(RecordDay.of("2026-02-16T17:00:00.000Z")).isEqualTo(TET);
    }

    @Test
    void aDayIsCompleteOnlyAfterItsGrace() {
        Duration grace = Duration.ofMinutes(10);
        assertThat(TET.completedAt(Instant.parse("2026-02-17T17:09:59Z"), grace)).isFalse();
        assertThat(TET.completedAt(Instant.parse("2026-02-17T17:10:00Z"), grace)).isTrue();
    }

    @Test
    void theDigestDependsOnTheHeadsNotOnTheirOrder() {
        StreamHead a = new StreamHead("a-case", 4, "11".repeat(32));
        StreamHead b = new StreamHead("b-case", 0, "22".repeat(32));
        assertThat(StreamHead.digest(List.of(a, b))).isEqualTo(StreamHead.digest(List.of(b, a)));
        assertThat(StreamHead.digest(List.of(a, b)))
                .isNotEqualTo(StreamHead.digest(List.of(new StreamHead("a-case", 3, "11".repeat(32)), b)))
                .isNotEqualTo(StreamHead.digest(List.of(a)));
    }

    @Test
    void progressGivesTheRateAndTheTimeLeft() {
        Instant start = Instant.parse("2026-11-23T08:00:00Z");
        CheckProgress running = CheckProgress.of(20_000, 100_000, start, start.plusSeconds(10), false);
        assertThat(running.eventsPerSecond()).isEqualTo(2000.0);
        assertThat(running.secondsRemaining()).isEqualTo(40);
        assertThat(CheckProgress.of(0, 100_000, start, start.plusSeconds(10), false).secondsRemaining()).isNull();
        assertThat(CheckProgress.of(100_000, 100_000, start, start.plusSeconds(50), true).secondsRemaining()).isZero();
    }
}
