package vn.laborcases.api;

import java.time.LocalDate;

/**
 * Something the law wants done by the end of a day: the payload of a statutory deadline. When
 * it passes, the lapse is recorded at the start of the next day in Vietnam, whenever the
 * scheduler gets round to it.
 */
public interface Due {

    LocalDate dueOn();
}
