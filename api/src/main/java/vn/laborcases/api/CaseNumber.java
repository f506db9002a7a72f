package vn.laborcases.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.time.Year;
import java.util.Objects;

/**
 * The human-readable number of a case, unique per case type, province and year:
 * {@code LD-79-2026-000042}. Never duplicated; readers must not assume the sequence is
 * contiguous, so that the way numbers are drawn can change without breaking them.
 */
public record CaseNumber(String value) {

    public CaseNumber {
        Objects.requireNonNull(value, "case number");
    }

    public static CaseNumber of(CaseType type, Province province, Year year, long sequence) {
        return new CaseNumber("%s-%s-%d-%06d".formatted(type.prefix(), province.code(), year.getValue(), sequence));
    }

    @JsonCreator
    public static CaseNumber parse(String value) {
        return new CaseNumber(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
