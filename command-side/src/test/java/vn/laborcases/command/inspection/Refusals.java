package vn.laborcases.command.inspection;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import vn.laborcases.command.CaseRuleViolationException;

import java.util.Objects;

/** A refusal citing an article (null for none) whose message contains a hint. */
final class Refusals {

    private Refusals() {
    }

    static Matcher<Throwable> refused(String article, String hint) {
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
