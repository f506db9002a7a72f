package vn.laborcases.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.laborcases.eventstore.StoredForm;
import vn.laborcases.query.web.Csv;
import vn.laborcases.query.web.InvalidQueryException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The auditors' exports: NDJSON (one JSON object per line) or CSV, holding every entry a query
 * matches, written to the response as they are read, so that no export is cut short and none is
 * held in memory.
 */
final class AuditExport {

    static final String NDJSON = "application/x-ndjson";
    private static final MediaType CSV_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = StoredForm.objectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    /** How an answer is wanted: a JSON page, or a whole export. */
    enum Format {
        JSON, CSV, NDJSON;

        /** {@code format=json|csv|ndjson} decides; without it, an Accept of NDJSON or CSV does. */
        static Format of(String format, String accept) {
            if (format != null && !format.isBlank()) {
                return switch (format.strip().toLowerCase(Locale.ROOT)) {
                    case "json" -> JSON;
                    case "csv" -> CSV;
                    case "ndjson" -> NDJSON;
                    default -> throw new InvalidQueryException("format must be json, csv or ndjson; got '" + format
                            + "'");
                };
            }
            String wanted = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
            return wanted.contains(AuditExport.NDJSON) ? NDJSON : wanted.contains("text/csv") ? CSV : JSON;
        }
    }

    private AuditExport() {
    }

    /**
     * Writes an export named {@code fileName} (without extension) straight to the response, as
     * {@code entries} feeds the sink every entry in order. Whatever can be refused (an unknown
     * case, a bad filter) must be refused before: once streaming, the status is sent.
     */
    static void write(Format format, String fileName, Consumer<Consumer<AuditEntry>> entries,
                      HttpServletResponse response) throws IOException {
        boolean csv = format == Format.CSV;
        response.setContentType(csv ? CSV_TYPE.toString() : NDJSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"" + fileName + (csv ? ".csv" : ".ndjson") + "\"");
        OutputStream out = response.getOutputStream();
        if (csv) {
            write(out, Csv.line(AuditEntry.CSV_HEADER));
        }
        entries.accept(entry -> write(out, csv ? Csv.line(entry.csvCells()) : ndjson(entry)));
        out.flush();
    }

    private static String ndjson(AuditEntry entry) {
        try {
            return JSON.writeValueAsString(entry) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
