package vn.laborcases.query.deadlines;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.inspection.DraftConclusionOverdueEvent;
import vn.laborcases.api.inspection.DraftConclusionRecordedEvent;
import vn.laborcases.api.inspection.FieldworkEndedEvent;
import vn.laborcases.api.inspection.InspectionAnnouncedEvent;
import vn.laborcases.api.inspection.InspectionClosedEvent;
import vn.laborcases.api.inspection.InspectionDurationOverdueEvent;
import vn.laborcases.api.inspection.InspectionExtendedEvent;
import vn.laborcases.api.inspection.InspectionReopenedEvent;
import vn.laborcases.api.inspection.InspectionStartedEvent;
import vn.laborcases.api.inspection.RemediationOrderedEvent;
import vn.laborcases.api.inspection.RemediationOverdueEvent;
import vn.laborcases.api.inspection.RemediationVerifiedEvent;
import vn.laborcases.api.inspection.RemediationWaivedEvent;
import vn.laborcases.api.inspection.ResultsReportSubmittedEvent;
import vn.laborcases.rules.inspection.InspectionArticles;

import java.time.LocalDate;
import java.util.UUID;

import static vn.laborcases.api.DeadlineKind.DRAFT_CONCLUSION;
import static vn.laborcases.api.DeadlineKind.INSPECTION_DURATION;
import static vn.laborcases.api.DeadlineKind.REMEDIATION;

/**
 * An inspection's deadlines, following InspectionCaseFile: the announcement opens the duration
 * cap (an extension moves it), the results report opens the draft conclusion, and every
 * remediation ordered is a deadline of its own, keyed by its id.
 */
@Component
@ProcessingGroup(DeadlineRadar.PROCESSING_GROUP)
class InspectionDeadlines {

    private final RadarRows rows;

    InspectionDeadlines(RadarRows rows) {
        this.rows = rows;
    }

    static String remediationKey(UUID remediationId) {
        return REMEDIATION.name() + ":" + remediationId;
    }

    @EventHandler
    void on(InspectionStartedEvent event, @SequenceNumber long sequence) {
        rows.startCase(event.inspectionId().value(), CaseType.INSPECTION, event.caseNumber(),
                event.enterprise().province(), sequence);
    }

    @EventHandler
    void on(InspectionAnnouncedEvent event, @SequenceNumber long sequence) {
        UUID id = event.inspectionId().value();
        if (rows.advance(id, sequence)) {
            rows.open(id, event.durationCap());
        }
    }

    @EventHandler
    void on(InspectionExtendedEvent event, @SequenceNumber long sequence) {
        UUID id = event.inspectionId().value();
        if (rows.advance(id, sequence)) {
            rows.open(id, event.durationCap());
        }
    }

    @EventHandler
    void on(InspectionDurationOverdueEvent event, @SequenceNumber long sequence) {
        rows.missed(event.inspectionId().value(), sequence, INSPECTION_DURATION, event.dueOn());
    }

    @EventHandler
    void on(FieldworkEndedEvent event, @SequenceNumber long sequence) {
        rows.met(event.inspectionId().value(), sequence, INSPECTION_DURATION, event.endedOn());
    }

    @EventHandler
    void on(ResultsReportSubmittedEvent event, @SequenceNumber long sequence) {
        UUID id = event.inspectionId().value();
        if (rows.advance(id, sequence)) {
            rows.open(id, event.draftConclusion());
        }
    }

    @EventHandler
    void on(DraftConclusionRecordedEvent event, @SequenceNumber long sequence) {
        rows.met(event.inspectionId().value(), sequence, DRAFT_CONCLUSION, event.draftedOn());
    }

    @EventHandler
    void on(DraftConclusionOverdueEvent event, @SequenceNumber long sequence) {
        rows.missed(event.inspectionId().value(), sequence, DRAFT_CONCLUSION, event.dueOn());
    }

    @EventHandler
    void on(RemediationOrderedEvent event, @SequenceNumber long sequence) {
        UUID id = event.inspectionId().value();
        if (rows.advance(id, sequence)) {
            rows.open(id, remediationKey(event.remediationId()), REMEDIATION, event.dueOn(),
                    InspectionArticles.SANCTIONS);
        }
    }

    @EventHandler
    void on(RemediationOverdueEvent event, @SequenceNumber long sequence) {
        rows.settle(event.inspectionId().value(), sequence, remediationKey(event.remediationId()),
                DeadlineState.MISSED, RadarRows.firstDayLate(event.dueOn()));
    }

    @EventHandler
    void on(RemediationVerifiedEvent event, @SequenceNumber long sequence) {
        rows.settle(event.inspectionId().value(), sequence, remediationKey(event.remediationId()),
                DeadlineState.MET, event.verifiedOn());
    }

    @EventHandler
    void on(RemediationWaivedEvent event, @SequenceNumber long sequence) {
        rows.settle(event.inspectionId().value(), sequence, remediationKey(event.remediationId()),
                DeadlineState.CANCELLED, event.waivedOn());
    }

    @EventHandler
    void on(InspectionClosedEvent event, @SequenceNumber long sequence) {
        rows.close(event.inspectionId().value(), sequence, event.closedOn());
    }

    @EventHandler
    void on(InspectionReopenedEvent event, @SequenceNumber long sequence) {
        rows.reopen(event.inspectionId().value(), sequence);
    }
}
