package vn.laborcases.command.infra.metrics;

import org.junit.jupiter.api.Test;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.Province;
import vn.laborcases.api.arrears.ComplaintClosedEvent;
import vn.laborcases.api.arrears.ComplaintRefusedEvent;
import vn.laborcases.api.arrears.ComplaintRegisteredEvent;
import vn.laborcases.api.arrears.SecondComplaintWindowClosedEvent;
import vn.laborcases.api.dispute.DisputeFiledEvent;
import vn.laborcases.api.dispute.DisputeReopenedEvent;
import vn.laborcases.api.dispute.DisputeWithdrawnEvent;
import vn.laborcases.api.dispute.MediationLapsedEvent;
import vn.laborcases.api.dispute.WorkStoppageEndedEvent;
import vn.laborcases.api.dispute.WorkStoppageReportedEvent;
import vn.laborcases.api.inspection.Enterprise;
import vn.laborcases.api.inspection.InspectionClosedEvent;
import vn.laborcases.api.inspection.InspectionStartedEvent;
import vn.laborcases.api.inspection.RemediationOverdueEvent;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.laborcases.command.infra.metrics.CaseMilestone.Kind.CLOSED;
import static vn.laborcases.command.infra.metrics.CaseMilestone.Kind.DEADLINE_MISSED;
import static vn.laborcases.command.infra.metrics.CaseMilestone.Kind.OPENED;

class CaseMilestoneTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    void theOpeningEventOfEachCaseTypeOpensAFileInTheProvinceItNames() {
        assertThat(CaseMilestone.of(new DisputeFiledEvent(null, null, null, Province.HO_CHI_MINH, null, null, null,
                null, 1, null, null, DAY, DAY, null, null, null, "v1")))
                .contains(new CaseMilestone(OPENED, CaseType.LABOR_DISPUTE, Province.HO_CHI_MINH));
        assertThat(CaseMilestone.of(new WorkStoppageReportedEvent(null, null, Province.BAC_NINH, null, null, 300,
                null, DAY, null, false, null, "v1")))
                .contains(new CaseMilestone(OPENED, CaseType.WORK_STOPPAGE, Province.BAC_NINH));
        assertThat(CaseMilestone.of(new ComplaintRegisteredEvent(null, null, Province.HA_NOI, null, null, null, null,
                40, null, DAY, null, "v1")))
                .contains(new CaseMilestone(OPENED, CaseType.WAGE_ARREARS, Province.HA_NOI));
        assertThat(CaseMilestone.of(new InspectionStartedEvent(null, null, null, null, null,
                new Enterprise(null, "Plant", Province.DONG_NAI, null, null, null), DAY, null, "v1")))
                .contains(new CaseMilestone(OPENED, CaseType.INSPECTION, Province.DONG_NAI));
    }

    @Test
    void closingAFileOrEndingAWorkStoppageClosesIt_theProvinceComesFromTheCase() {
        assertThat(CaseMilestone.of(new ComplaintClosedEvent(null, DAY, "Paid", null)))
                .contains(new CaseMilestone(CLOSED, CaseType.WAGE_ARREARS, null));
        assertThat(CaseMilestone.of(new WorkStoppageEndedEvent(null, DAY, "Back to work")))
                .contains(new CaseMilestone(CLOSED, CaseType.WORK_STOPPAGE, null));
        assertThat(CaseMilestone.of(new InspectionClosedEvent(null, DAY, "Done", null)))
                .contains(new CaseMilestone(CLOSED, CaseType.INSPECTION, null));
    }

    @Test
    void withdrawalRefusalAndReopeningNeitherOpenNorClose() {
        assertThat(CaseMilestone.of(new DisputeWithdrawnEvent(null, DAY, "Settled privately"))).isEmpty();
        assertThat(CaseMilestone.of(new ComplaintRefusedEvent(null, DAY, "Out of scope", false))).isEmpty();
        assertThat(CaseMilestone.of(new DisputeReopenedEvent(null, DAY, "New facts", null))).isEmpty();
    }

    @Test
    void aRecordedLapseIsAMissedDeadline_butAPartysUnusedWindowIsNot() {
        assertThat(CaseMilestone.of(new MediationLapsedEvent(null, DAY)))
                .contains(new CaseMilestone(DEADLINE_MISSED, CaseType.LABOR_DISPUTE, null));
        assertThat(CaseMilestone.of(new RemediationOverdueEvent(null, null, DAY)))
                .contains(new CaseMilestone(DEADLINE_MISSED, CaseType.INSPECTION, null));
        assertThat(CaseMilestone.of(new SecondComplaintWindowClosedEvent(null, DAY))).isEmpty();
    }
}
