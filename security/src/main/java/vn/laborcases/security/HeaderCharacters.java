package vn.laborcases.security;

/**
 * The characters Spring Security's {@code StrictHttpFirewall} lets through in header names, header
 * values and parameter names: every assigned Unicode character except control characters, and in a
 * header value also the tab. The firewall's own check is a regular expression run over every header
 * of every request; with a bearer token of about a kilobyte, that expression was about a seventh of
 * the command side's CPU in the benchmark's profile (BENCHMARKS.md). This is the same rule, one
 * table lookup per character; {@code HeaderCharactersTest} proves it equal to the expression for
 * every code point.
 */
final class HeaderCharacters {

    private HeaderCharacters() {
    }

    /** The firewall's {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}. */
    static boolean allowedInName(String text) {
        return allowed(text, false);
    }

    /** The firewall's {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}. */
    static boolean allowedInValue(String text) {
        return allowed(text, true);
    }

    private static boolean allowed(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tabAllowed && codePoint == '\t'))) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
