package vn.laborcases.testsupport.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The ways a body is spoiled. Each starts from the endpoint's well-shaped body and returns the
 * raw text to send, so that malformed JSON and out-of-range numbers reach the app's parser
 * exactly as written.
 */
enum BodyMutation {

    MALFORMED_JSON {
        @Override
        String apply(JsonNode body, RandomGenerator random) {
            String text = write(body);
            return switch (random.nextInt(7)) {
                case 0 -> text.substring(0, random.nextInt(Math.max(1, text.length() - 1)));
                case 1 -> text.replace('"', '\'');
                case 2 -> text.replaceFirst("}$", ",}");
                case 3 -> text + text;
                case 4 -> "\uFEFF" + text.replaceFirst(":", "::");
                case 5 -> text.replaceFirst("\\{", "{\"a\":1,\"a\":");
                default -> HostileValues.pick(List.of("", "null", "nul", "{", "}", "[", "\"\\u00\"", "{\"a\":NaN}",
                        "<?xml version=\"1.0\"?><a/>", "\u0000", "{/* comment */}", "1 2"), random);
            };
        }
    },
    WRONG_ROOT {
        @Override
        String apply(JsonNode body, RandomGenerator random) {
            return HostileValues.pick(List.of("[]", "[" + write(body) + "]", "\"text\"", "42", "true", "null",
                    "[[[[]]]]"), random);
        }
    },
    WRONG_TYPES {
        @Override
        String apply(JsonNode body, RandomGenerator random) {
            JsonNode copy = body.deepCopy();
            replaceEach(copy, node -> !node.isContainerNode(), node -> wrongType(node, random));
            return write(copy);
        }
    },
    MISSING_FIELDS {
        @Override
        String apply(JsonNode body, RandomGenerator random) {
            JsonNode copy = body.deepCopy();
            if (copy instanceof ObjectNode object && !object.isEmpty()) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                // All but at most one field go, so that a required field is surely among them.
                String kept = random.nextBoolean() ? HostileValues.pick(names, random) : null;
                names.stream().filter(name -> !name.equals(kept)).forEach(object::remove);
            }
            return write(copy);
        }
    },
    EXTRA_FIELDS {
        @Override
        String apply(JsonNode body, RandomGenerator random) {
            JsonNode copy = body.deepCopy();
            if (copy instanceof ObjectNode object) {
                object.put(HostileValues.pick(HostileValues.STRINGS, random), HostileValues.anyText(random));
                object.put("@class", "java.lang.ProcessBuilder");
                object.set("__proto__", object.objectNode().put("admin", true));
            }
            return write(copy);
        }
    },
    HOSTILE_STRINGS {
        @Override
        String apply(JsonNode body, RandomGenerator random) {
            JsonNode copy = body.deepCopy();
            replaceEach(copy, JsonNode::isTextual, node -> TextNode.valueOf(HostileValues.pick(HostileValues.STRINGS, random)));
            return write(copy);
        }
    },
    HOSTILE_NUMBERS {
        @Override
        String apply(JsonNode body, RandomGenerator random) {
            // Placeholders are swapped for raw literals after writing: 1e400 is no double Jackson can hold.
            JsonNode copy = body.deepCopy();
            List<String> literals = new ArrayList<>();
            replaceEach(copy, JsonNode::isNumber, node -> {
                literals.add(HostileValues.pick(HostileValues.NUMBERS, random));
                return TextNode.valueOf(PLACEHOLDER + (literals.size() - 1));
            });
            String text = write(copy);
            for (int i = literals.size() - 1; i >= 0; i--) {
                text = text.replace("\"" + PLACEHOLDER + i + "\"", literals.get(i));
            }
            return text;
        }
    },
    IMPOSSIBLE_DATES {
        @Override
        String apply(JsonNode body, RandomGenerator random) {
            JsonNode copy = body.deepCopy();
            replaceEach(copy, node -> node.isTextual() && DATE.matcher(node.asText()).lookingAt(),
                    node -> TextNode.valueOf(HostileValues.pick(HostileValues.DATES, random)));
            return write(copy);
        }
    },
    DEEP_NESTING {
        @Override
        String apply(JsonNode body, RandomGenerator random) {
            int depth = HostileValues.pick(List.of(100, 1_000, 5_000, 20_000), random);
            String nested = "[".repeat(depth) + "]".repeat(depth);
            if (random.nextBoolean() && body instanceof ObjectNode object && !object.isEmpty()) {
                String first = object.fieldNames().next();
                return write(body).replaceFirst("\"" + Pattern.quote(first) + "\":", "\"" + first + "\":" + nested + ",\"_\":");
            }
            return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        }
    };

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLACEHOLDER = "\u0001number-";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    abstract String apply(JsonNode body, RandomGenerator random);

    /** A value that no lenient coercion turns back into the field's type. */
    private static JsonNode wrongType(JsonNode node, RandomGenerator random) {
        ObjectNode object = JSON.createObjectNode().put("value", node.asText());
        if (node.isTextual()) {
            return random.nextBoolean() ? object : JSON.createArrayNode().add(object);
        }
        return random.nextBoolean() ? TextNode.valueOf("not a " + node.getNodeType().name().toLowerCase()) : object;
    }

    /** Replaces every value that matches, everywhere in the tree: no valid value is left to carry the request. */
    private static void replaceEach(JsonNode node, Predicate<JsonNode> matches, Function<JsonNode, JsonNode> replacement) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
            object.fields().forEachRemaining(fields::add);
            for (Map.Entry<String, JsonNode> field : fields) {
                if (matches.test(field.getValue())) {
                    object.set(field.getKey(), replacement.apply(field.getValue()));
                } else if (field.getValue() instanceof ContainerNode<?>) {
                    replaceEach(field.getValue(), matches, replacement);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (matches.test(array.get(i))) {
                    array.set(i, replacement.apply(array.get(i)));
                } else {
                    replaceEach(array.get(i), matches, replacement);
                }
            }
        }
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
