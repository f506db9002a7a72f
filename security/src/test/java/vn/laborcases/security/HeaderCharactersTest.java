package vn.laborcases.security;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderCharactersTest {

    // The expressions of Spring Security 7's StrictHttpFirewall, which HeaderCharacters replaces.
    private static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void agreesWithTheFirewallsExpressionsOnEveryCodePoint() {
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String alone = Character.toString(codePoint);
            String inText = "Bearer " + alone + "x";
            assertThat(HeaderCharacters.allowedInName(alone)).as("name U+%04X", codePoint)
                    .isEqualTo(NAME.matcher(alone).matches());
            assertThat(HeaderCharacters.allowedInValue(inText)).as("value U+%04X", codePoint)
                    .isEqualTo(VALUE.matcher(inText).matches());
        }
    }

    @Test
    void agreesOnLoneSurrogatesAndEmptyText() {
        for (String text : new String[] {"", "\uD800", "a\uDC00b", "\uDBFF\uDFFF", "\t", "a\tb", "\u0000", "\u007F"}) {
            assertThat(HeaderCharacters.allowedInName(text)).as(text).isEqualTo(NAME.matcher(text).matches());
            assertThat(HeaderCharacters.allowedInValue(text)).as(text).isEqualTo(VALUE.matcher(text).matches());
        }
    }
}
