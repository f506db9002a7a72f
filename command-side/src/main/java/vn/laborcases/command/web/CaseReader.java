package vn.laborcases.command.web;

import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.springframework.http.ResponseEntity;
import vn.laborcases.command.CaseState;

import java.util.UUID;
import java.util.function.Function;

/**
 * Where a case stands now, rebuilt from its events (or its latest snapshot), so that an
 * inspector can read the version to send with If-Match.
 */
public final class CaseReader {

    private CaseReader() {
    }

    public static <A, S extends CaseState> ResponseEntity<S> read(Repository<A> cases, UUID id, Function<A, S> view)
            throws Exception {
        ResultMessage<S> result = new DefaultUnitOfWork<>(null)
                .executeWithResult(() -> cases.load(id.toString()).invoke(view));
        if (result.isExceptional()) {
            Throwable cause = result.exceptionResult();
            throw cause instanceof Exception exception ? exception : new IllegalStateException(cause);
        }
        S state = result.getPayload();
        return ResponseEntity.ok().eTag(CaseCommandGateway.tag(state.version())).body(state);
    }
}
