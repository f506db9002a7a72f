package vn.laborcases.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.laborcases.api.Envelope;
import vn.laborcases.eventstore.StoredForm;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The templates of sentences.properties cover every event of the api module, name only fields
 * those events have, and render every event to a plain sentence.
 */
class SentencesTest {

    private static final ObjectMapper JSON = StoredForm.objectMapper();
    private static final Map<String, String> ENVELOPE = Map.of(Envelope.ACTOR, "insp-42", Envelope.ROLE, "INSPECTOR",
            Envelope.REASON, "Bank statement received", "caseNumber", "WA-79-2026-000001");

    private final Sentences sentences = Sentences.load();
    private final List<Class<?>> events = SampleEvents.all();

    @Test
    void everyEventOfTheApiHasATemplateAndEveryTemplateAnEvent() {
        assertThat(events).as("the classpath scan finds the api's events").hasSizeGreaterThan(60);
        Set<String> eventNames = new TreeSet<>(events.stream().map(Class::getSimpleName).toList());
        Set<String> withoutTemplate = new TreeSet<>(eventNames);
        withoutTemplate.removeAll(sentences.eventTypes());
        assertThat(withoutTemplate).as("events with no template in " + Sentences.RESOURCE).isEmpty();

        Set<String> stale = new TreeSet<>(sentences.eventTypes());
        stale.removeAll(eventNames);
        assertThat(stale).as("templates of no event").isEmpty();
    }

    @Test
    void templatesNameOnlyFieldsTheirEventHas() {
        List<String> unknown = new ArrayList<>();
        for (Class<?> event : events) {
            for (Sentences.Placeholder placeholder : sentences.placeholders(event.getSimpleName())) {
                if (placeholder.envelope() ? !Sentences.ENVELOPE.contains(placeholder.name().substring(1))
                        : !hasPath(event, placeholder.name().split("\\."))) {
                    unknown.add(event.getSimpleName() + ": {" + placeholder.name() + "}");
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void everyTemplateRendersASampleOfItsEventAsOnePlainSentence() {
        for (Class<?> event : events) {
            JsonNode payload = JSON.valueToTree(SampleEvents.sample(event));
            String sentence = sentences.render(event.getSimpleName(), payload, ENVELOPE);
            assertThat(sentence).as(event.getSimpleName())
                    .startsWith("Inspector insp-42 ").endsWith(".")
                    .doesNotContain("{", "}", "[", "]", "—", "null");
        }
    }

    @Test
    void aCorrectionNamesTheEventItCorrectsAndBothValues() throws Exception {
        JsonNode correction = JSON.readTree("""
                {"complaintId":"c","lineNo":2,"kind":"WAGES","correctsEventId":"e-17",
                 "previous":{"periodFrom":"2026-01","periodTo":"2026-02","principal":200000000,
                             "monthlyWagePerWorker":null,"minimumWage":null},
                 "corrected":{"periodFrom":"2026-01","periodTo":"2026-02","principal":150000000,
                              "monthlyWagePerWorker":null,"minimumWage":null}}""");
        assertThat(sentences.render("ClaimLineCorrectedEvent", correction, ENVELOPE)).isEqualTo(
                "Inspector insp-42 corrected claim line 2 (wages) of case WA-79-2026-000001, correcting event e-17: "
                        + "principal 200,000,000 VND is now 150,000,000 VND, for January 2026 to February 2026.");
    }

    @Test
    void aPaymentReadsAsTheAuditorsExample() throws Exception {
        JsonNode payment = JSON.readTree("""
                {"complaintId":"c","paymentNo":2,"paidOn":"2026-03-03","amount":12000000,"reference":null,
                 "allocations":[],"outstanding":188000000}""");
        assertThat(sentences.render("PaymentRecordedEvent", payment, ENVELOPE)).isEqualTo(
                "Inspector insp-42 recorded a payment of 12,000,000 VND paid on 3 March 2026 (payment 2), in case "
                        + "WA-79-2026-000001; 188,000,000 VND remains outstanding.");
    }

    @Test
    void theSystemAndAnUnknownTypeStillReadAsSentences() throws Exception {
        JsonNode lapse = JSON.readTree("{\"disputeId\":\"d\",\"dueOn\":\"2026-11-27\"}");
        Map<String, String> system = Map.of(Envelope.ACTOR, Envelope.SYSTEM_ACTOR, Envelope.ROLE, Envelope.SYSTEM_ROLE,
                "caseNumber", "LD-79-2026-000002");
        assertThat(sentences.render("MediationLapsedEvent", lapse, system)).isEqualTo(
                "The system recorded that mediation in case LD-79-2026-000002 lapsed, its deadline being 27 November 2026.");
        assertThat(sentences.render("SomethingNewEvent", lapse, system))
                .isEqualTo("The system recorded something new on case LD-79-2026-000002.");
    }

    @Test
    void brokenTemplatesAreRefused() {
        assertThatThrownBy(() -> Sentences.parse("{amount|euro}")).hasMessageContaining("Unknown format 'euro'");
        assertThatThrownBy(() -> Sentences.parse("[a [b]]")).hasMessageContaining("do not nest");
        assertThatThrownBy(() -> Sentences.parse("{amount")).hasMessageContaining("Unclosed '{'");
    }

    /** Whether the record has the field path, following records and the element type of lists. */
    private static boolean hasPath(Class<?> type, String[] path) {
        Type current = type;
        for (String step : path) {
            Class<?> raw = elementOf(current);
            if (!raw.isRecord()) {
                return false;
            }
            RecordComponent found = null;
            for (RecordComponent component : raw.getRecordComponents()) {
                if (component.getName().equals(step)) {
                    found = component;
                }
            }
            if (found == null) {
                return false;
            }
            current = found.getGenericType();
        }
        return true;
    }

    private static Class<?> elementOf(Type type) {
        if (type instanceof ParameterizedType list) {
            return elementOf(list.getActualTypeArguments()[0]);
        }
        return (Class<?>) type;
    }
}
