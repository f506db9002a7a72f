package vn.laborcases.query.arrears;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.laborcases.query.enterprise.EnterpriseController;
import vn.laborcases.query.web.Csv;
import vn.laborcases.query.web.InvalidQueryException;
import vn.laborcases.query.web.PageRequest;

@RestController
@Tag(name = "Arrears ledger", description = "Wage and SI arrears per enterprise and claim period, with interest as of a date")
public class ArrearsLedgerController {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<String> CSV_HEADER = List.of("taxCode", "name", "province", "caseNumber", "lineNo",
            "kind", "periodFrom", "periodTo", "dueOn", "owed", "paid", "outstanding", "interest", "daysOutstanding",
            "depositRateMissing", "evasion");

    private final ArrearsLedgerQuery ledger;

    public ArrearsLedgerController(ArrearsLedgerQuery ledger) {
        this.ledger = ledger;
    }

    @Operation(summary = "The arrears ledger: owed, paid, outstanding, interest and days outstanding per claim period",
            description = "taxCode, province, from and to (YYYY-MM, claim periods overlapping them) filter; asOf "
                    + "(YYYY-MM-DD, default today in Vietnam) is the day interest runs to and payments are counted "
                    + "up to. Sorted by tax code, period, case number, line. format=csv exports the page as CSV.")
    @GetMapping("/api/arrears")
    public ResponseEntity<?> arrears(@RequestParam(required = false) String taxCode,
                                     @RequestParam(required = false) String province,
                                     @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to,
                                     @RequestParam(required = false) String asOf,
                                     @RequestParam(required = false) String format,
                                     @RequestParam(required = false) Integer limit,
                                     @RequestParam(required = false) Integer offset) {
        YearMonth start = month("from", from);
        YearMonth end = month("to", to);
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidQueryException("to (" + end + ") must not be before from (" + start + ")");
        }
        var filter = new ArrearsLedgerQuery.Filter(
                taxCode == null || taxCode.isBlank() ? null : EnterpriseController.taxCode(taxCode),
                EnterpriseController.province(province), start, end, asOf(asOf));
        boolean csv = EnterpriseController.csv(format);
        var page = ledger.find(filter, PageRequest.of(limit, offset));
        if (!csv) {
            return ResponseEntity.ok(page);
        }
        List<List<?>> rows = page.items().stream().<List<?>>map(row -> List.of(row.taxCode(), row.name(),
                row.province(), row.caseNumber(), row.lineNo(), row.kind(), row.periodFrom(), row.periodTo(),
                row.dueOn(), row.owed(), row.paid(), row.outstanding(), row.interest(), row.daysOutstanding(),
                row.depositRateMissing(), row.evasion())).toList();
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("X-Total-Count", Long.toString(page.total()))
                .body(Csv.of(CSV_HEADER, rows));
    }

    private static YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(name + " must be a month YYYY-MM; got '" + value + "'");
        }
    }

    private static LocalDate asOf(String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(VIETNAM);
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("asOf must be a date YYYY-MM-DD; got '" + value + "'");
        }
    }
}
