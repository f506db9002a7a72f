package vn.laborcases.command.inspection;

import org.junit.jupiter.api.Test;
import vn.laborcases.api.inspection.*;

import java.time.LocalDate;

import static vn.laborcases.command.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.inspection.InspectionFixtures.*;

/**
 * Fines inside their bands (Decree 12/2022/ND-CP, doubled for an organisation), amendments that
 * keep the initial amount, and payments never above what is due. The wages finding affects 420
 * workers: 40-50 M VND for an individual, 80-100 M for the company.
 */
class InspectionSanctionsTest {

    private static final String ART_17_2 = "Decree 12/2022/ND-CP Art 17(2)";

    @Test
    void aFineInsideTheOrganisationBandIsImposed() {
        inspectionFixture().given(concluded())
                .when(fine(80_000_000))
                .expectEvents(fined(80_000_000));
    }

    @Test
    void aFineBelowTheOrganisationBandIsRefusedNamingTheBand() {
        inspectionFixture().given(concluded())
                .when(fine(79_999_999))
                .expectException(refused(ART_17_2, "80,000,000 to 100,000,000 VND"));
    }

    @Test
    void anIndividualsBandIsHalf() {
        inspectionFixture().given(concluded())
                .when(new ImposeSanctionCommand(INSPECTION, null, SANCTION, WAGES_FINDING, Offender.INDIVIDUAL,
                        50_000_001, "89/QĐ-XPHC", CONCLUDED))
                .expectException(refused(ART_17_2, "40,000,000 to 50,000,000 VND"));
    }

    @Test
    void aSocialInsuranceFineIsAPercentageOfTheAmountPayable() {
        var siFound = new FindingRecordedEvent(INSPECTION, SI_FINDING, TAX_CODE, ViolationCategory.SI_LATE_OR_WRONG_LEVEL,
                "SI Law 41/2024 Art 38", "Contributions on the base wage only", 120, 200_000_000, FOUND, false, null, 12, RULES);
        // Organisation: 24-30% of 200 M, so 48-60 M.
        inspectionFixture().given(with(inFieldwork(), siFound)).andGiven(concluded().subList(4, concluded().size()))
                .when(new ImposeSanctionCommand(INSPECTION, null, SANCTION, SI_FINDING, Offender.ORGANISATION,
                        61_000_000, "90/QĐ-XPHC", CONCLUDED))
                .expectException(refused("Decree 12/2022/ND-CP Art 39(4)", "48,000,000 to 60,000,000"));
    }

    @Test
    void noFineBeforeTheConclusion() {
        inspectionFixture().given(reported())
                .when(fine(90_000_000))
                .expectException(refused("Decree 12/2022/ND-CP", "on the inspection's conclusion"));
    }

    @Test
    void aFineForAnUnknownFindingIsRefused() {
        inspectionFixture().given(concluded())
                .when(new ImposeSanctionCommand(INSPECTION, null, SANCTION, SI_FINDING, Offender.ORGANISATION,
                        90_000_000, "88/QĐ-XPHC", CONCLUDED))
                .expectException(refused(null, "No finding"));
    }

    @Test
    void aCategoryWithNoBandOnFileCannotBeFined() {
        var other = new FindingRecordedEvent(INSPECTION, SI_FINDING, TAX_CODE, ViolationCategory.OTHER,
                "Labor Code Art 12", "No labor register", 0, 0, FOUND, false, null, 12, RULES);
        inspectionFixture().given(with(inFieldwork(), other)).andGiven(concluded().subList(4, concluded().size()))
                .when(new ImposeSanctionCommand(INSPECTION, null, SANCTION, SI_FINDING, Offender.ORGANISATION,
                        5_000_000, "91/QĐ-XPHC", CONCLUDED))
                .expectException(refused("Decree 12/2022/ND-CP", "no fine band for OTHER"));
    }

    @Test
    void anAmendmentKeepsTheInitialAmountBesideTheCurrentOne() {
        LocalDate amended = LocalDate.of(2026, 6, 5);
        inspectionFixture().given(with(concluded(), fined(100_000_000),
                        new SanctionAmendedEvent(INSPECTION, SANCTION, SanctionChange.AMENDMENT, 100_000_000, 100_000_000,
                                90_000_000, wagesBandForOrganisation(), LocalDate.of(2026, 6, 1), "Calculation error")))
                .when(new AmendSanctionCommand(INSPECTION, null, SANCTION, SanctionChange.SETTLEMENT, 85_000_000, amended,
                        "Settled after the complaint about the fine"))
                .expectEvents(new SanctionAmendedEvent(INSPECTION, SANCTION, SanctionChange.SETTLEMENT, 100_000_000,
                        90_000_000, 85_000_000, wagesBandForOrganisation(), amended, "Settled after the complaint about the fine"))
                .expectState(i -> {
                    var sanction = i.state().sanctions().get(0);
                    assertThat(sanction.initialAmount()).isEqualTo(100_000_000);
                    assertThat(sanction.currentAmount()).isEqualTo(85_000_000);
                });
    }

    @Test
    void anAmendmentOutsideTheBandOrWithoutAReasonIsRefused() {
        inspectionFixture().given(with(concluded(), fined(100_000_000)))
                .when(new AmendSanctionCommand(INSPECTION, null, SANCTION, SanctionChange.SETTLEMENT, 50_000_000,
                        CONCLUDED, "Settled"))
                .expectException(refused(ART_17_2, "outside its band"));
        inspectionFixture().given(with(concluded(), fined(100_000_000)))
                .when(new AmendSanctionCommand(INSPECTION, null, SANCTION, SanctionChange.AMENDMENT, 90_000_000,
                        CONCLUDED, ""))
                .expectException(refused(null, "needs a reason"));
    }

    @Test
    void paymentsAreRecordedUpToWhatIsDue() {
        LocalDate paid = LocalDate.of(2026, 6, 10);
        inspectionFixture().given(with(concluded(), fined(90_000_000),
                        new FinePaidEvent(INSPECTION, SANCTION, 40_000_000, LocalDate.of(2026, 6, 1), 40_000_000, 50_000_000)))
                .when(new RecordFinePaymentCommand(INSPECTION, null, SANCTION, 50_000_000, paid))
                .expectEvents(new FinePaidEvent(INSPECTION, SANCTION, 50_000_000, paid, 90_000_000, 0));
    }

    @Test
    void aPaymentAboveWhatIsDueIsRefused() {
        inspectionFixture().given(with(concluded(), fined(90_000_000),
                        new FinePaidEvent(INSPECTION, SANCTION, 40_000_000, LocalDate.of(2026, 6, 1), 40_000_000, 50_000_000)))
                .when(new RecordFinePaymentCommand(INSPECTION, null, SANCTION, 50_000_001, LocalDate.of(2026, 6, 10)))
                .expectException(refused("Decree 12/2022/ND-CP", "more than the 50,000,000 VND still due"));
    }

    @Test
    void aFineCannotBeAmendedBelowWhatWasPaid() {
        inspectionFixture().given(with(concluded(), fined(95_000_000),
                        new FinePaidEvent(INSPECTION, SANCTION, 90_000_000, LocalDate.of(2026, 6, 1), 90_000_000, 5_000_000)))
                .when(new AmendSanctionCommand(INSPECTION, null, SANCTION, SanctionChange.AMENDMENT, 85_000_000,
                        LocalDate.of(2026, 6, 2), "Recalculated"))
                .expectException(refused("Decree 12/2022/ND-CP", "already been paid"));
    }
}
