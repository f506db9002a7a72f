package vn.laborcases.query.deadlines;

/** The radar's processing group, shared with the workload's assignee table so both rebuild together. */
public final class DeadlineRadar {

    public static final String PROCESSING_GROUP = "deadline-radar";

    private DeadlineRadar() {
    }
}
