package vn.laborcases.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class HolidayFileParserTest {

    private static final String FILE = "holidays/2030.csv";

    @Test
    void readsMetadataRowsAndComments() {
        YearCalendar year = parse(
                "\uFEFF# status: provisional",
                "# source: Labor Code 2019 Art 112",
                "# source: a later notice",
                "",
                "date,kind,name",
                "# a comment between rows",
                "2030-01-01,DAY_OFF,New Year's Day, observed",
                "2030-01-05,WORKING_WEEKEND,Working Saturday");

        assertThat(year.year()).isEqualTo(2030);
        assertThat(year.isProvisional()).isTrue();
        assertThat(year.source()).isEqualTo("Labor Code 2019 Art 112; a later notice");
        assertThat(year.daysOff()).containsExactly(new PublicHoliday(LocalDate.of(2030, 1, 1), "New Year's Day, observed"));
        assertThat(year.workingWeekendDays()).containsExactly(LocalDate.of(2030, 1, 5));
    }

    @Test
    void rejectsADayOffOutsideTheFilesYear() {
        assertRejected(4, "2029-12-31 is outside 2030", "2029-12-31,DAY_OFF,New Year's Eve");
    }

    @Test
    void rejectsAWorkingWeekendDayThatIsAWeekday() {
        assertRejected(4, "WORKING_WEEKEND 2030-01-04 is a FRIDAY", "2030-01-04,WORKING_WEEKEND,Not a weekend");
    }

    @Test
    void rejectsABadDate() {
        assertRejected(4, "'2030-02-30' is not a valid date", "2030-02-30,DAY_OFF,No such day");
    }

    @Test
    void rejectsAnUnknownKind() {
        assertRejected(4, "unknown kind 'HOLIDAY'", "2030-01-01,HOLIDAY,New Year's Day");
    }

    @Test
    void rejectsARowWithoutAName() {
        assertRejected(4, "expected 'date,kind,name'", "2030-01-01,DAY_OFF");
        assertRejected(4, "the name is empty", "2030-01-01,DAY_OFF,  ");
    }

    @Test
    void rejectsADateListedTwice() {
        assertRejected(5, "2030-01-01 is already listed on line 4",
                "2030-01-01,DAY_OFF,New Year's Day", "2030-01-01,DAY_OFF,Again");
    }

    @Test
    void rejectsAnUnknownStatus() {
        assertThatThrownBy(() -> parse("# status: draft", "# source: x", "date,kind,name", "2030-01-01,DAY_OFF,New Year"))
                .isInstanceOf(MalformedHolidayFileException.class)
                .hasMessage(FILE + " line 1: status must be 'official' or 'provisional', not 'draft'");
    }

    @Test
    void rejectsAFileWithoutStatusSourceHeaderOrDaysOff() {
        assertThatThrownBy(() -> parse("# source: x", "date,kind,name", "2030-01-01,DAY_OFF,New Year"))
                .isInstanceOf(MalformedHolidayFileException.class).hasMessageContaining("# status");
        assertThatThrownBy(() -> parse("# status: official", "date,kind,name", "2030-01-01,DAY_OFF,New Year"))
                .isInstanceOf(MalformedHolidayFileException.class).hasMessageContaining("# source");
        assertThatThrownBy(() -> parse("# status: official", "# source: x", "2030-01-01,DAY_OFF,New Year"))
                .isInstanceOf(MalformedHolidayFileException.class).hasMessageContaining("line 3").hasMessageContaining("header");
        assertThatThrownBy(() -> parse("# status: official", "# source: x", "date,kind,name", "2030-01-05,WORKING_WEEKEND,Sat"))
                .isInstanceOf(MalformedHolidayFileException.class).hasMessageContaining("no DAY_OFF row");
    }

    private static void assertRejected(int line, String problem, String... rows) {
        AbstractThrowableAssert<?, ?> thrown = assertThatThrownBy(() -> parse(withPreamble(rows)))
                .isInstanceOf(MalformedHolidayFileException.class)
                .hasMessageStartingWith(FILE + " line " + line + ": ")
                .hasMessageContaining(problem);
        thrown.extracting(e -> ((MalformedHolidayFileException) e).line()).isEqualTo(line);
    }

    /** Lines 1-3 are the preamble, so the first row is line 4. */
    private static String[] withPreamble(String... rows) {
        List<String> lines = new ArrayList<>(List.of("# status: official", "# source: test", "date,kind,name"));
        lines.addAll(List.of(rows));
        return lines.toArray(String[]::new);
    }

    private static YearCalendar parse(String... lines) {
        return HolidayFileParser.parse(FILE, 2030, List.of(lines));
    }
}
