package vn.laborcases.query.web;

/** A query's filter, sort or page is invalid: answered 400 with this message. */
public class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
