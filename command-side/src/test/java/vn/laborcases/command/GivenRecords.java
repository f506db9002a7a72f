package vn.laborcases.command;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import vn.laborcases.api.Envelope;

import java.util.List;
import java.util.Objects;

/**
 * For fixture tests of corrections: a given event with the business time of its envelope, the
 * event id the fixture gave it, and a matcher for the one event a correction applies, payload
 * and business time both.
 */
public final class GivenRecords {

    private GivenRecords() {
    }

    /** A given event recorded with this business time in its envelope. */
    public static Object recordedAt(Object payload, String businessTime) {
        return GenericEventMessage.asEventMessage(payload).andMetaData(MetaData.with(Envelope.BUSINESS_TIME, businessTime));
    }

    /** The identifier of the given event at this sequence of the aggregate. */
    public static String eventId(AggregateTestFixture<?> fixture, String aggregateId, long sequence) {
        return fixture.getEventStore().readEvents(aggregateId).asStream()
                .filter(event -> event.getSequenceNumber() == sequence).map(DomainEventMessage::getIdentifier)
                .findFirst().orElseThrow();
    }

    /** Exactly one event: this payload, with this business time (null: none) in its envelope. */
    public static Matcher<List<EventMessage<?>>> correctionAt(Object payload, String businessTime) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                return events.size() == 1 && events.get(0).getPayload().equals(payload)
                        && Objects.equals(events.get(0).getMetaData().get(Envelope.BUSINESS_TIME), businessTime);
            }

            @Override
            protected void describeMismatchSafely(List<EventMessage<?>> events, Description mismatch) {
                mismatch.appendText("was ").appendValueList("[", ", ", "]",
                        events.stream().map(e -> e.getPayload() + " " + e.getMetaData()).toList());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("one event ").appendValue(payload).appendText(" at business time ")
                        .appendValue(businessTime);
            }
        };
    }
}
