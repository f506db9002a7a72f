package vn.laborcases.query.deadlines;

import vn.laborcases.api.CaseType;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.Province;
import vn.laborcases.query.web.InvalidQueryException;
import vn.laborcases.query.web.PageRequest;

import java.time.LocalDate;
import java.util.Map;

/**
 * A validated radar query: either the open deadlines due within {@code window}, or (missed) the
 * deadlines missed as of {@code today}; optional filters are null.
 */
record DeadlineQuery(boolean missed, LocalDate today, DueWindow window, Province province, CaseType caseType,
                     DeadlineKind kind, String assignee, String orderBy, PageRequest page) {

    static final int MAX_WORKING_DAYS = 60;
    static final int DEFAULT_WORKING_DAYS = 10;

    /** Sort keys offered, each with a stable tiebreak so pages never overlap. */
    static final Map<String, String> SORTS = Map.of(
            "dueOn", "d.due_on ASC, d.case_number ASC, d.deadline_key ASC",
            "-dueOn", "d.due_on DESC, d.case_number ASC, d.deadline_key ASC",
            "caseNumber", "d.case_number ASC, d.due_on ASC, d.deadline_key ASC");

    static String orderBy(String sort) {
        String key = sort == null || sort.isBlank() ? "dueOn" : sort.trim();
        String orderBy = SORTS.get(key);
        if (orderBy == null) {
            throw new InvalidQueryException("sort must be one of " + SORTS.keySet().stream().sorted().toList()
                    + "; got '" + sort + "'");
        }
        return orderBy;
    }

    static Integer workingDays(Integer withinWorkingDays, boolean missed) {
        if (withinWorkingDays == null) {
            return missed ? null : DEFAULT_WORKING_DAYS;
        }
        if (missed) {
            throw new InvalidQueryException("withinWorkingDays looks ahead and does not apply with missed=true; "
                    + "leave one of them out");
        }
        if (withinWorkingDays < 0 || withinWorkingDays > MAX_WORKING_DAYS) {
            throw new InvalidQueryException("withinWorkingDays must be between 0 and " + MAX_WORKING_DAYS
                    + "; got " + withinWorkingDays);
        }
        return withinWorkingDays;
    }
}
