package vn.laborcases.command.dispute;

import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import vn.laborcases.api.dispute.DisputeStatus;
import vn.laborcases.api.dispute.StrikeViolation;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Hamcrest matchers for the fixture's expectations, with AssertJ checks inside for readable failures. */
final class FixtureAssertions {

    private FixtureAssertions() {
    }

    static <E> Matcher<List<EventMessage<?>>> onlyEvent(Class<E> type, Consumer<E> checks) {
        return new TypeSafeMatcher<>() {
            private String failure = "";

            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                try {
                    assertThat(events).hasSize(1);
                    assertThat(events.get(0).getPayload()).isInstanceOf(type);
                    checks.accept(type.cast(events.get(0).getPayload()));
                    return true;
                } catch (AssertionError e) {
                    failure = e.getMessage();
                    return false;
                }
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("one " + type.getSimpleName() + " that passes the checks");
            }

            @Override
            protected void describeMismatchSafely(List<EventMessage<?>> events, Description mismatch) {
                mismatch.appendText(failure);
            }
        };
    }

    /** A value of type {@code type} that passes the AssertJ {@code checks}: for command results. */
    static <T> Matcher<Object> satisfying(Class<T> type, Consumer<T> checks) {
        return new TypeSafeMatcher<>() {
            private String failure = "";

            @Override
            protected boolean matchesSafely(Object value) {
                try {
                    assertThat(value).isInstanceOf(type);
                    checks.accept(type.cast(value));
                    return true;
                } catch (AssertionError e) {
                    failure = e.getMessage();
                    return false;
                }
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + type.getSimpleName() + " that passes the checks");
            }

            @Override
            protected void describeMismatchSafely(Object value, Description mismatch) {
                mismatch.appendText(failure);
            }
        };
    }

    static List<String> articles(List<StrikeViolation> violations) {
        return violations.stream().map(StrikeViolation::article).toList();
    }

    static Consumer<DisputeCase> statusIs(DisputeStatus expected) {
        return dispute -> assertThat(dispute.state().status()).isEqualTo(expected);
    }
}
