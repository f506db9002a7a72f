package vn.laborcases.query.deadlines;

import vn.laborcases.query.web.InvalidQueryException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Parsing of the radar's and the workload's query parameters, each failure a 400 a person can act on. */
public final class RadarFilters {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private RadarFilters() {
    }

    /** {@code asOf}, or today in Vietnam. */
    public static LocalDate today(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now(VIETNAM);
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("asOf must be a date as YYYY-MM-DD; got '" + asOf + "'");
        }
    }

    /** The enum constant named {@code value}, null when not given. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("%s must be one of %s; got '%s'".formatted(parameter,
                    Arrays.toString(type.getEnumConstants()), value));
        }
    }
}
