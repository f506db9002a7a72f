package vn.laborcases.security;

import vn.laborcases.api.Province;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a jurisdiction claim or configured attribute: province names (HA_NOI) or codes (01),
 * or ALL / NATIONAL for the whole country. Unknown entries refuse the login rather than
 * silently narrowing or widening it.
 */
public final class Jurisdictions {

    public static final String NATIONAL = "ALL";

    private Jurisdictions() {
    }

    /** A parsed jurisdiction: the whole country, or these provinces. */
    public record Jurisdiction(boolean national, Set<Province> provinces) {
    }

    public static Jurisdiction parse(Collection<String> entries) {
        Set<Province> provinces = EnumSet.noneOf(Province.class);
        boolean national = false;
        for (String raw : entries) {
            String entry = raw.strip().toUpperCase(Locale.ROOT);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.equals(NATIONAL) || entry.equals("NATIONAL")) {
                national = true;
            } else {
                provinces.add(province(entry));
            }
        }
        return new Jurisdiction(national, provinces);
    }

    /** A claim given as a JSON list, or as one string separated by commas or spaces. */
    public static List<String> entries(Object claim) {
        List<String> entries = new ArrayList<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> entries.add(String.valueOf(value)));
        } else if (claim != null) {
            entries.addAll(List.of(String.valueOf(claim).split("[,\\s]+")));
        }
        entries.removeIf(String::isBlank);
        return entries;
    }

    private static Province province(String entry) {
        for (Province province : Province.values()) {
            if (province.name().equals(entry) || province.code().equals(entry)) {
                return province;
            }
        }
        throw new IllegalArgumentException("Unknown province in jurisdiction: " + entry);
    }
}
