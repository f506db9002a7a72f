package vn.laborcases.query.caselist;

/**
 * A work stoppage has no status of its own in the command side (only a start and an end
 * date), so the case list names the two states it can be in.
 */
enum WorkStoppagePhase {
    ONGOING,
    ENDED
}
