package vn.laborcases.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.laborcases.testsupport.AuthorizationMatrix.Endpoint;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each endpoint takes, read from the app's own OpenAPI document: a body of the right
 * shape (every property present, each with a plain value of its type) and its query
 * parameters, so that the fuzzer mutates something close to a real request.
 */
final class ApiShapes {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Deeper schemas are cut: a shape is a starting point for mutation, not a full request. */
    private static final int MAX_DEPTH = 6;

    /** A query parameter, with values that its type cannot take. */
    record Parameter(String name, JsonNode schema) {

        /** Any string is a legitimate value (a name filter, say), so no value is surely wrong. */
        boolean freeText() {
            return type(schema).equals("string") && !schema.has("enum") && !schema.has("format") && !schema.has("pattern");
        }

        /** A page size or offset, or a number with a floor of zero or more: -1 is surely wrong. */
        private boolean countsOrMinimum() {
            return name.equals("limit") || name.equals("offset") || schema.path("minimum").asLong(-1) >= 0;
        }

        /** Never blank: Spring takes a blank parameter as absent, which is legitimate. */
        List<String> invalidValues() {
            return switch (type(schema)) {
                case "integer", "number" -> countsOrMinimum() ? List.of("-1", "1.5", "1e400", "9223372036854775808", "abc", "NaN")
                        : List.of("1.5", "1e400", "9223372036854775808", "abc", "NaN");
                case "boolean" -> List.of("maybe", "2", "tru");
                default -> switch (schema.path("format").asText()) {
                    case "date", "date-time" -> HostileValues.DATES;
                    case "uuid" -> HostileValues.NOT_UUIDS;
                    default -> List.of("yesterday", ";drop", "' OR '1'='1", "\u0000", "\uD800", "<script>");
                };
            };
        }
    }

    /**
     * An endpoint's inputs: a body shape (null when it takes none) and its query parameters;
     * {@code endless} when it answers a stream that stays open, which a request-and-answer fuzzer cannot wait for.
     */
    record Shape(Endpoint endpoint, JsonNode body, List<Parameter> parameters, boolean endless) {
        boolean worthFuzzing() {
            return !endless && (body != null || !parameters.isEmpty() || endpoint.pattern().contains("{"));
        }
    }

    private final JsonNode document;

    ApiShapes(JsonNode document) {
        this.document = document;
    }

    Shape of(Endpoint endpoint) {
        JsonNode operation = document.path("paths").path(endpoint.pattern()).path(endpoint.method().toLowerCase(Locale.ROOT));
        JsonNode body = null;
        Iterator<JsonNode> contents = operation.path("requestBody").path("content").elements();
        if (contents.hasNext()) {
            body = sample(contents.next().path("schema"), 0);
        }
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("query")) {
                parameters.add(new Parameter(parameter.path("name").asText(), resolve(parameter.path("schema"))));
            }
        }
        boolean endless = operation.path("responses").toString().contains("\"text/event-stream\"");
        return new Shape(endpoint, body, parameters, endless);
    }

    private JsonNode sample(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (depth > MAX_DEPTH) {
            return NODES.nullNode();
        }
        for (String choice : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(choice)) {
                return sample(schema.path(choice).path(0), depth + 1);
            }
        }
        if (schema.has("enum")) {
            return schema.path("enum").path(0);
        }
        return switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    object.set(property.getKey(), sample(property.getValue(), depth + 1));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(sample(schema.path("items"), depth + 1));
                yield array;
            }
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.textNode(switch (schema.path("format").asText()) {
                case "date" -> "2026-01-15";
                case "date-time" -> "2026-01-15T10:00:00+07:00";
                case "uuid" -> "00000000-0000-4000-8000-000000000000";
                default -> "x";
            });
        };
    }

    /** OpenAPI 3.1 may give a list of types, such as ["string", "null"]. */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!each.asText().equals("null")) {
                    return each.asText();
                }
            }
        }
        return type.isTextual() ? type.asText() : schema.has("properties") ? "object" : "string";
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String name = schema.path("$ref").asText().substring("#/components/schemas/".length());
            schema = document.path("components").path("schemas").path(name);
        }
        return schema;
    }
}
