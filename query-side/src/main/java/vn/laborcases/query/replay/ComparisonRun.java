package vn.laborcases.query.replay;

import vn.laborcases.query.replay.TableComparison.Difference;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A comparison of one or more projections with their rebuilds: each projection's progress,
 * then the differences found, the first {@code cap} kept with the count of all.
 */
final class ComparisonRun {

    enum Status { RUNNING, FINISHED, FAILED }

    private final UUID id = UUID.randomUUID();
    private final List<ReplayProgress> projections;
    private final int cap;
    private final List<Difference> differences = new ArrayList<>();
    private long total;

    ComparisonRun(List<ReplayProgress> projections, int cap) {
        this.projections = List.copyOf(projections);
        this.cap = cap;
    }

    UUID id() {
        return id;
    }

    List<ReplayProgress> projections() {
        return projections;
    }

    int room() {
        synchronized (differences) {
            return cap - differences.size();
        }
    }

    void found(TableComparison.TableDifferences table) {
        synchronized (differences) {
            differences.addAll(table.differences().subList(0, Math.min(table.differences().size(), cap - differences.size())));
            total += table.total();
        }
    }

    View view() {
        Status status = projections.stream().anyMatch(p -> p.view().phase() == ReplayProgress.Phase.FAILED)
                ? Status.FAILED
                : projections.stream().allMatch(ReplayProgress::finished) ? Status.FINISHED : Status.RUNNING;
        synchronized (differences) {
            return new View(id, status, status == Status.FINISHED ? total == 0 : null,
                    projections.stream().map(ReplayProgress::view).toList(), total, List.copyOf(differences));
        }
    }

    /** faithful: every rebuilt row equals its live row (null until the comparison has finished). */
    record View(UUID id, Status status, Boolean faithful, List<ReplayProgress.View> projections,
                long totalDifferences, List<Difference> differences) {
    }
}
