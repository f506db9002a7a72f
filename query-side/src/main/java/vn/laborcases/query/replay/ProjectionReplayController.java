package vn.laborcases.query.replay;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.laborcases.query.web.InvalidQueryException;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Projection replay", description = "For auditors and administrators: the projections' processors, "
        + "rebuilds from the event store, and comparisons of each projection with its rebuild")
public class ProjectionReplayController {

    private static final int MAX_LISTED = 200;

    private final ProjectionReplays replays;

    ProjectionReplayController(ProjectionReplays replays) {
        this.replays = replays;
    }

    @Operation(summary = "Every projection's processor on this instance",
            description = "Whether it runs, each claimed segment's global position, and eventsBehind: how many "
                    + "events (by global index) its slowest segment is behind the newest in the store.")
    @GetMapping("/admin/projections")
    public List<LiveProcessors.Status> projections() {
        return replays.status();
    }

    @Operation(summary = "Reset and rebuild a projection from the event store",
            description = "Replays every event into a shadow copy while the live projection keeps serving, then "
                    + "swaps it in. 202 with the rebuild's progress; 409 while a rebuild or comparison of the "
                    + "projection runs; 404 for an unknown projection.")
    @PostMapping("/admin/projections/{name}/rebuilds")
    public ResponseEntity<ReplayProgress.View> rebuild(@PathVariable String name) {
        ReplayProgress.View started = replays.startRebuild(name);
        return ResponseEntity.accepted().location(here("/{id}", started.id())).body(started);
    }

    @Operation(summary = "A rebuild's phase and progress",
            description = "eventsDone, eventsLeft (by global index), eventsPerSecond, secondsRemaining, "
                    + "startedAt, finishedAt, and the error if it failed.")
    @GetMapping("/admin/projections/{name}/rebuilds/{id}")
    public ReplayProgress.View rebuildStatus(@PathVariable String name, @PathVariable UUID id) {
        return replays.rebuild(name, id);
    }

    @Operation(summary = "Compare a projection with its rebuild from the event store",
            description = "Rebuilds into a shadow and compares it row by row with the live tables at the same "
                    + "event position. 202; follow Location for the result.")
    @PostMapping("/admin/projections/{name}/comparisons")
    public ResponseEntity<ComparisonRun.View> compare(@PathVariable String name) {
        return started(replays.startComparison(List.of(replays.projection(name))));
    }

    @Operation(summary = "Compare every projection with its rebuild", description = "One after the other; "
            + "409 if any of them is being rebuilt or compared already.")
    @PostMapping("/admin/projections/comparisons")
    public ResponseEntity<ComparisonRun.View> compareAll() {
        return started(replays.startComparison(replays.projections()));
    }

    @Operation(summary = "A comparison's progress, then its result",
            description = "faithful is true when no rebuilt row differs from its live row. Each difference names "
                    + "the projection, table and primary key, with the live and the rebuilt row (null where the "
                    + "row is missing); the first " + ProjectionReplays.DIFFERENCES_KEPT
                    + " are listed, totalDifferences counts all.")
    @GetMapping("/admin/projections/comparisons/{id}")
    public ComparisonRun.View comparison(@PathVariable UUID id) {
        return replays.comparison(id);
    }

    @Operation(summary = "The latest finished comparisons, newest first",
            description = "Kept in the database, whichever instance ran them: when, whether the projections were "
                    + "faithful, and how many differences were found. limit: 1 to " + MAX_LISTED + " (default 20).")
    @GetMapping("/admin/projections/comparisons")
    public List<ComparisonRecords.Summary> finishedComparisons(@RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_LISTED) {
            throw new InvalidQueryException("limit must be between 1 and " + MAX_LISTED + "; got " + limit);
        }
        return replays.finishedComparisons(limit);
    }

    private static ResponseEntity<ComparisonRun.View> started(ComparisonRun.View run) {
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/admin/projections/comparisons/{id}").buildAndExpand(run.id()).toUri();
        return ResponseEntity.accepted().location(location).body(run);
    }

    private static URI here(String path, Object... values) {
        return ServletUriComponentsBuilder.fromCurrentRequest().path(path).buildAndExpand(values).toUri();
    }
}
