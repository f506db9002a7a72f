package vn.laborcases.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import vn.laborcases.api.Envelope;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Renders each stored event as one sentence a person can read, from a template per event type
 * kept as data in {@value #RESOURCE}.
 * <p>
 * A template is text with placeholders: {@code {lineNo}} or {@code {enterprise.name}} name a
 * field of the event's stored JSON, {@code {@who}} and the other {@link #ENVELOPE} names an
 * entry of its envelope; {@code {principal|vnd}} names a format of {@link SentenceFormats},
 * {@code {late|if:late}} one with an argument. A part in square brackets is optional: it is left
 * out when a placeholder in it has nothing to say (an absent field, a false flag, an empty list).
 */
public final class Sentences {

    public static final String RESOURCE = "audit/sentences.properties";
    /** The envelope names a template may use after '@'. */
    public static final Set<String> ENVELOPE = Set.of("who", "actor", "role", "onBehalfOf", "reason", "legalBasis",
            "businessTime", "caseNumber", "action");
    /** The template of an event type that has none of its own, so that no history ever fails to read. */
    static final String FALLBACK = "_fallback";
    private static final String NOTHING = "—";

    private final Map<String, List<Part>> templates;

    private Sentences(Map<String, List<Part>> templates) {
        this.templates = templates;
    }

    public static Sentences load() {
        Properties properties = new Properties();
        try (InputStream in = Sentences.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> templates = new TreeMap<>();
        properties.stringPropertyNames().forEach(type -> templates.put(type, properties.getProperty(type)));
        return of(templates);
    }

    /** Sentences from templates keyed by event type. */
    static Sentences of(Map<String, String> templates) {
        Map<String, List<Part>> parsed = new TreeMap<>();
        templates.forEach((type, template) -> parsed.put(type, parse(template)));
        return new Sentences(parsed);
    }

    /** The event types (simple class names) that have a template of their own. */
    public Set<String> eventTypes() {
        Set<String> types = new TreeSet<>(templates.keySet());
        types.remove(FALLBACK);
        return types;
    }

    /** Every placeholder of a type's template, optional parts included. */
    List<Placeholder> placeholders(String eventType) {
        List<Placeholder> found = new ArrayList<>();
        collect(templates.get(eventType), found);
        return found;
    }

    /**
     * The sentence for one event.
     *
     * @param envelope the event's metadata, plus {@code caseNumber} when the case is known
     */
    public String render(String eventType, JsonNode payload, Map<String, String> envelope) {
        List<Part> template = templates.getOrDefault(eventType, templates.get(FALLBACK));
        Context context = new Context(payload, envelope, eventType);
        String sentence = render(template, context, false);
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** "Inspector insp-42", "The system", with "on behalf of …" when someone acted for another. */
    static String who(Map<String, String> envelope) {
        String actor = envelope.get(Envelope.ACTOR);
        String role = envelope.get(Envelope.ROLE);
        if (Envelope.SYSTEM_ACTOR.equals(actor)) {
            return "the system";
        }
        String who = actor == null ? "someone" : role == null ? actor : SentenceFormats.words(role) + " " + actor;
        String onBehalfOf = envelope.get(Envelope.ON_BEHALF_OF);
        return onBehalfOf == null ? who : who + " on behalf of " + onBehalfOf;
    }

    // ---- templates

    sealed interface Part permits Literal, Placeholder, Optional {
    }

    record Literal(String text) implements Part {
    }

    /** A field path or an '@' envelope name, with a format and its argument. */
    record Placeholder(String name, String format, String argument) implements Part {
        boolean envelope() {
            return name.startsWith("@");
        }
    }

    record Optional(List<Part> parts) implements Part {
    }

    private record Context(JsonNode payload, Map<String, String> envelope, String eventType) {
    }

    static List<Part> parse(String template) {
        List<Part> top = new ArrayList<>();
        List<Part> current = top;
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = template.indexOf('}', i);
                if (end < 0) {
                    throw new IllegalArgumentException("Unclosed '{' in template: " + template);
                }
                flush(literal, current);
                current.add(placeholder(template.substring(i + 1, end), template));
                i = end;
            } else if (c == '[') {
                if (current != top) {
                    throw new IllegalArgumentException("Optional parts do not nest: " + template);
                }
                flush(literal, current);
                current = new ArrayList<>();
            } else if (c == ']') {
                if (current == top) {
                    throw new IllegalArgumentException("']' without '[' in template: " + template);
                }
                flush(literal, current);
                top.add(new Optional(current));
                current = top;
            } else {
                literal.append(c);
            }
        }
        if (current != top) {
            throw new IllegalArgumentException("Unclosed '[' in template: " + template);
        }
        flush(literal, top);
        return top;
    }

    private static Placeholder placeholder(String body, String template) {
        String[] nameAndFormat = body.split("\\|", 2);
        String format = nameAndFormat.length > 1 ? nameAndFormat[1] : "text";
        String[] formatAndArgument = format.split(":", 2);
        if (!SentenceFormats.NAMES.contains(formatAndArgument[0])) {
            throw new IllegalArgumentException("Unknown format '" + formatAndArgument[0] + "' in template: " + template
                    + "; formats are " + SentenceFormats.NAMES);
        }
        return new Placeholder(nameAndFormat[0].strip(), formatAndArgument[0],
                formatAndArgument.length > 1 ? formatAndArgument[1] : "");
    }

    private static void flush(StringBuilder literal, List<Part> into) {
        if (!literal.isEmpty()) {
            into.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    private static void collect(List<Part> parts, List<Placeholder> into) {
        for (Part part : parts) {
            if (part instanceof Placeholder placeholder) {
                into.add(placeholder);
            } else if (part instanceof Optional optional) {
                collect(optional.parts(), into);
            }
        }
    }

    /** The text of the parts; inside an optional part, null as soon as one placeholder is empty. */
    private static String render(List<Part> parts, Context context, boolean optional) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                out.append(literal.text());
            } else if (part instanceof Optional group) {
                String text = render(group.parts(), context, true);
                out.append(text == null ? "" : text);
            } else if (part instanceof Placeholder placeholder) {
                String text = value(placeholder, context);
                if (text.isEmpty() && optional) {
                    return null;
                }
                out.append(text.isEmpty() ? NOTHING : text);
            }
        }
        return out.toString();
    }

    private static String value(Placeholder placeholder, Context context) {
        if (!placeholder.envelope()) {
            JsonNode node = context.payload();
            for (String step : placeholder.name().split("\\.")) {
                node = node.path(step);
            }
            return SentenceFormats.format(node, placeholder.format(), placeholder.argument());
        }
        String name = placeholder.name().substring(1);
        String text = switch (name) {
            case "who" -> who(context.envelope());
            case "action" -> SentenceFormats.camelWords(AuditEntry.action(context.eventType()));
            default -> context.envelope().get(name);
        };
        return SentenceFormats.format(text == null ? null : TextNode.valueOf(text),
                placeholder.format(), placeholder.argument());
    }
}
