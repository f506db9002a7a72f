package vn.laborcases.security;

import org.springframework.beans.TypeMismatchException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Says what a path variable or query parameter must be, for both apps' problem responses;
 * Spring's own text names Java types and, for a parameter given twice, prints a Java array.
 */
public final class ParameterErrors {

    private static final int SHOWN = 60;

    private ParameterErrors() {
    }

    public static String explain(TypeMismatchException e) {
        String name = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
        if (e.getValue() instanceof Object[] values) {
            return "'%s' must be %s, given once; got '%s'.".formatted(name, expected(e.getRequiredType()),
                    Arrays.stream(values).map(ParameterErrors::shown).collect(Collectors.joining("', '")));
        }
        return "'%s' must be %s; got '%s'.".formatted(name, expected(e.getRequiredType()), shown(e.getValue()));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date as YYYY-MM-DD";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == OffsetDateTime.class || Temporal.class.isAssignableFrom(type)) {
            return "a date-time as ISO 8601 with its offset";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a whole number in range";
        }
        return "a valid " + type.getSimpleName();
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    }
}
