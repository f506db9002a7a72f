package vn.laborcases.query.audit;

import vn.laborcases.api.CaseType;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.query.enterprise.EnterpriseController;
import vn.laborcases.query.outcomes.StatisticsFilters;
import vn.laborcases.query.web.InvalidQueryException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The global trail's filters, all combined with AND; every bad value is a 400 that says what
 * is allowed.
 *
 * @param eventTypes the actions asked for, as event types (SanctionAmended → SanctionAmendedEvent); empty: all
 * @param from       inclusive lower bound on the chosen time axis, or null
 * @param to         exclusive upper bound on the chosen time axis, or null
 */
record TrailFilter(String actor, String role, List<String> eventTypes, CaseType caseType, Province province,
                   TaxCode taxCode, Instant from, Instant to, Axis axis) {

    /** Which time the from/to range applies to: when it was recorded, or when it happened. */
    enum Axis {
        RECORDED("record_time"), BUSINESS("business_time");

        final String column;

        Axis(String column) {
            this.column = column;
        }
    }

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int ACTIONS_NAMED_IN_ERRORS = 8;

    /**
     * @param knownEventTypes the event types an action may name
     * @param from            a day YYYY-MM-DD (from its start in Vietnam) or an ISO date-time with offset
     * @param to              a day (to its end, inclusive) or an ISO date-time with offset (exclusive)
     */
    static TrailFilter parse(String actor, String role, String action, String caseType, String province,
                             String taxCode, String from, String to, String axis, Set<String> knownEventTypes) {
        Instant start = time("from", from, false);
        Instant end = time("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidQueryException("from (" + from + ") must come before to (" + to + ")");
        }
        return new TrailFilter(blankToNull(actor), blankToNull(role), eventTypes(action, knownEventTypes),
                StatisticsFilters.enumValue("caseType", caseType, CaseType.class),
                EnterpriseController.province(province),
                taxCode == null || taxCode.isBlank() ? null : EnterpriseController.taxCode(taxCode), start, end,
                axis(axis));
    }

    private static List<String> eventTypes(String actions, Set<String> known) {
        if (actions == null || actions.isBlank()) {
            return List.of();
        }
        Set<String> types = new LinkedHashSet<>();
        for (String action : actions.split(",")) {
            String type = action.strip() + "Event";
            if (!known.contains(type)) {
                List<String> some = new ArrayList<>();
                known.stream().limit(ACTIONS_NAMED_IN_ERRORS).forEach(t -> some.add(AuditEntry.action(t)));
                throw new InvalidQueryException("Unknown action '" + action.strip() + "'. An action is an event type "
                        + "without 'Event', such as " + String.join(", ", some) + " (" + known.size()
                        + " in all; GET /audit/actions lists them)");
            }
            types.add(type);
        }
        return List.copyOf(types);
    }

    private static Instant time(String name, String value, boolean endOfRange) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            LocalDate day = LocalDate.parse(text);
            return (endOfRange ? day.plusDays(1) : day).atStartOfDay(VIETNAM).toInstant();
        } catch (DateTimeParseException notADay) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notAMoment) {
                throw new InvalidQueryException(name + " must be a day YYYY-MM-DD or a date-time with offset such as "
                        + "2026-03-01T08:00:00+07:00; got '" + value + "'");
            }
        }
    }

    private static Axis axis(String value) {
        if (value == null || value.isBlank()) {
            return Axis.RECORDED;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "recorded" -> Axis.RECORDED;
            case "business" -> Axis.BUSINESS;
            default -> throw new InvalidQueryException("axis must be recorded (when it was logged) or business "
                    + "(when it happened); got '" + value + "'");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
