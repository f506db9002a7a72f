package vn.laborcases.query.caselist;

import vn.laborcases.query.web.InvalidQueryException;

import java.util.Locale;
import java.util.Map;

/**
 * A sort of the case list, only from a whitelist of fields, as {@code field} or
 * {@code field,asc|desc}. Dates sort newest first unless told; the case number ascending.
 * case_id breaks ties, so that rows never move between pages of the same list.
 */
record CaseListSort(String column, boolean descending) {

    static final String FIELDS = "openedOn, caseNumber, lastEventAt";

    private static final Map<String, String> COLUMNS = Map.of(
            "openedOn", "opened_on",
            "caseNumber", "case_number",
            "lastEventAt", "last_event_at");

    static final CaseListSort DEFAULT = new CaseListSort("opened_on", true);

    static CaseListSort parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return DEFAULT;
        }
        String[] parts = sort.split(",", -1);
        String field = parts[0].strip();
        String column = COLUMNS.get(field);
        if (column == null || parts.length > 2) {
            throw new InvalidQueryException("sort must be one of " + FIELDS
                    + ", optionally followed by ,asc or ,desc (e.g. openedOn,desc); got '" + sort + "'");
        }
        if (parts.length == 1) {
            return new CaseListSort(column, !"caseNumber".equals(field));
        }
        return switch (parts[1].strip().toLowerCase(Locale.ROOT)) {
            case "asc" -> new CaseListSort(column, false);
            case "desc" -> new CaseListSort(column, true);
            default -> throw new InvalidQueryException("sort direction must be asc or desc; got '" + parts[1] + "'");
        };
    }

    String orderBy() {
        String direction = descending ? " DESC" : " ASC";
        return column + direction + ", case_id" + direction;
    }
}
