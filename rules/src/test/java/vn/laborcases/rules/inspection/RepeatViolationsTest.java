package vn.laborcases.rules.inspection;

import org.junit.jupiter.api.Test;
import vn.laborcases.rules.RuleSets;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The repeat-violation window of rule-sets.json: 12 months before the new finding, both ends included. */
class RepeatViolationsTest {

    private static final InspectionRules RULES = RuleSets.vietnam().version("VN-2025.07").inspections();
    private static final LocalDate FOUND = LocalDate.of(2026, 3, 10);

    @Test
    void theWindowComesFromTheRuleSet() {
        assertThat(RULES.repeatWindowMonths()).isEqualTo(12);
        assertThat(RepeatViolations.windowStart(FOUND, RULES)).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void aFindingTwelveMonthsBeforeToTheDayIsARepeat() {
        assertThat(RepeatViolations.isRepeat(LocalDate.of(2025, 3, 10), FOUND, RULES)).isTrue();
    }

    @Test
    void aFindingOneDayOutsideTheWindowIsNot() {
        assertThat(RepeatViolations.isRepeat(LocalDate.of(2025, 3, 9), FOUND, RULES)).isFalse();
    }

    @Test
    void aFindingTheSameDayIsARepeat_aLaterOneIsNot() {
        assertThat(RepeatViolations.isRepeat(FOUND, FOUND, RULES)).isTrue();
        assertThat(RepeatViolations.isRepeat(FOUND.plusDays(1), FOUND, RULES)).isFalse();
    }

    @Test
    void theWindowFromTheLastDayOfAMonthEndsOnAValidDay() {
        // 29 Feb 2028 minus 12 months is 28 Feb 2027.
        assertThat(RepeatViolations.windowStart(LocalDate.of(2028, 2, 29), RULES)).isEqualTo(LocalDate.of(2027, 2, 28));
    }
}
