package vn.laborcases.command.serialization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A realistic sample of every command and event, gathered from each case type's samples.
 * A new case type adds its sample class here.
 */
final class MessageSamples {

    private MessageSamples() {
    }

    static Map<Class<?>, Object> events() {
        Map<Class<?>, Object> all = new LinkedHashMap<>();
        all.putAll(DisputeMessageSamples.events());
        all.putAll(InspectionMessageSamples.events());
        all.putAll(ArrearsMessageSamples.events());
        return all;
    }

    static Map<Class<?>, Object> commands() {
        Map<Class<?>, Object> all = new LinkedHashMap<>();
        all.putAll(DisputeMessageSamples.commands());
        all.putAll(InspectionMessageSamples.commands());
        all.putAll(ArrearsMessageSamples.commands());
        return all;
    }

    /** Samples with their optional fields left out. */
    static List<Object> variants() {
        List<Object> all = new ArrayList<>();
        all.addAll(DisputeMessageSamples.variants());
        all.addAll(InspectionMessageSamples.variants());
        all.addAll(ArrearsMessageSamples.variants());
        return all;
    }
}
