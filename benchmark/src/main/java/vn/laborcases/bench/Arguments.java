package vn.laborcases.bench;

import java.util.List;
import java.util.Map;

/** How the benchmark and the fault-injection suite read their {@code --name=value} options. */
public final class Arguments {

    private Arguments() {
    }

    /** The whole number given as {@code --name}, else the fallback; refused below 1. */
    public static long number(Map<String, String> given, String name, long fallback) {
        return number(given, name, fallback, 1);
    }

    /** The whole number given as {@code --name}, else the fallback; refused below {@code least}. */
    public static long number(Map<String, String> given, String name, long fallback, long least) {
        long value = given.containsKey(name) ? Long.parseLong(given.get(name)) : fallback;
        if (value < least) {
            throw new IllegalArgumentException("--" + name + " must be at least " + least);
        }
        return value;
    }

    /** A space-separated list, such as JVM options; empty when not given. */
    public static List<String> words(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
    }
}
