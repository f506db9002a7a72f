package vn.laborcases.command.serialization;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.DeadlineKind;
import vn.laborcases.api.Envelope;
import vn.laborcases.api.LegalDeadline;
import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;
import vn.laborcases.api.dispute.*;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command and event of the dispute package survives Axon's Jackson serializer, configured
 * as the app configures it, unchanged.
 */
class MessageRoundTripTest {

    /** Fields that are absent by design in some legitimate messages (checked in the variants). */
    private static final Set<String> OPTIONAL_FIELDS = Set.of(
            "TimeBarCheck.override", "TimeBarCheck.limitOn",
            // Only contribution lines become evasion; a wage line has none (SI lines are in the variants).
            "ClaimLineAddedEvent.evasionFrom");

    static Stream<Object> samples() {
        return Stream.concat(MessageSamples.events().values().stream(), MessageSamples.commands().values().stream());
    }

    static Stream<Object> variants() {
        return MessageSamples.variants().stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("samples")
    void everyMessageRoundTripsUnchanged(Object message) {
        assertThat(AppSerializer.roundTrip(message)).isEqualTo(message);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("variants")
    void messagesWithAbsentOptionalFieldsRoundTripUnchanged(Object message) {
        assertThat(AppSerializer.roundTrip(message)).isEqualTo(message);
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("samples")
    void theSamplesAreFullyPopulated(Object message) {
        List<String> nulls = new ArrayList<>();
        collectNulls(message, message.getClass().getSimpleName(), nulls);
        assertThat(nulls).as("null fields in the sample; populate them so the round trip proves something").isEmpty();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("samples")
    void theStoredTypeIsTheClassNameWithNoRevision(Object message) {
        SerializedObject<byte[]> serialized = AppSerializer.SERIALIZER.serialize(message, byte[].class);
        assertThat(serialized.getType().getName()).isEqualTo(message.getClass().getName());
        assertThat(serialized.getType().getRevision()).isNull();
    }

    @Test
    void everyEventRecordOfTheDisputePackageHasASample() {
        List<Class<?>> events = AppSerializer.apiClassesEndingWith("Event");
        assertThat(events).as("events found on the classpath").hasSizeGreaterThan(20);
        assertThat(events).allMatch(Class::isRecord, "is a record");
        assertThat(MessageSamples.events().keySet()).containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void everyCommandRecordOfTheDisputePackageHasASample() {
        List<Class<?>> commands = AppSerializer.apiClassesEndingWith("Command");
        assertThat(commands).as("commands found on the classpath").hasSizeGreaterThan(15);
        assertThat(commands).allMatch(Class::isRecord, "is a record");
        assertThat(MessageSamples.commands().keySet()).containsExactlyInAnyOrderElementsOf(commands);
    }

    @Test
    void idsAndCodesAreStoredAsPlainStrings() throws IOException {
        JsonNode filed = AppSerializer.MAPPER.readTree(
                AppSerializer.serialize(MessageSamples.events().get(DisputeFiledEvent.class)));
        assertThat(filed.get("disputeId").isTextual()).isTrue();
        assertThat(filed.get("disputeId").asText()).isEqualTo("3f2c8a6e-5b1d-4c7e-9a0f-2d6b8e4c1a97");
        assertThat(filed.get("caseNumber").asText()).isEqualTo("LD-79-2026-000042");
        assertThat(filed.get("employerTaxCode").asText()).isEqualTo("0312345678");
        assertThat(filed.get("receivedOn").asText()).isEqualTo("2026-04-22");
    }

    @Test
    void valueTypesRoundTripOnTheirOwn() {
        List<Object> values = List.of(
                CaseNumber.of(CaseType.WORK_STOPPAGE, Province.CA_MAU, java.time.Year.of(2027), 7),
                TaxCode.of("0301122334002"),
                DisputeMessageSamples.D1, DisputeMessageSamples.WS1, DisputeMessageSamples.DISCHARGE_PAPER, DisputeMessageSamples.HOSPITAL_STAY,
                DisputeMessageSamples.HELD_ABROAD, DisputeMessageSamples.NOTICE_TOO_SHORT,
                // The payload of the statutory deadlines that db-scheduler stores.
                new LegalDeadline(DeadlineKind.MEDIATION, java.time.LocalDate.of(2026, 2, 27),
                        "Labor Code 45/2019 Art 188(2)"));
        for (Object value : values) {
            assertThat(AppSerializer.roundTrip(value)).isEqualTo(value);
        }
    }

    @Test
    void aBranchTaxCodeWithoutItsHyphenReadsBackInCanonicalForm() {
        Object read = AppSerializer.deserialize("\"0301122334002\"".getBytes(), TaxCode.class.getName());
        assertThat(read).isEqualTo(TaxCode.of("0301122334-002"));
        assertThat(read.toString()).isEqualTo("0301122334-002");
    }

    @Test
    void everyEnumConstantRoundTrips() {
        List<Class<? extends Enum<?>>> enums = List.of(DisputeKind.class, DisputeStatus.class, DisputeParty.class,
                Forum.class, MediationExemption.class, MediationFailureReason.class, OpinionCollectionMethod.class,
                StrikeStage.class, DeadlineKind.class, CaseType.class, Province.class);
        for (Class<? extends Enum<?>> type : enums) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(AppSerializer.roundTrip(constant)).isEqualTo(constant);
            }
        }
    }

    @Test
    void theEnvelopeMetadataRoundTripsWithItsKeysUnchanged() throws IOException {
        MetaData envelope = MetaData.from(Map.ofEntries(
                Map.entry(Envelope.ACTOR, "inspector:nguyen.thi.lan"),
                Map.entry(Envelope.ROLE, "INSPECTOR"),
                Map.entry(Envelope.ON_BEHALF_OF, "so-noi-vu-79"),
                Map.entry(Envelope.JURISDICTION, "79"),
                Map.entry(Envelope.REASON, "Request received at the one-stop desk"),
                Map.entry(Envelope.LEGAL_BASIS, "Labor Code 45/2019 Art 188"),
                Map.entry(Envelope.BUSINESS_TIME, "2026-04-22T09:15:00+07:00"),
                Map.entry(Envelope.COMMAND_ID, "6b0e8f7a-1c2d-4e3f-9a8b-7c6d5e4f3a2b"),
                Map.entry(Envelope.COMMAND_NAME, FileDisputeCommand.class.getName()),
                Map.entry(Envelope.CORRELATION_ID, "d0c1b2a3-9485-4768-a9b0-c1d2e3f4a5b6"),
                Map.entry(Envelope.CAUSATION_ID, "6b0e8f7a-1c2d-4e3f-9a8b-7c6d5e4f3a2b"),
                Map.entry(Envelope.IDEMPOTENCY_KEY, "file-2026-04-22-0042"),
                Map.entry(Envelope.DOCUMENT_HASHES, DisputeMessageSamples.DISCHARGE_PAPER.sha256() + ","
                        + DisputeMessageSamples.CONSULAR_LETTER.sha256())));

        SerializedObject<byte[]> serialized = AppSerializer.SERIALIZER.serialize(envelope, byte[].class);
        Object read = AppSerializer.deserialize(serialized.getData(), serialized.getType().getName());

        assertThat(read).isInstanceOf(MetaData.class).isEqualTo(envelope);
        JsonNode stored = AppSerializer.MAPPER.readTree(serialized.getData());
        assertThat(stored.isObject()).isTrue();
        assertThat(stored.get("actor").asText()).isEqualTo("inspector:nguyen.thi.lan");
        assertThat(stored.get("businessTime").asText()).isEqualTo("2026-04-22T09:15:00+07:00");
        assertThat(stored.size()).isEqualTo(envelope.size());
    }

    @Test
    void emptyMetadataRoundTrips() {
        assertThat(AppSerializer.roundTrip(MetaData.emptyInstance())).isEqualTo(MetaData.emptyInstance());
    }

    private static void collectNulls(Object value, String path, List<String> nulls) {
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collectNulls(item, path + "[" + i++ + "]", nulls);
            }
            return;
        }
        if (value == null || !value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object field = read(component, value);
            String name = value.getClass().getSimpleName() + "." + component.getName();
            if (field == null) {
                if (!OPTIONAL_FIELDS.contains(name)) {
                    nulls.add(path + "." + component.getName());
                }
            } else {
                collectNulls(field, path + "." + component.getName(), nulls);
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
