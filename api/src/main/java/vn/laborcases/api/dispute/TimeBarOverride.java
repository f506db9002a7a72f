package vn.laborcases.api.dispute;

import java.util.List;
import vn.laborcases.api.DocumentRef;

/**
 * Acceptance of a request past its time bar, justified by recorded evidence.
 */
public record TimeBarOverride(
        String reason,
        List<DocumentRef> evidence) {
}
