package vn.laborcases.command;

/**
 * Rules every correction follows, whatever the case type: it states why, and it changes
 * something. A value the request leaves out is kept as on file.
 */
public final class Corrections {

    private Corrections() {
    }

    public static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(
                    "A correction needs a reason: say what was recorded wrongly and how the right value is known");
        }
    }

    public static void requireChange(Object previous, Object corrected, String fact) {
        if (previous.equals(corrected)) {
            throw new IllegalArgumentException("The correction changes nothing on " + fact
                    + "; send the values that were recorded wrongly, with their right values");
        }
    }

    /** The value given, or the one on file when none was given. */
    public static <T> T givenOrKept(T given, T onFile) {
        return given != null ? given : onFile;
    }
}
