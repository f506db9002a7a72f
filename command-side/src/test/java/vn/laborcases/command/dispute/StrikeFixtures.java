package vn.laborcases.command.dispute;

import vn.laborcases.api.dispute.OpinionCollectionMethod;
import vn.laborcases.api.dispute.RecordStrikeCourtRulingCommand;
import vn.laborcases.api.dispute.RecordStrikeDecisionCommand;
import vn.laborcases.api.dispute.RecordStrikeEndedCommand;
import vn.laborcases.api.dispute.RecordStrikeNoticeCommand;
import vn.laborcases.api.dispute.RecordStrikePostponementCommand;
import vn.laborcases.api.dispute.RecordStrikeStartedCommand;
import vn.laborcases.api.dispute.StartStrikeOpinionCollectionCommand;
import vn.laborcases.api.dispute.StrikeDecisionRecordedEvent;
import vn.laborcases.api.dispute.StrikeEndedEvent;
import vn.laborcases.api.dispute.StrikeNoticeRecordedEvent;
import vn.laborcases.api.dispute.StrikeOpinionCollectionStartedEvent;
import vn.laborcases.api.dispute.StrikeStartedEvent;

import java.time.LocalDate;
import java.util.List;

import static vn.laborcases.command.dispute.DisputeFixtures.*;

/**
 * Test data for the strike procedure of the interest dispute in {@link DisputeFixtures}: the
 * lawful path after its mediation failed on Friday 6 March 2026. The union tells the employer on
 * Mon 9 Mar, collects opinions on Tue 10 Mar, decides on Thu 12 Mar (151 of 200 in favour), and
 * sends the notice on Fri 13 Mar, so the strike may begin on Fri 20 Mar.
 */
final class StrikeFixtures {

    static final String UNION = "Công đoàn cơ sở Công ty TNHH May mặc Phú Thịnh";

    static final LocalDate EMPLOYER_NOTIFIED = LocalDate.of(2026, 3, 9);
    static final LocalDate COLLECTION_STARTS = LocalDate.of(2026, 3, 10);
    static final LocalDate STRIKE_DECIDED = LocalDate.of(2026, 3, 12);
    static final LocalDate NOTICE_SENT = LocalDate.of(2026, 3, 13);      // Friday
    static final LocalDate EARLIEST_START = LocalDate.of(2026, 3, 20);   // 5 working days later
    static final LocalDate STRIKE_ENDED = LocalDate.of(2026, 3, 23);

    static StartStrikeOpinionCollectionCommand startOpinionCollection() {
        return startOpinionCollection(true, EMPLOYER_NOTIFIED, COLLECTION_STARTS);
    }

    static StartStrikeOpinionCollectionCommand startOpinionCollection(boolean bargainingRights,
                                                                     LocalDate employerNotifiedOn,
                                                                     LocalDate collectionStartsOn) {
        return new StartStrikeOpinionCollectionCommand(DISPUTE, null, UNION, bargainingRights,
                OpinionCollectionMethod.ALL_EMPLOYEES, employerNotifiedOn, collectionStartsOn);
    }

    static StrikeOpinionCollectionStartedEvent opinionCollectionStarted() {
        return new StrikeOpinionCollectionStartedEvent(DISPUTE, UNION, true, OpinionCollectionMethod.ALL_EMPLOYEES,
                EMPLOYER_NOTIFIED, COLLECTION_STARTS, List.of(), RULES_2026);
    }

    static RecordStrikeDecisionCommand decideStrike(int consulted, int inFavour) {
        return new RecordStrikeDecisionCommand(DISPUTE, null, STRIKE_DECIDED, consulted, inFavour);
    }

    static StrikeDecisionRecordedEvent strikeDecided() {
        return new StrikeDecisionRecordedEvent(DISPUTE, STRIKE_DECIDED, 200, 151, true, List.of(), RULES_2026);
    }

    static RecordStrikeNoticeCommand sendStrikeNotice(LocalDate plannedStartOn) {
        return new RecordStrikeNoticeCommand(DISPUTE, null, NOTICE_SENT, plannedStartOn);
    }

    static StrikeNoticeRecordedEvent strikeNoticeSent() {
        return new StrikeNoticeRecordedEvent(DISPUTE, NOTICE_SENT, EARLIEST_START, EARLIEST_START, List.of(),
                RULES_2026);
    }

    static RecordStrikeStartedCommand startStrike(LocalDate on) {
        return startStrike(on, false);
    }

    static RecordStrikeStartedCommand startStrike(LocalDate on, boolean bannedWorkplace) {
        return new RecordStrikeStartedCommand(DISPUTE, null, on, 180, bannedWorkplace);
    }

    static StrikeStartedEvent strikeStarted(LocalDate on) {
        return new StrikeStartedEvent(DISPUTE, on, 180, true, List.of(), RULES_2026);
    }

    static RecordStrikeEndedCommand endStrike(LocalDate on) {
        return new RecordStrikeEndedCommand(DISPUTE, null, on);
    }

    static StrikeEndedEvent strikeEnded(LocalDate on) {
        return new StrikeEndedEvent(DISPUTE, on);
    }

    static final String PROVINCIAL_CHAIR = "Chủ tịch UBND TP. Hồ Chí Minh";

    static RecordStrikePostponementCommand postponeStrike(LocalDate decidedOn, LocalDate until) {
        return new RecordStrikePostponementCommand(DISPUTE, null, decidedOn, until, false, PROVINCIAL_CHAIR);
    }

    static RecordStrikePostponementCommand cancelStrike(LocalDate decidedOn) {
        return new RecordStrikePostponementCommand(DISPUTE, null, decidedOn, null, true, PROVINCIAL_CHAIR);
    }

    static RecordStrikeCourtRulingCommand courtRulesOnStrike(boolean lawful) {
        return new RecordStrikeCourtRulingCommand(DISPUTE, null, LocalDate.of(2026, 4, 20), lawful, COURT,
                lawful ? "The strike was lawful" : "The strike was unlawful");
    }

    /** An interest dispute whose strike procedure is complete up to the notice, all lawful. */
    static List<Object> strikeNotified() {
        return with(interestDisputeAfterFailedMediation(), opinionCollectionStarted(), strikeDecided(),
                strikeNoticeSent());
    }

    private StrikeFixtures() {
    }
}
