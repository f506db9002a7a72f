package vn.laborcases.query.workload;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.laborcases.api.Province;
import vn.laborcases.query.deadlines.RadarFilters;
import vn.laborcases.query.web.Page;
import vn.laborcases.query.web.PageRequest;

/** How much each mediator and lead inspector carries. */
@RestController
@RequestMapping("/api/workload")
@Tag(name = "Workload", description = "Open cases and deadlines per mediator or lead inspector")
class WorkloadController {

    private final WorkloadQueries queries;

    WorkloadController(WorkloadQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "Open cases, open deadlines and missed deadlines per assignee",
            description = "An assignee is a dispute's mediator or an inspection's lead inspector. Sorted by open "
                    + "deadlines, most first. A deadline still OPEN after its last day counts as missed, as on the radar.")
    Page<WorkloadView> workload(
            @Parameter(description = "Province of the cases, e.g. HO_CHI_MINH") @RequestParam(required = false) String province,
            @Parameter(description = "Today, YYYY-MM-DD (default: today in Asia/Ho_Chi_Minh)")
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) Integer offset) {
        return queries.find(RadarFilters.enumValue(Province.class, "province", province), RadarFilters.today(asOf),
                PageRequest.of(limit, offset));
    }
}
