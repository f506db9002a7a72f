package vn.laborcases.query.audit;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.TaxCode;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every event record of the api module, found by a classpath scan, and a sample instance of
 * each built by reflection with dummy values, so that a new event is covered without editing
 * any list.
 */
final class SampleEvents {

    private SampleEvents() {
    }

    static List<Class<?>> all() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Event")));
        return scanner.findCandidateComponents("vn.laborcases.api").stream()
                .map(definition -> load(definition.getBeanClassName()))
                .filter(Class::isRecord)
                .<Class<?>>map(type -> type)
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .toList();
    }

    /** An instance with every field set: numbers non-zero, flags true, lists of one element. */
    static Object sample(Type type) {
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
        if (raw == String.class) {
            return "sample text";
        } else if (raw == int.class || raw == Integer.class) {
            return 2;
        } else if (raw == long.class || raw == Long.class) {
            return 12_000_000L;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return true;
        } else if (raw == BigDecimal.class) {
            return new BigDecimal("1.6");
        } else if (raw == LocalDate.class) {
            return LocalDate.of(2026, 3, 3);
        } else if (raw == YearMonth.class) {
            return YearMonth.of(2026, 1);
        } else if (raw == Instant.class) {
            return Instant.parse("2026-03-03T01:00:00Z");
        } else if (raw == UUID.class) {
            return UUID.fromString("7d0e4b2a-1c3f-4a5b-9e6d-8f7a6b5c4d3e");
        } else if (raw == TaxCode.class) {
            return TaxCode.of("0314567890");
        } else if (raw == CaseNumber.class) {
            return CaseNumber.parse("WA-79-2026-000001");
        } else if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        } else if (raw == List.class) {
            return List.of(sample(((ParameterizedType) type).getActualTypeArguments()[0]));
        } else if (raw.isRecord()) {
            return record(raw);
        }
        throw new IllegalArgumentException("No sample value for " + type + "; add one to SampleEvents");
    }

    private static Object record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = Arrays.stream(components).map(c -> sample(c.getGenericType())).toArray();
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build a sample " + type.getName(), e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
