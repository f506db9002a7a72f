package vn.laborcases.demo.http;

/** The command side could not be reached at all. */
public class Unreachable extends RuntimeException {

    Unreachable(String message, Throwable cause) {
        super(message, cause);
    }
}
