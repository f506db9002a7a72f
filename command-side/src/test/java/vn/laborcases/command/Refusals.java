package vn.laborcases.command;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.Objects;

/** Matchers for the fixture tests of every case type: a refusal, the article it cites, what it says. */
public final class Refusals {

    private Refusals() {
    }

    /** A refusal citing {@code article} (null for a refusal that cites none). */
    public static Matcher<Throwable> ruleViolation(String article) {
        return refused(article, "");
    }

    /** A refusal citing {@code article} (null for none) whose message contains {@code hint}. */
    public static Matcher<Throwable> refused(String article, String hint) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof CaseRuleViolationException violation
                        && Objects.equals(violation.article(), article) && thrown.getMessage().contains(hint);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal citing ").appendValue(article).appendText(" saying ").appendValue(hint);
            }

            @Override
            protected void describeMismatchSafely(Throwable thrown, Description mismatch) {
                mismatch.appendText("was ").appendValue(thrown.getClass().getSimpleName()).appendText(
                        thrown instanceof CaseRuleViolationException v ? " citing " + v.article() : "")
                        .appendText(": ").appendValue(thrown.getMessage());
            }
        };
    }
}
