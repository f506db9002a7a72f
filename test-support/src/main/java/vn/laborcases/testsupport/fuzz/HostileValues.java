package vn.laborcases.testsupport.fuzz;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Values that have broken web apps before: odd Unicode, injection fragments, numbers at and
 * past the edges of their types, and dates no calendar has. Chosen by hand rather than
 * generated, so that every run tries the known troublemakers.
 */
final class HostileValues {

    static final List<String> STRINGS = List.of(
            "", " ", "\u0000", "a\u0000b", "\uD800", "x\uDC00y", "\u202Eevil\u202C", "\u200F\u200E",
            "😀👩‍👩‍👧‍👦", "e\u0301\u0301\u0301\u0301", "\uFEFF", "\uFFFF", "Z̷̢͉a̸͍l̴g̵o̷",
            "' OR '1'='1", "'; DROP TABLE domain_event_entry; --", "\" ; select pg_sleep(0) --", "%", "_", "\\",
            "<script>alert(1)</script>", "${jndi:ldap://x/a}", "#{7*7}", "{{7*7}}", "../../etc/passwd",
            "null", "NaN", "true", "[]", "{}", "x".repeat(10_000));

    /** Numbers as JSON literals: written raw, so that overflow reaches the parser. */
    static final List<String> NUMBERS = List.of(
            "-1", "-0", "0", "-0.0", "1e400", "-1e400", "1e-400", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "2147483648", "99999999999999999999999999999999999", "0.1", "1.5",
            "123456789012345678901234567890.123456789", "1E+2147483647", "-2147483649");

    static final List<String> DATES = List.of(
            "2026-02-30", "2026-13-01", "2026-00-10", "0000-01-01", "0000-00-00", "99999-01-01", "+999999999-12-31",
            "-0001-01-01", "2026-1-1", "01/02/2026", "yesterday", "2026-02-29T00:00:00Z", "2026-06-31",
            "1970-01-01T00:00:00+25:00", "2026-03-08T25:61:00+07:00");

    /** Anything that is not a UUID, plus ones of every shape that name nothing. */
    static final List<String> IDS = List.of(
            "not-a-uuid", "0", "-1", "00000000-0000-0000-0000-00000000000g", "00000000-0000-0000-0000-000000000000",
            "ffffffff-ffff-ffff-ffff-ffffffffffff", "{id}", "%00", "..", "1%20OR%201=1", "%F0%9F%98%80",
            "x".repeat(2_000));

    /** As a filter, an unknown UUID is a fair question with an empty answer; these are no UUIDs at all. */
    static final List<String> NOT_UUIDS = IDS.stream().filter(id -> !id.matches("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}")).toList();

    static final List<String> IF_MATCH = List.of(
            "abc", "\"abc\"", "W/\"1\"", "-1", "\"-1\"", "99999999999999999999", "\"9223372036854775807\"", "*",
            "\"1\", \"2\"", "\"", "1e400", " ");

    static final List<String> IDEMPOTENCY_KEYS = List.of(
            " ", "x".repeat(5_000), "'; DROP TABLE idempotency --", "../..", "%00", "\"quoted\"", "-");

    private HostileValues() {
    }

    static <T> T pick(List<T> values, RandomGenerator random) {
        return values.get(random.nextInt(values.size()));
    }

    /** A hostile value in any of the kinds, as it would appear in a query string or a path. */
    static String anyText(RandomGenerator random) {
        return switch (random.nextInt(4)) {
            case 0 -> pick(STRINGS, random);
            case 1 -> pick(NUMBERS, random);
            case 2 -> pick(DATES, random);
            default -> pick(IDS, random);
        };
    }
}
