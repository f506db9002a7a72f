package vn.laborcases.command.serialization;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import vn.laborcases.eventstore.StoredForm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The serializer the app stores events and sends messages with: Axon's JacksonSerializer, built
 * as Axon's auto-configuration builds it (annotation revisions, default converter) around the
 * app's own {@code defaultAxonObjectMapper}.
 */
final class AppSerializer {

    static final String API_PACKAGE = "vn.laborcases.api";

    static final ObjectMapper MAPPER = StoredForm.objectMapper();
    static final JacksonSerializer SERIALIZER = JacksonSerializer.builder()
            .revisionResolver(new AnnotationRevisionResolver())
            .objectMapper(MAPPER)
            .build();

    private AppSerializer() {
    }

    static byte[] serialize(Object message) {
        SerializedObject<byte[]> serialized = SERIALIZER.serialize(message, byte[].class);
        return serialized.getData();
    }

    /** Reads stored bytes back as Axon does: by the payload type name, with no revision. */
    static Object deserialize(byte[] stored, String payloadType) {
        return SERIALIZER.deserialize(new SimpleSerializedObject<>(stored, byte[].class, payloadType, null));
    }

    static <T> T roundTrip(T message) {
        SerializedObject<byte[]> serialized = SERIALIZER.serialize(message, byte[].class);
        return SERIALIZER.deserialize(new SimpleSerializedObject<>(serialized.getData(), byte[].class,
                serialized.getType().getName(), serialized.getType().getRevision()));
    }

    /**
     * Every top-level class in the api's case-type packages (vn.laborcases.api.*) whose name
     * ends with the suffix, found on the classpath (the api module's classes or jar), by name.
     */
    static List<Class<?>> apiClassesEndingWith(String suffix) {
        try {
            String root = API_PACKAGE.replace('.', '/') + "/";
            Resource[] found = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + root + "*/*" + suffix + ".class");
            return Arrays.stream(found)
                    .map(AppSerializer::className)
                    .filter(name -> !name.contains("$"))
                    .distinct()
                    .map(AppSerializer::load)
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** vn.laborcases.api.&lt;package&gt;.&lt;Class&gt; from the resource's URL. */
    private static String className(Resource resource) {
        try {
            String url = resource.getURL().toString();
            String path = url.substring(url.lastIndexOf(API_PACKAGE.replace('.', '/')));
            return path.substring(0, path.length() - ".class".length()).replace('/', '.');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
