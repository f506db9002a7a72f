package vn.laborcases.demo.http;

/** The command side answered a command with something other than 2xx, even after the retries that make sense. */
public class CommandRejected extends RuntimeException {

    private final Problem problem;
    private final String request;
    private final boolean afterConflict;

    CommandRejected(String request, Problem problem, boolean afterConflict) {
        super(request + " -> " + problem);
        this.problem = problem;
        this.request = request;
        this.afterConflict = afterConflict;
    }

    public Problem problem() {
        return problem;
    }

    /** Method and path, with the case id, such as {@code POST /api/disputes/…/mediator}. */
    public String request() {
        return request;
    }

    /** Whether the case had changed under this command (a statutory deadline lapsed) before it was refused. */
    public boolean afterConflict() {
        return afterConflict;
    }
}
