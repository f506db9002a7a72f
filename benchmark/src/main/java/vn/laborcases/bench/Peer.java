package vn.laborcases.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The peer of issue 8: the same apps with Axon's out-of-the-box processing settings, set by
 * their Spring arguments only, so that the ratio of our figures to the peer's measures the
 * settings, not the code. Both: Axon's handler timeouts on. Command side: no snapshots (Axon
 * takes none unless told to). Query side: every projection on a tracking processor with one
 * segment and batches of one event, and the event store polled at Axon's default delay of one
 * second.
 */
final class Peer {

    /** The query side's processing groups (query-side's application.yml). */
    static final List<String> PROCESSORS = List.of("case-list", "deadline-radar", "enterprises", "statistics",
            "audit-trail");

    /** Axon's handler timeouts are on out of the box; our apps turn them off. */
    private static final String AXON_TIMEOUTS = "--axon.timeout.enabled=true";

    static final List<String> COMMAND_SIDE = List.of("--labor-cases.snapshot-threshold=" + Integer.MAX_VALUE,
            AXON_TIMEOUTS);

    static final List<String> QUERY_SIDE = querySide();

    private Peer() {
    }

    private static List<String> querySide() {
        List<String> arguments = new ArrayList<>(List.of("--labor-cases.event-store.fetch-delay=1s", AXON_TIMEOUTS));
        for (String processor : PROCESSORS) {
            String prefix = "--axon.eventhandling.processors." + processor + ".";
            arguments.addAll(List.of(prefix + "mode=tracking", prefix + "batch-size=1",
                    prefix + "initial-segment-count=1", prefix + "thread-count=1"));
        }
        return List.copyOf(arguments);
    }
}
