package vn.laborcases.command.serialization;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The stored form of every event, pinned by a JSON fixture under {@code stored-events/}. The
 * fixtures are the permanent contract (see the README there): this test reads them, it never
 * writes them.
 */
class StoredEventFixtureTest {

    private static final String FOLDER = "stored-events";

    static Stream<Class<?>> eventClasses() {
        return MessageSamples.events().keySet().stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("eventClasses")
    void theStoredJsonReadsBackAsTheSample(Class<?> eventClass) {
        byte[] stored = fixture(eventClass);

        Object read = AppSerializer.deserialize(stored, eventClass.getName());

        assertThat(read).isInstanceOf(eventClass).isEqualTo(MessageSamples.events().get(eventClass));
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("eventClasses")
    void theSerializerStillWritesTheStoredShape(Class<?> eventClass) throws IOException {
        JsonNode expected = AppSerializer.MAPPER.readTree(fixture(eventClass));

        JsonNode written = AppSerializer.MAPPER.readTree(AppSerializer.serialize(MessageSamples.events().get(eventClass)));

        assertThat(written)
                .as("The stored shape of %s changed. Stored events are a permanent contract: give the event a"
                        + " @Revision and an upcaster, and keep this fixture (see stored-events/README.md).",
                        eventClass.getSimpleName())
                .isEqualTo(expected);
    }

    @Test
    void everyFixtureBelongsToAnEvent() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:" + FOLDER + "/*.json");
        var names = Arrays.stream(files).map(Resource::getFilename).filter(Objects::nonNull)
                .map(name -> name.substring(0, name.length() - ".json".length())).toList();
        var events = MessageSamples.events().keySet().stream().map(Class::getSimpleName).toList();

        assertThat(names).containsExactlyInAnyOrderElementsOf(events);
    }

    private static byte[] fixture(Class<?> eventClass) {
        String path = "/" + FOLDER + "/" + eventClass.getSimpleName() + ".json";
        try (InputStream in = StoredEventFixtureTest.class.getResourceAsStream(path)) {
            if (in == null) {
                return fail("No stored-event fixture %s for %s. Write it by hand from the event's stored JSON; it is"
                        + " the contract that the event's shape never silently changes.", path, eventClass.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
