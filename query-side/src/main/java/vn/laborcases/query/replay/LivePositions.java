package vn.laborcases.query.replay;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * Positions in the event store as the processors' tracking tokens tell them: the global index
 * reached, and whether a token has taken in the event at a given index.
 */
final class LivePositions {

    private LivePositions() {
    }

    /** The global index a token has reached; -1 before the first event. */
    static long index(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    /**
     * Whether a processor at {@code token} has taken in the event at global index {@code index}:
     * at or below its index and not one of the gaps it still waits for. A replay token counts by
     * the position it has really reached, not the one it was reset from.
     */
    static boolean covers(TrackingToken token, long index) {
        if (token == null) {
            return false;
        }
        TrackingToken reached = WrappedToken.unwrapLowerBound(token);
        if (reached instanceof GapAwareTrackingToken gapAware) {
            return index <= gapAware.getIndex() && !gapAware.getGaps().contains(index);
        }
        return index <= index(reached);
    }
}
