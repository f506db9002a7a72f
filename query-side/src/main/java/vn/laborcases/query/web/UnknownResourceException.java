package vn.laborcases.query.web;

/** Nothing is on file under the id or key asked for: answered 404 with this message. */
public class UnknownResourceException extends RuntimeException {

    public UnknownResourceException(String message) {
        super(message);
    }
}
