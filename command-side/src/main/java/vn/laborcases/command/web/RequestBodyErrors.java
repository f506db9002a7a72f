package vn.laborcases.command.web;

import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Says what is wrong with an unreadable body without echoing parser internals: the JSON path
 * of the offending field and, where a value object refused it, its own explanation.
 */
final class RequestBodyErrors {

    private RequestBodyErrors() {
    }

    static String explain(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        String path = null;
        String reason = null;
        while (cause != null) {
            if (cause instanceof tools.jackson.databind.DatabindException databind && path == null) {
                path = databind.getPathReference();
                if (databind instanceof tools.jackson.databind.exc.UnrecognizedPropertyException unknown) {
                    return "Unknown field '" + unknown.getPropertyName() + "' at " + path
                            + "; check the spelling against the API documentation.";
                }
                if (databind instanceof tools.jackson.databind.exc.InvalidFormatException format) {
                    reason = "the value " + format.getValue() + " is not a valid " + format.getTargetType().getSimpleName();
                }
            }
            if (cause instanceof IllegalArgumentException invalid) {
                reason = invalid.getMessage();
            }
            if (cause instanceof tools.jackson.core.exc.StreamReadException) {
                reason = "the body is not well-formed JSON";
            }
            cause = cause.getCause();
        }
        if (reason == null) {
            reason = "the body could not be read as the expected JSON";
        }
        return path == null ? capitalize(reason) + "." : "Invalid value at " + simplify(path) + ": " + reason + ".";
    }

    /** {@code pkg.Type["tolledPeriods"]->java.util.ArrayList[0]["from"]} becomes {@code tolledPeriods[0].from}. */
    static String simplify(String path) {
        String fields = path.replaceAll("[a-zA-Z0-9_.$]+\\[", "[").replace("->", "")
                .replaceAll("\\[\"([^\"]*)\"]", ".$1");
        return fields.startsWith(".") ? fields.substring(1) : fields;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
