package vn.laborcases.command.infra;

import vn.laborcases.rules.Deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The envelope's business time: an ISO-8601 date-time at Vietnam's offset, so that the day it
 * names is the legal day and the moment is still exact.
 */
public final class BusinessTime {

    private BusinessTime() {
    }

    public static String of(LocalDate day) {
        return day.atStartOfDay(Deadlines.ZONE).toOffsetDateTime().toString();
    }

    public static String of(Instant moment) {
        return OffsetDateTime.ofInstant(moment, Deadlines.ZONE).toString();
    }
}
