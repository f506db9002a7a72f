package vn.laborcases.query.workload;

/**
 * One assignee's load. {@code openDeadlines} are OPEN and not yet past their last day;
 * {@code missedDeadlines} are missed, recorded or not yet recorded, as on the radar.
 */
public record WorkloadView(String assignee, long openCases, long openDeadlines, long missedDeadlines) {
}
