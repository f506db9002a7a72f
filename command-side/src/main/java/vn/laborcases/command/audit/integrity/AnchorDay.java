package vn.laborcases.command.audit.integrity;

import java.util.List;

/**
 * A day's published anchor beside the same anchor computed from the store now, and one page
 * of the stream heads it commits to (as they are now; while {@code intact}, as published).
 */
record AnchorDay(Anchors.Anchor published, Recomputed now, boolean intact, List<StreamHead> heads, int limit,
                 int offset, long total, Integer nextOffset) {

    record Recomputed(long events, long streams, long lastGlobalIndex, String digest) {
    }

    static AnchorDay of(Anchors.Anchor published, Anchors.Computed now, int limit, int offset) {
        List<StreamHead> heads = now.heads().stream().skip(offset).limit(limit).toList();
        int next = offset + heads.size();
        return new AnchorDay(published, new Recomputed(now.events(), now.streams(), now.lastGlobalIndex(), now.digest()),
                Anchors.matches(published, now), heads, limit, offset, now.streams(),
                next < now.streams() ? next : null);
    }
}
