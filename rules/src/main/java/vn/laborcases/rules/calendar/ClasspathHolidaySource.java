package vn.laborcases.rules.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Finds {@code <directory><year>.csv} on the classpath by its name alone, so that adding a year is
 * adding a file: there is no index to keep in step.
 */
final class ClasspathHolidaySource implements HolidaySource {

    static final String VIETNAM_DIRECTORY = "vn/laborcases/rules/holidays/";

    private final String directory;

    /** @param directory a classpath folder ending in '/', without a leading '/' */
    ClasspathHolidaySource(String directory) {
        this.directory = directory;
    }

    @Override
    public Optional<YearCalendar> year(int year) {
        String resource = resourceFor(year);
        InputStream stream = ClasspathHolidaySource.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            return Optional.empty();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().toList();
            return Optional.of(HolidayFileParser.parse(resource, year, lines));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    @Override
    public String locationFor(int year) {
        String resource = resourceFor(year);
        return "the classpath file " + resource + " (rules/src/main/resources/" + resource + ")";
    }

    private String resourceFor(int year) {
        return directory + year + ".csv";
    }
}
