package vn.laborcases.command.web;

/** The request itself is wrong (a malformed header, contradicting versions): answered 400. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
