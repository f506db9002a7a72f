package vn.laborcases.command.audit.timeline;

import org.junit.jupiter.api.Test;
import vn.laborcases.command.web.InvalidRequestException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MomentsTest {

    @Test
    void aBusinessDateMeansTheLastInstantOfThatDayInVietnam() {
        assertThat(Moments.businessTime("asOccurredAt", "2026-03-05"))
                .isEqualTo(Instant.parse("2026-03-05T16:59:59.999999999Z"));
    }

    @Test
    void instantsKeepTheirOffset() {
        assertThat(Moments.businessTime("asOccurredAt", "2026-03-05T10:00:00+07:00"))
                .isEqualTo(Instant.parse("2026-03-05T03:00:00Z"));
        assertThat(Moments.recordTime("asRecordedAt", "2026-03-05T10:00:00Z"))
                .isEqualTo(Instant.parse("2026-03-05T10:00:00Z"));
    }

    @Test
    void theAxisSaysWhichKindOfMomentIsRead() {
        assertThat(Moments.on(TimeAxis.OCCURRED, "from", "2026-03-05")).isEqualTo(Moments.businessTime("from", "2026-03-05"));
        assertThatThrownBy(() -> Moments.on(TimeAxis.RECORDED, "from", "2026-03-05"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("from is a record time");
    }

    @Test
    void aRecordTimeIsAnInstant_notADate_andNonsenseIsRefusedByName() {
        assertThatThrownBy(() -> Moments.recordTime("asRecordedAt", "2026-03-05"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("asRecordedAt is a record time");
        assertThatThrownBy(() -> Moments.businessTime("from", "yesterday"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("from is a business time");
        assertThatThrownBy(() -> Moments.businessTime("to", "2026-02-30"))
                .isInstanceOf(InvalidRequestException.class);
    }
}
