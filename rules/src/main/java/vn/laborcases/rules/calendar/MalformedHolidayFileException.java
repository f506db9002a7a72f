package vn.laborcases.rules.calendar;

/** A holiday data file breaks the format; the message names the file and, when it can, the line. */
public final class MalformedHolidayFileException extends IllegalStateException {

    private final String file;
    private final int line;

    MalformedHolidayFileException(String file, int line, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based; 0 when the problem concerns the file as a whole. */
    public int line() {
        return line;
    }
}
