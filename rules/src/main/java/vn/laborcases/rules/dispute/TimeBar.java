package vn.laborcases.rules.dispute;

import vn.laborcases.api.dispute.DisputeKind;
import vn.laborcases.api.dispute.Forum;
import vn.laborcases.api.dispute.TimeBarCheck;
import vn.laborcases.api.dispute.TimeBarOverride;
import vn.laborcases.api.dispute.TolledPeriod;
import vn.laborcases.rules.Deadlines;
import vn.laborcases.rules.RuleBreach;
import vn.laborcases.rules.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The time limit to ask a forum to resolve a dispute (Labor Code Art 190): N months from the
 * day the requester discovered the infringement, plus the days lost to force majeure or an
 * objective obstacle (Art 190(4)), which the requester proves with evidence.
 */
public final class TimeBar {

    private TimeBar() {
    }

    public static TimeBarCheck check(DisputeKind kind, Forum forum, LocalDate discoveredOn, LocalDate requestedOn,
                                     List<TolledPeriod> tolled, TimeBarOverride override,
                                     DisputeRules rules, WorkingDayCalendar calendar) {
        var months = rules.timeBarMonths(kind, forum);
        if (months.isEmpty()) {
            return new TimeBarCheck(forum, discoveredOn, requestedOn, null, 0, false, null, DisputeArticles.TIME_BAR);
        }
        // Only days lost while the period is still running are not counted (Art 190(4)): an
        // obstacle that arises after the limit has passed does not revive the request. Each
        // tolled day moves the limit on, which can bring more tolled days into the period, so
        // count until the limit settles (it only moves forward, and at most to the request).
        long tolledDays = 0;
        LocalDate limitOn = Deadlines.monthsAfter(calendar, discoveredOn, months.get());
        while (true) {
            long counted = tolledDays(tolled, discoveredOn, requestedOn.isBefore(limitOn) ? requestedOn : limitOn);
            if (counted == tolledDays) {
                break;
            }
            tolledDays = counted;
            limitOn = Deadlines.monthsAfter(calendar, discoveredOn.plusDays(tolledDays), months.get());
        }
        boolean barred = requestedOn.isAfter(limitOn);
        return new TimeBarCheck(forum, discoveredOn, requestedOn, limitOn, tolledDays, barred,
                barred ? override : null, DisputeArticles.TIME_BAR);
    }

    /** Refuses a barred request unless it was accepted on recorded evidence. */
    public static Optional<RuleBreach> breach(TimeBarCheck check) {
        if (!check.barred() || isJustified(check.override())) {
            return Optional.empty();
        }
        return Optional.of(new RuleBreach(DisputeArticles.TIME_BAR,
                "The request to %s was received on %s, after the time bar ended on %s (%d tolled day(s) counted). "
                        .formatted(check.forum().name().toLowerCase(), check.requestedOn(), check.limitOn(),
                                check.tolledDays())
                        + "It can be accepted only with a timeBarOverride giving a reason and the evidence relied on."));
    }

    /** An override counts only with a reason and at least one identified document. */
    public static boolean isJustified(TimeBarOverride override) {
        return override != null && override.reason() != null && !override.reason().isBlank()
                && override.evidence() != null && !override.evidence().isEmpty()
                && override.evidence().stream().allMatch(d -> d != null && d.sha256() != null && !d.sha256().isBlank());
    }

    /**
     * Calendar days covered by the tolled periods after discovery and up to the request, counting
     * a day covered by two overlapping periods once.
     */
    public static long tolledDays(List<TolledPeriod> tolled, LocalDate discoveredOn, LocalDate requestedOn) {
        if (tolled == null || tolled.isEmpty()) {
            return 0;
        }
        List<LocalDate[]> clipped = new ArrayList<>();
        for (TolledPeriod period : tolled) {
            // The period runs from the day after discovery (Civil Code Art 147), so the discovery
            // day itself is never a lost day.
            LocalDate from = period.from().isAfter(discoveredOn) ? period.from() : discoveredOn.plusDays(1);
            LocalDate to = period.to().isAfter(requestedOn) ? requestedOn : period.to();
            if (!to.isBefore(from)) {
                clipped.add(new LocalDate[]{from, to});
            }
        }
        clipped.sort(Comparator.comparing(p -> p[0]));
        long days = 0;
        LocalDate coveredUntil = null;
        for (LocalDate[] period : clipped) {
            LocalDate start = coveredUntil == null || period[0].isAfter(coveredUntil) ? period[0] : coveredUntil.plusDays(1);
            if (!period[1].isBefore(start)) {
                days += ChronoUnit.DAYS.between(start, period[1]) + 1;
                coveredUntil = period[1];
            }
        }
        return days;
    }
}
