package vn.laborcases.query.replay;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Tells a handler that it is writing into a shadow, not the live tables. A handler with an
 * effect outside its tables (the case list's live push to screens) must skip it then: the
 * screens show the live rows, and a shadow replays every case from its first event.
 */
public final class ShadowWrites {

    private static final String RESOURCE = ShadowWrites.class.getName();

    private ShadowWrites() {
    }

    static void mark(UnitOfWork<?> unitOfWork, Projection projection) {
        unitOfWork.resources().put(RESOURCE, projection.shadowSchema());
    }

    public static boolean inProgress() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().root().resources().containsKey(RESOURCE);
    }
}
