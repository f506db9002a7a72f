package vn.laborcases.query.audit;

import org.junit.jupiter.api.Test;
import vn.laborcases.api.CaseType;
import vn.laborcases.query.web.InvalidQueryException;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrailFilterTest {

    private static final Set<String> KNOWN = Set.of("SanctionAmendedEvent", "FinePaidEvent", "PaymentRecordedEvent");

    private static TrailFilter parse(String action, String from, String to, String axis) {
        return TrailFilter.parse(null, null, action, null, null, null, from, to, axis, KNOWN);
    }

    @Test
    void everySanctionAmendedInMarchOnTheBusinessAxis() {
        TrailFilter march = parse("SanctionAmended", "2026-03-01", "2026-03-31", "business");
        assertThat(march.eventTypes()).containsExactly("SanctionAmendedEvent");
        assertThat(march.axis()).isEqualTo(TrailFilter.Axis.BUSINESS);
        // Days are Vietnam's, and the last day is included whole.
        assertThat(march.from()).isEqualTo(Instant.parse("2026-02-28T17:00:00Z"));
        assertThat(march.to()).isEqualTo(Instant.parse("2026-03-31T17:00:00Z"));
    }

    @Test
    void severalActionsADateTimeAndTheDefaults() {
        TrailFilter filter = TrailFilter.parse(" insp-1 ", "INSPECTOR", "FinePaid, SanctionAmended", "INSPECTION",
                "HO_CHI_MINH", "0314567890", "2026-03-01T08:00:00+07:00", null, null, KNOWN);
        assertThat(filter.actor()).isEqualTo("insp-1");
        assertThat(filter.eventTypes()).containsExactly("FinePaidEvent", "SanctionAmendedEvent");
        assertThat(filter.caseType()).isEqualTo(CaseType.INSPECTION);
        assertThat(filter.taxCode().value()).isEqualTo("0314567890");
        assertThat(filter.from()).isEqualTo(Instant.parse("2026-03-01T01:00:00Z"));
        assertThat(filter.to()).isNull();
        assertThat(filter.axis()).isEqualTo(TrailFilter.Axis.RECORDED);
        assertThat(parse(null, null, null, null).eventTypes()).isEmpty();
    }

    @Test
    void badFiltersSayWhatIsAllowed() {
        assertThatThrownBy(() -> parse("SanctionAmmended", null, null, null)).isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("Unknown action 'SanctionAmmended'").hasMessageContaining("SanctionAmended")
                .hasMessageContaining("3 in all");
        assertThatThrownBy(() -> parse(null, "2026-04-01", "2026-03-01", null))
                .hasMessageContaining("must come before");
        assertThatThrownBy(() -> parse(null, "2026-13-01", null, null)).hasMessageContaining("from must be a day");
        assertThatThrownBy(() -> parse(null, null, "March", null)).hasMessageContaining("to must be a day");
        assertThatThrownBy(() -> parse(null, null, null, "occurred")).hasMessageContaining("axis must be recorded");
        for (List<String> bad : List.of(List.of("LAWSUIT", "HA_NOI", "0314567890"),
                List.of("INSPECTION", "SAIGON", "0314567890"), List.of("INSPECTION", "HA_NOI", "12"))) {
            assertThatThrownBy(() -> TrailFilter.parse(null, null, null, bad.get(0), bad.get(1), bad.get(2), null,
                    null, null, KNOWN)).as(bad.toString()).isInstanceOf(InvalidQueryException.class);
        }
    }
}
