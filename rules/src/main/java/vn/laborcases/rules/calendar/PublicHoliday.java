package vn.laborcases.rules.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A day on which public-sector offices are closed, with the name the government gives it. */
public record PublicHoliday(LocalDate date, String name) {

    public PublicHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A public holiday needs a name: " + date);
        }
    }
}
