package vn.laborcases.query.outcomes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import vn.laborcases.query.web.InvalidQueryException;

/** Parses the statistics endpoints' filters, answering 400 with a message a person can act on. */
public final class StatisticsFilters {

    private StatisticsFilters() {
    }

    /** An optional period [from, to], both inclusive; to must not precede from. */
    public record Period(LocalDate from, LocalDate to) {
    }

    public static Period period(String from, String to) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidQueryException("to (" + end + ") must not be before from (" + start + ")");
        }
        return new Period(start, end);
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException(name + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + "; got '" + value + "'");
        }
    }

    public static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidQueryException(name + " must be true or false; got '" + value + "'");
        };
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(name + " must be a date YYYY-MM-DD; got '" + value + "'");
        }
    }
}
