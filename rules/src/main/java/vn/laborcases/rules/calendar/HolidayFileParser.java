package vn.laborcases.rules.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one {@code <year>.csv} file. The format is described in
 * {@code src/main/resources/vn/laborcases/rules/holidays/README.md}.
 *
 * <p>Checks are made here, line by line, rather than left to {@link YearCalendar}, so that whoever
 * enters next year's list is told the exact line to fix.
 */
final class HolidayFileParser {

    static final String HEADER = "date,kind,name";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String file;
    private final int year;
    private String status;
    private final List<String> sources = new ArrayList<>();
    private final List<PublicHoliday> daysOff = new ArrayList<>();
    private final List<LocalDate> workingWeekendDays = new ArrayList<>();
    private final Map<LocalDate, Integer> firstLineOfDate = new HashMap<>();

    private HolidayFileParser(String file, int year) {
        this.file = file;
        this.year = year;
    }

    /** @param year the year the file name promises; every row must fall in it */
    static YearCalendar parse(String file, int year, List<String> lines) {
        return new HolidayFileParser(file, year).parse(lines);
    }

    private YearCalendar parse(List<String> lines) {
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (i == 0 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
                line = line.substring(1);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                if (!headerSeen) {
                    readMetadata(lineNo, line.substring(1).strip());
                }
                continue;
            }
            if (!headerSeen) {
                if (!line.equals(HEADER)) {
                    throw error(lineNo, "expected the header '" + HEADER + "' before any row, found '" + line + "'");
                }
                headerSeen = true;
                continue;
            }
            readRow(lineNo, line);
        }
        if (!headerSeen) {
            throw error(0, "no header '" + HEADER + "' and no rows");
        }
        if (status == null) {
            throw error(0, "missing the comment '# status: official' (or provisional) before the header");
        }
        if (sources.isEmpty()) {
            throw error(0, "missing the comment '# source: <legal basis>' before the header");
        }
        if (daysOff.isEmpty()) {
            throw error(0, "no DAY_OFF row; every year has at least New Year's Day");
        }
        return new YearCalendar(year, status, String.join("; ", sources), daysOff, workingWeekendDays);
    }

    private void readMetadata(int lineNo, String comment) {
        int colon = comment.indexOf(':');
        if (colon < 0) {
            return;
        }
        String key = comment.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = comment.substring(colon + 1).strip();
        switch (key) {
            case "status" -> {
                if (status != null) {
                    throw error(lineNo, "status is given twice");
                }
                if (!value.equals(YearCalendar.OFFICIAL) && !value.equals(YearCalendar.PROVISIONAL)) {
                    throw error(lineNo, "status must be 'official' or 'provisional', not '" + value + "'");
                }
                status = value;
            }
            case "source" -> {
                if (value.isEmpty()) {
                    throw error(lineNo, "the source comment is empty");
                }
                sources.add(value);
            }
            default -> { }
        }
    }

    private void readRow(int lineNo, String line) {
        String[] fields = line.split(",", 3);
        if (fields.length < 3) {
            throw error(lineNo, "expected 'date,kind,name', found '" + line + "'");
        }
        LocalDate date = parseDate(lineNo, fields[0].strip());
        String kind = fields[1].strip();
        String name = fields[2].strip();
        if (date.getYear() != year) {
            throw error(lineNo, date + " is outside " + year + "; each file lists only the year in its name");
        }
        if (name.isEmpty()) {
            throw error(lineNo, "the name is empty");
        }
        Integer firstLine = firstLineOfDate.putIfAbsent(date, lineNo);
        if (firstLine != null) {
            throw error(lineNo, date + " is already listed on line " + firstLine);
        }
        switch (kind) {
            case "DAY_OFF" -> daysOff.add(new PublicHoliday(date, name));
            case "WORKING_WEEKEND" -> {
                if (!YearCalendar.isWeekend(date)) {
                    throw error(lineNo, "WORKING_WEEKEND " + date + " is a " + date.getDayOfWeek()
                            + "; only a Saturday or Sunday can be made a working day");
                }
                workingWeekendDays.add(date);
            }
            default -> throw error(lineNo, "unknown kind '" + kind + "'; expected DAY_OFF or WORKING_WEEKEND");
        }
    }

    private LocalDate parseDate(int lineNo, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(lineNo, "'" + text + "' is not a valid date (expected yyyy-MM-dd)");
        }
    }

    private MalformedHolidayFileException error(int lineNo, String problem) {
        return new MalformedHolidayFileException(file, lineNo, problem);
    }
}
