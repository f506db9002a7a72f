package vn.laborcases.query.web;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV for report exports: a header row, then one row per record, CRLF line ends. */
public final class Csv {

    private Csv() {
    }

    public static String of(List<String> header, List<List<?>> rows) {
        StringBuilder out = new StringBuilder(line(header));
        for (List<?> row : rows) {
            out.append(line(row));
        }
        return out.toString();
    }

    /** One record as a CSV line, CRLF included: for exports that stream row by row. */
    public static String line(List<?> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // A leading =, +, - or @ would run as a formula when the file is opened in a spreadsheet.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
