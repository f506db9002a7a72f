package vn.laborcases.query.caselist;

import vn.laborcases.api.CaseType;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.query.web.InvalidQueryException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The filters of the case list, checked: an unknown type, status or province, a malformed tax
 * code or date, or a date range backwards is refused with a message that says what is allowed.
 * Null means "any".
 */
record CaseListFilter(CaseType type, String status, Province province, TaxCode taxCode, String assignee,
                      LocalDate openedFrom, LocalDate openedTo) {

    static final int MAX_ASSIGNEE_LENGTH = 200;

    static CaseListFilter parse(String type, String status, String province, String taxCode, String assignee,
                                String openedFrom, String openedTo) {
        CaseType caseType = type == null ? null : parseEnum(CaseType.class, "type", type);
        String caseStatus = status == null ? null : status.strip().toUpperCase(Locale.ROOT);
        if (caseStatus != null && !CaseStatuses.exists(caseStatus)) {
            throw new InvalidQueryException("status '" + status + "' is not a status of any case; known: "
                    + String.join(", ", CaseStatuses.all()));
        }
        if (caseStatus != null && caseType != null && !CaseStatuses.of(caseType).contains(caseStatus)) {
            throw new InvalidQueryException("status '" + caseStatus + "' is not a status of " + caseType
                    + " cases; they have: " + String.join(", ", CaseStatuses.of(caseType)));
        }
        Province where = province == null ? null : parseEnum(Province.class, "province", province);
        TaxCode code = taxCode == null ? null : TaxCode.of(taxCode);
        String who = assignee == null ? null : assignee.strip();
        if (who != null && (who.isEmpty() || who.length() > MAX_ASSIGNEE_LENGTH)) {
            throw new InvalidQueryException("assignee must be 1 to " + MAX_ASSIGNEE_LENGTH + " characters");
        }
        LocalDate from = date("openedFrom", openedFrom);
        LocalDate to = date("openedTo", openedTo);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidQueryException("openedFrom (" + from + ") is after openedTo (" + to + ")");
        }
        return new CaseListFilter(caseType, caseStatus, where, code, who, from, to);
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException(name + " '" + value + "' is unknown; one of: "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    private static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(name + " must be a date as YYYY-MM-DD (e.g. 2026-03-02); got '"
                    + value + "'");
        }
    }
}
