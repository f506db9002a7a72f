package vn.laborcases.query.strikes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long a strike or work stoppage lasted, in calendar days with both the first and the last
 * day counted: one that starts and ends on the same day lasted one day. Null while it goes on.
 */
public final class StrikeDuration {

    private StrikeDuration() {
    }

    public static Integer days(LocalDate startedOn, LocalDate endedOn) {
        if (startedOn == null || endedOn == null) {
            return null;
        }
        // An end recorded before the start (a data-entry slip the command side let through)
        // still counts as the one day it was recorded for, never as a negative duration.
        return (int) Math.max(ChronoUnit.DAYS.between(startedOn, endedOn), 0) + 1;
    }
}
