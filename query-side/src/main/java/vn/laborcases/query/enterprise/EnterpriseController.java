package vn.laborcases.query.enterprise;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.query.web.Csv;
import vn.laborcases.query.web.InvalidQueryException;
import vn.laborcases.query.web.Page;
import vn.laborcases.query.web.PageRequest;

@RestController
@Tag(name = "Enterprises", description = "An enterprise's record across all case types, and the list of violators per period")
public class EnterpriseController {

    /** The most rows one CSV export of the violating-enterprises list holds. */
    static final int CSV_MAX_ROWS = 10_000;

    private static final List<String> CSV_HEADER = List.of("taxCode", "name", "province", "categories", "findings",
            "repeat", "finesImposed", "finesPaid", "remediationsOpen", "remediationsVerified", "remediationsOverdue",
            "remediationsWaived");

    private final EnterpriseProfileQuery profiles;
    private final ViolatingEnterprisesQuery violators;

    public EnterpriseController(EnterpriseProfileQuery profiles, ViolatingEnterprisesQuery violators) {
        this.profiles = profiles;
        this.violators = violators;
    }

    @Operation(summary = "An enterprise's profile: cases by type, arrears, violations, fines, repeat flag and risk score",
            description = "404 when no case names the tax code; 400 when it is not a tax code.")
    @GetMapping("/api/enterprises/{taxCode}")
    public EnterpriseProfileQuery.Profile profile(@PathVariable String taxCode) {
        return profiles.of(taxCode(taxCode));
    }

    @Operation(summary = "Enterprises with findings found in a period, for publication",
            description = "from and to (YYYY-MM-DD, inclusive) are required; province is a Province name; "
                    + "sort is taxCode (default), findings or fines; format=csv exports the page as CSV.")
    @GetMapping("/api/violating-enterprises")
    public ResponseEntity<?> violating(@RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to,
                                       @RequestParam(required = false) String province,
                                       @RequestParam(required = false) String sort,
                                       @RequestParam(required = false) String format,
                                       @RequestParam(required = false) Integer limit,
                                       @RequestParam(required = false) Integer offset) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw new InvalidQueryException("to (" + end + ") must not be before from (" + start + ")");
        }
        String order = sort == null ? "taxCode" : sort;
        if (!ViolatingEnterprisesQuery.SORTS.containsKey(order)) {
            throw new InvalidQueryException("sort must be one of " + ViolatingEnterprisesQuery.SORTS.keySet().stream()
                    .sorted().toList() + "; got '" + sort + "'");
        }
        boolean csv = csv(format);
        // Published as a whole: a CSV holds every enterprise of the period (up to a hard cap),
        // while JSON is paged like every other list.
        PageRequest request = csv && limit == null && offset == null
                ? new PageRequest(CSV_MAX_ROWS, 0) : PageRequest.of(limit, offset);
        Page<ViolatingEnterprisesQuery.Row> page = violators.find(start, end, province(province), order, request);
        if (!csv) {
            return ResponseEntity.ok(page);
        }
        List<List<?>> rows = page.items().stream().<List<?>>map(row -> List.of(row.taxCode(), row.name(),
                row.province(), String.join(" ", row.categories()), row.findings(), row.repeat(),
                row.finesImposed(), row.finesPaid(), row.remediationsOpen(), row.remediationsVerified(),
                row.remediationsOverdue(), row.remediationsWaived())).toList();
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("X-Total-Count", Long.toString(page.total()))
                .header("X-Export-Truncated", Boolean.toString(page.total() > rows.size() + page.offset()))
                .body(Csv.of(CSV_HEADER, rows));
    }

    public static TaxCode taxCode(String value) {
        try {
            return TaxCode.of(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException(e.getMessage());
        }
    }

    public static Province province(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Province.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("province must be a province name such as HA_NOI or HO_CHI_MINH; got '"
                    + value + "'");
        }
    }

    public static boolean csv(String format) {
        if (format == null || format.equals("json")) {
            return false;
        }
        if (format.equals("csv")) {
            return true;
        }
        throw new InvalidQueryException("format must be json or csv; got '" + format + "'");
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidQueryException(name + " is required, as a date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(name + " must be a date YYYY-MM-DD; got '" + value + "'");
        }
    }
}
