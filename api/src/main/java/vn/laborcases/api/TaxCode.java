package vn.laborcases.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * An enterprise's tax code: 10 digits, or 13 for a branch (written with or without the
 * hyphen before the last three). Stored in the canonical form with the hyphen.
 */
public record TaxCode(String value) {

    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
    private static final Pattern BRANCH = Pattern.compile("(\\d{10})-?(\\d{3})");

    public TaxCode {
        if (value == null) {
            throw new IllegalArgumentException("A tax code is required");
        }
        var trimmed = value.strip();
        var branch = BRANCH.matcher(trimmed);
        if (branch.matches()) {
            value = branch.group(1) + "-" + branch.group(2);
        } else if (TEN_DIGITS.matcher(trimmed).matches()) {
            value = trimmed;
        } else {
            throw new IllegalArgumentException(
                    "A tax code has 10 digits, or 13 for a branch (e.g. 0101234567 or 0101234567-001); got '"
                            + value + "'");
        }
    }

    @JsonCreator
    public static TaxCode of(String value) {
        return new TaxCode(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
