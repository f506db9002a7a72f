package vn.laborcases.rules.inspection;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.inspection.FineBand;
import vn.laborcases.api.inspection.Offender;
import vn.laborcases.api.inspection.ViolationCategory;
import vn.laborcases.rules.RuleSets;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.api.inspection.Offender.INDIVIDUAL;
import static vn.laborcases.api.inspection.Offender.ORGANISATION;
import static vn.laborcases.api.inspection.ViolationCategory.*;

/** The fine bands of Decree 12/2022/ND-CP as rule-sets.json holds them, at every tier's edges. */
class FinesTest {

    private static final InspectionRules RULES = RuleSets.vietnam().version("VN-2025.07").inspections();

    private static FineBand band(ViolationCategory category, int workers, long amount, Offender offender) {
        return Fines.band(category, workers, amount, offender, RULES).orElseThrow();
    }

    @ParameterizedTest(name = "{0} workers: {1}-{2} VND")
    @CsvSource({
            "1, 5000000, 10000000", "10, 5000000, 10000000",
            "11, 10000000, 20000000", "50, 10000000, 20000000",
            "51, 20000000, 30000000", "100, 20000000, 30000000",
            "101, 30000000, 40000000", "300, 30000000, 40000000",
            "301, 40000000, 50000000", "25000, 40000000, 50000000"})
    void wagesLateOrShort_hasFiveTiersByWorkers(int workers, long min, long max) {
        assertThat(band(WAGES_LATE_OR_SHORT, workers, 0, INDIVIDUAL))
                .isEqualTo(new FineBand(min, max, "Decree 12/2022/ND-CP Art 17(2)"));
    }

    @ParameterizedTest(name = "{0} workers: {1}-{2} VND")
    @CsvSource({
            "1, 20000000, 30000000", "10, 20000000, 30000000",
            "11, 30000000, 50000000", "50, 30000000, 50000000",
            "51, 50000000, 75000000", "3000, 50000000, 75000000"})
    void belowMinimumWage_hasThreeTiersByWorkers(int workers, long min, long max) {
        assertThat(band(BELOW_MINIMUM_WAGE, workers, 0, INDIVIDUAL))
                .isEqualTo(new FineBand(min, max, "Decree 12/2022/ND-CP Art 17(3)"));
    }

    @Test
    void anOrganisationPaysDoubleOnBothEnds() {
        assertThat(band(WAGES_LATE_OR_SHORT, 10, 0, ORGANISATION))
                .isEqualTo(new FineBand(10_000_000, 20_000_000, "Decree 12/2022/ND-CP Art 17(2)"));
        assertThat(band(BELOW_MINIMUM_WAGE, 51, 0, ORGANISATION).max()).isEqualTo(150_000_000);
    }

    @Test
    void siPaidLate_is12To15PercentOfTheAmountPayable() {
        assertThat(band(SI_LATE_OR_WRONG_LEVEL, 40, 200_000_000, INDIVIDUAL))
                .isEqualTo(new FineBand(24_000_000, 30_000_000, "Decree 12/2022/ND-CP Art 39(4)"));
    }

    @Test
    void siPaidLate_percentagesAreRoundedInwards() {
        // 12% of 1,000,001 is 120,000.12, so 120,001; 15% is 150,000.15, so 150,000.
        assertThat(band(SI_LATE_OR_WRONG_LEVEL, 1, 1_000_001, INDIVIDUAL))
                .isEqualTo(new FineBand(120_001, 150_000, "Decree 12/2022/ND-CP Art 39(4)"));
    }

    @Test
    void siPaidLate_neverExceeds75Million() {
        // 15% of 600M is 90M, above the cap; 12% is 72M, below it.
        assertThat(band(SI_LATE_OR_WRONG_LEVEL, 300, 600_000_000, INDIVIDUAL))
                .isEqualTo(new FineBand(72_000_000, 75_000_000, "Decree 12/2022/ND-CP Art 39(4)"));
        // 12% of 1bn is 120M: both ends sit at the cap.
        assertThat(band(SI_LATE_OR_WRONG_LEVEL, 300, 1_000_000_000, INDIVIDUAL))
                .isEqualTo(new FineBand(75_000_000, 75_000_000, "Decree 12/2022/ND-CP Art 39(4)"));
    }

    @Test
    void siNotPaid_is18To20PercentCappedAt75Million_doubledForAnOrganisation() {
        assertThat(band(SI_NOT_PAID, 12, 100_000_000, INDIVIDUAL))
                .isEqualTo(new FineBand(18_000_000, 20_000_000, "Decree 12/2022/ND-CP Art 39(5)"));
        assertThat(band(SI_NOT_PAID, 12, 400_000_000, INDIVIDUAL).max()).isEqualTo(75_000_000);
        assertThat(band(SI_NOT_PAID, 12, 100_000_000, ORGANISATION))
                .isEqualTo(new FineBand(36_000_000, 40_000_000, "Decree 12/2022/ND-CP Art 39(5)"));
        assertThat(band(SI_NOT_PAID, 12, 1_000_000_000, ORGANISATION))
                .isEqualTo(new FineBand(150_000_000, 150_000_000, "Decree 12/2022/ND-CP Art 39(5)"));
    }

    @Test
    void aCategoryWithNoBandOnFileHasNone() {
        assertThat(Fines.band(OSH, 10, 0, ORGANISATION, RULES)).isEmpty();
        assertThat(Fines.band(OTHER, 10, 0, ORGANISATION, RULES)).isEmpty();
    }

    @Test
    void theEndsOfABandAreInside_oneDongBeyondIsOutside() {
        FineBand band = band(WAGES_LATE_OR_SHORT, 11, 0, ORGANISATION);

        assertThat(Fines.outside(band, 20_000_000)).isEmpty();
        assertThat(Fines.outside(band, 40_000_000)).isEmpty();
        assertThat(Fines.outside(band, 19_999_999)).hasValueSatisfying(breach -> {
            assertThat(breach.article()).isEqualTo("Decree 12/2022/ND-CP Art 17(2)");
            assertThat(breach.message()).contains("20,000,000").contains("40,000,000");
        });
        assertThat(Fines.outside(band, 40_000_001)).isPresent();
    }

    @Test
    void theEarlierRuleSetHasTheSameBands() {
        InspectionRules rules2021 = RuleSets.vietnam().version("VN-2021.01").inspections();
        assertThat(Fines.band(WAGES_LATE_OR_SHORT, 301, 0, INDIVIDUAL, rules2021)).contains(
                new FineBand(40_000_000, 50_000_000, "Decree 12/2022/ND-CP Art 17(2)"));
    }
}
