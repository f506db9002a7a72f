package vn.laborcases.command.dispute;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import vn.laborcases.api.dispute.DisputeKind;
import vn.laborcases.api.dispute.DisputeStatus;
import vn.laborcases.api.dispute.StrikeDecisionRecordedEvent;
import vn.laborcases.api.dispute.StrikeNoticeRecordedEvent;
import vn.laborcases.api.dispute.StrikeOpinionCollectionStartedEvent;
import vn.laborcases.api.dispute.StrikePostponedEvent;
import vn.laborcases.api.dispute.StrikeStage;
import vn.laborcases.api.dispute.StrikeStartedEvent;
import vn.laborcases.api.dispute.StrikeViolation;
import vn.laborcases.rules.dispute.StrikeFacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The strike part of an interest dispute: the procedure steps taken so far and the rules they
 * broke. Changed only by the dispute's event-sourcing handlers.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class StrikeProgress {

    StrikeStage stage;
    Boolean organiserHasBargainingRights;
    LocalDate employerNotifiedOn;
    LocalDate collectionStartsOn;
    Integer consulted;
    Integer inFavour;
    LocalDate noticeSentOn;
    LocalDate plannedStartOn;
    LocalDate startedOn;
    boolean workplaceOnBannedList;
    LocalDate postponedUntil;
    boolean cancelled;
    Boolean lawful;
    List<StrikeViolation> violations = new ArrayList<>();

    StrikeFacts facts(DisputeKind kind, DisputeStatus status) {
        return new StrikeFacts(kind, status, organiserHasBargainingRights, employerNotifiedOn, collectionStartsOn,
                consulted, inFavour, noticeSentOn, plannedStartOn, startedOn, workplaceOnBannedList,
                postponedUntil, cancelled);
    }

    /** A new round of the procedure may begin once the previous strike has ended or was called off. */
    boolean isOver() {
        return stage == StrikeStage.ENDED || stage == StrikeStage.CANCELLED;
    }

    void recordViolations(List<StrikeViolation> found) {
        for (StrikeViolation violation : found) {
            if (!violations.contains(violation)) {
                violations.add(violation);
            }
        }
    }

    /**
     * The strike a start belongs to: the one whose procedure is running (a cancelled one too,
     * so that striking anyway is flagged), or a new one with no procedure at all.
     */
    static StrikeProgress forStart(StrikeProgress current) {
        return current == null || current.stage == StrikeStage.ENDED ? new StrikeProgress() : current;
    }

    static StrikeProgress opinionCollectionStarted(StrikeOpinionCollectionStartedEvent event) {
        var progress = new StrikeProgress();
        progress.stage = StrikeStage.OPINION_COLLECTION;
        progress.organiserHasBargainingRights = event.organiserHasBargainingRights();
        progress.employerNotifiedOn = event.employerNotifiedOn();
        progress.collectionStartsOn = event.collectionStartsOn();
        progress.recordViolations(event.violations());
        return progress;
    }

    void on(StrikeDecisionRecordedEvent event) {
        stage = StrikeStage.DECIDED;
        consulted = event.consulted();
        inFavour = event.inFavour();
        recordViolations(event.violations());
    }

    void on(StrikeNoticeRecordedEvent event) {
        stage = StrikeStage.NOTIFIED;
        noticeSentOn = event.noticeSentOn();
        plannedStartOn = event.plannedStartOn();
        recordViolations(event.violations());
    }

    /** The start is judged on every step taken, so its findings replace the earlier ones. */
    void on(StrikeStartedEvent event) {
        stage = StrikeStage.UNDER_WAY;
        startedOn = event.startedOn();
        lawful = event.lawful();
        violations = new ArrayList<>(event.violations());
    }

    void on(StrikePostponedEvent event) {
        stage = event.cancelled() ? StrikeStage.CANCELLED : StrikeStage.POSTPONED;
        cancelled = event.cancelled();
        postponedUntil = event.postponedUntil();
    }
}
