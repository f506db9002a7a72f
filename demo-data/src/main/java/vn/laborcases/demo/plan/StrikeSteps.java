package vn.laborcases.demo.plan;

import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/**
 * The strike of an interest dispute whose mediation failed: by the procedure of Arts 201-202,
 * or walked out without it (recorded, and flagged unlawful by the server under Art 204).
 */
final class StrikeSteps {

    private final WorkingDayCalendar calendar;

    StrikeSteps(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    void lawful(Steps steps, Dice dice, LocalDate failed, int workers, boolean postponed, Enterprise employer) {
        LocalDate notified = failed.plusDays(dice.between(1, 3));
        LocalDate collection = notified.plusDays(dice.between(1, 3));
        steps.on(collection, "strike/opinion-collection", "organiser", "Ban chấp hành công đoàn cơ sở",
                "organiserHasBargainingRights", true,
                "method", dice.chance(0.6) ? "REPRESENTATIVE_BOARD" : "ALL_EMPLOYEES",
                "employerNotifiedOn", notified, "collectionStartsOn", collection);
        LocalDate decided = collection.plusDays(dice.between(2, 5));
        int inFavour = Math.max(workers / 2 + 1, (int) Math.round(workers * (0.55 + 0.4 * dice.unit())));
        steps.on(decided, "strike/decision", "decidedOn", decided, "consulted", workers,
                "inFavour", Math.min(inFavour, workers));
        LocalDate notice = decided.plusDays(1);
        // More than the 5 working days' notice of Art 202(3).
        LocalDate plannedStart = calendar.plusWorkingDays(notice, dice.between(6, 8));
        steps.on(notice, "strike/notice", "noticeSentOn", notice, "plannedStartOn", plannedStart);
        if (postponed) {
            LocalDate decision = notice.plusDays(2);
            steps.on(decision, "strike/postponement", "decidedOn", decision,
                    "postponedUntil", plannedStart.plusDays(dice.between(20, 40)), "cancelled", false,
                    "decidedBy", "Chủ tịch Ủy ban nhân dân " + employer.province().displayName());
            return;
        }
        walkOut(steps, dice, plannedStart, workers);
    }

    void unlawful(Steps steps, Dice dice, LocalDate failed, int workers) {
        LocalDate started = failed.plusDays(dice.between(1, 5));
        LocalDate ended = walkOut(steps, dice, started, workers);
        if (dice.chance(0.4)) {
            LocalDate ruled = ended.plusDays(dice.between(10, 30));
            steps.on(ruled, "strike/court-ruling", "ruledOn", ruled, "lawful", false,
                    "court", "Tòa án nhân dân cấp tỉnh", "ruling", "The strike did not follow Arts 201-202");
        }
    }

    private static LocalDate walkOut(Steps steps, Dice dice, LocalDate started, int workers) {
        int out = Math.max(1, (int) Math.round(workers * (0.6 + 0.4 * dice.unit())));
        steps.on(started, "strike/start", "startedOn", started, "workersInvolved", out, "workplaceOnBannedList", false);
        LocalDate ended = started.plusDays(dice.between(1, 4));
        steps.on(ended, "strike/end", "endedOn", ended);
        return ended;
    }
}
