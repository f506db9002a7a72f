package vn.laborcases.rules;

import org.junit.jupiter.api.Test;
import vn.laborcases.api.dispute.DisputeKind;
import vn.laborcases.api.dispute.Forum;
import vn.laborcases.rules.dispute.DisputeRules;
import vn.laborcases.rules.inspection.InspectionRules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule set in force is chosen by the date of the triggering event (rule-sets.json). */
class RuleSetsTest {

    private final RuleSets vietnam = RuleSets.vietnam();

    @Test
    void aDateIn2024UsesTheLaborCodeRuleSet() {
        assertThat(vietnam.effectiveOn(LocalDate.of(2024, 6, 15)).version()).isEqualTo("VN-2022.07");
    }

    @Test
    void aDateIn2026UsesThePostMergerRuleSet() {
        assertThat(vietnam.effectiveOn(LocalDate.of(2025, 12, 1)).version()).isEqualTo("VN-2025.07");
        assertThat(vietnam.effectiveOn(LocalDate.of(2026, 3, 1)).version()).isEqualTo("VN-2026.01");
    }

    @Test
    void theNewRuleSetAppliesFromItsEffectiveDay() {
        assertThat(vietnam.effectiveOn(LocalDate.of(2025, 6, 30)).version()).isEqualTo("VN-2024.07");
        assertThat(vietnam.effectiveOn(LocalDate.of(2025, 7, 1)).version()).isEqualTo("VN-2025.07");
    }

    @Test
    void theFirstRuleSetAppliesFromItsOwnFirstDay() {
        assertThat(vietnam.effectiveOn(LocalDate.of(2021, 1, 1)).version()).isEqualTo("VN-2021.01");
    }

    @Test
    void aDateBeforeTheFirstRuleSetIsRefusedClearly() {
        assertThatThrownBy(() -> vietnam.effectiveOn(LocalDate.of(2020, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No rule set is in force on 2020-12-31")
                .hasMessageContaining("2021-01-01");
    }

    @Test
    void aVersionIsFoundByItsName() {
        RuleSet ruleSet = vietnam.version("VN-2025.07");

        assertThat(ruleSet.effectiveFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(ruleSet).isSameAs(vietnam.effectiveOn(LocalDate.of(2025, 7, 1)));
    }

    @Test
    void anUnknownVersionIsRefusedWithItsName() {
        assertThatThrownBy(() -> vietnam.version("VN-1999.01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VN-1999.01");
    }

    @Test
    void allListsTheRuleSetsInEffectiveOrder() {
        assertThat(vietnam.all()).extracting(RuleSet::version).containsExactly("VN-2021.01", "VN-2022.07", "VN-2024.07",
                "VN-2025.07", "VN-2026.01");
    }

    @Test
    void theDisputePeriodsAreLoadedFromTheData() {
        DisputeRules rules = vietnam.version("VN-2025.07").disputes();

        assertThat(rules.mediatorAssignmentWorkingDays()).isEqualTo(5);
        assertThat(rules.mediationWorkingDays()).isEqualTo(5);
        assertThat(rules.mediationRecordsDeliveryWorkingDays()).isEqualTo(1);
        assertThat(rules.mediationAbsencesToFail()).isEqualTo(2);
        assertThat(rules.arbitrationPanelFormationWorkingDays()).isEqualTo(7);
        assertThat(rules.arbitrationDecisionDays()).isEqualTo(30);
        assertThat(rules.strikeEmployerNoticeDays()).isEqualTo(1);
        assertThat(rules.strikeNoticeWorkingDays()).isEqualTo(5);
        assertThat(rules.strikeApprovalPercent()).isEqualTo(50);
        assertThat(rules.timeBarMonths(DisputeKind.INDIVIDUAL, Forum.MEDIATION)).contains(6);
        assertThat(rules.timeBarMonths(DisputeKind.INDIVIDUAL, Forum.ARBITRATION)).contains(9);
        assertThat(rules.timeBarMonths(DisputeKind.INDIVIDUAL, Forum.COURT)).contains(12);
        assertThat(rules.timeBarMonths(DisputeKind.COLLECTIVE_RIGHTS, Forum.MEDIATION)).contains(6);
        assertThat(rules.timeBarMonths(DisputeKind.COLLECTIVE_INTERESTS, Forum.MEDIATION)).isEmpty();
    }

    @Test
    void lawChoosesTheRuleSetTheSameWay() {
        assertThat(Law.vietnam().on(LocalDate.of(2025, 7, 1)).version()).isEqualTo("VN-2025.07");
        assertThat(Law.vietnam().on(LocalDate.of(2025, 6, 30)).version()).isEqualTo("VN-2024.07");
    }

    @Test
    void ruleSetsGivenOutOfOrderAreChosenByDate() {
        RuleSets sets = RuleSets.of(List.of(ruleSet("B", "2025-07-01"), ruleSet("A", "2021-01-01")));

        assertThat(sets.effectiveOn(LocalDate.of(2023, 1, 1)).version()).isEqualTo("A");
        assertThat(sets.effectiveOn(LocalDate.of(2030, 1, 1)).version()).isEqualTo("B");
    }

    @Test
    void inconsistentRuleSetsAreRefused() {
        assertThatThrownBy(() -> RuleSets.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RuleSets.of(List.of(ruleSet("A", "2021-01-01"), ruleSet("B", "2021-01-01"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021-01-01");
        assertThatThrownBy(() -> RuleSets.of(List.of(ruleSet("A", "2021-01-01"), ruleSet("A", "2025-07-01"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unique");
    }

    private static RuleSet ruleSet(String version, String effectiveFrom) {
        return new RuleSet(version, LocalDate.parse(effectiveFrom), "test",
                new DisputeRules(5, 5, 1, 2, 7, 30, Map.of(), 1, 5, 50),
                RuleSets.vietnam().version("VN-2026.01").arrears(),
                new InspectionRules(5, 45, 30, 1, "test", 12, 2, Map.of()));
    }
}
