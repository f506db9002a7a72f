package vn.laborcases.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import vn.laborcases.api.Province;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a value of the stored JSON reads in a sentence: amounts in VND with thousands separators,
 * dates spelled out, enum names in words. An empty result means "nothing to say", which drops
 * the optional part of a template around it.
 */
final class SentenceFormats {

    /**
     * The formats a placeholder may name after its '|'. "if" takes the text to show when a flag is
     * true; "either" takes two, separated by '/', for true and for false.
     */
    static final Set<String> NAMES = Set.of("text", "vnd", "number", "date", "month", "enum", "province", "count",
            "if", "either");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    private SentenceFormats() {
    }

    static String format(JsonNode value, String format, String argument) {
        boolean absent = value == null || value.isMissingNode() || value.isNull();
        return switch (format) {
            case "if" -> !absent && value.asBoolean() ? argument : "";
            case "either" -> absent ? "" : argument.split("/", 2)[value.asBoolean() ? 0 : 1];
            case "count" -> absent ? "" : grouped(value.isArray() ? value.size() : value.asLong());
            default -> absent ? "" : each(value, format);
        };
    }

    /** A list reads as its elements joined with commas, each formatted alike. */
    private static String each(JsonNode value, String format) {
        if (!value.isArray()) {
            return scalar(value, format);
        }
        List<String> parts = new ArrayList<>();
        value.forEach(element -> parts.add(scalar(element, format)));
        return String.join(", ", parts);
    }

    private static String scalar(JsonNode value, String format) {
        String text = value.asText();
        return switch (format) {
            case "vnd" -> grouped(value.asLong()) + " VND";
            case "number" -> grouped(value.asLong());
            case "date" -> day(text);
            case "month" -> month(text);
            case "enum" -> words(text);
            case "province" -> province(text);
            default -> value.isBoolean() ? (value.asBoolean() ? "yes" : "no") : text;
        };
    }

    static String grouped(long number) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(number);
    }

    /** A date, or the day of a date-time, as "3 March 2026"; anything else as written. */
    static String day(String text) {
        try {
            return LocalDate.parse(text).format(DAY);
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(text).toLocalDate().format(DAY);
            } catch (DateTimeParseException notADateTime) {
                return text;
            }
        }
    }

    private static String month(String text) {
        try {
            return YearMonth.parse(text).format(MONTH);
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    /** WAGES_LATE_OR_SHORT reads "wages late or short"; SI and OSH stay capitals. */
    static String words(String constant) {
        List<String> words = new ArrayList<>();
        for (String word : constant.split("_")) {
            words.add(word.length() <= 3 && (word.equals("SI") || word.equals("OSH")) ? word
                    : word.toLowerCase(Locale.ROOT));
        }
        return String.join(" ", words);
    }

    /** ClaimLineAdded reads "claim line added". */
    static String camelWords(String name) {
        return name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    private static String province(String name) {
        try {
            return Province.valueOf(name).displayName();
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
