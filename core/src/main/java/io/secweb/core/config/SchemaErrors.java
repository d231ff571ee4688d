package io.secweb.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a schema validator error into a {@link ConfigProblem} that people read: at the key it is about (an unknown or
 * missing key is named itself, not its parent), in plain words ({@code must be ≥ 1, got 0}) or in the schema's own
 * {@code message} for that keyword.
 */
final class SchemaErrors {
    private static final int SHOWN_TEXT = 40;

    private final JsonNode schemaDocument;
    private final String forbidden;

    SchemaErrors(JsonNode schemaDocument, String forbidden) {
        this.schemaDocument = schemaDocument;
        this.forbidden = forbidden;
    }

    SchemaErrors forbiddenKeysSay(String message) {
        return new SchemaErrors(schemaDocument, message);
    }

    ConfigProblem problem(Error e, YamlDocument document) {
        String parent = pointer(e.getInstanceLocation());
        boolean namesAKey = e.getProperty() != null && ("required".equals(e.getKeyword()) || "additionalProperties".equals(e.getKeyword()));
        String pointer = namesAKey ? parent + "/" + YamlDocument.escape(e.getProperty()) : parent;
        return document.problem(pointer, message(e, document.key(parent)));
    }

    private String message(Error e, String parentKey) {
        JsonNode value = e.getInstanceNode();
        JsonNode s = e.getSchemaNode();
        if (e.isCustomMessage()) {
            return e.getMessage() + (value == null || value.isContainerNode() || "required".equals(e.getKeyword()) ? "" : ", got " + shown(value));
        }
        return switch (e.getKeyword()) {
            case "type" -> "must be " + expected(s) + ", got " + shown(value);
            case "enum" -> "must be one of " + list(s) + ", got " + shown(value);
            case "const" -> "must be " + shown(s) + ", got " + shown(value);
            case "minimum" -> "must be ≥ " + s.asText() + ", got " + shown(value);
            case "maximum" -> "must be ≤ " + s.asText() + ", got " + shown(value);
            case "exclusiveMinimum" -> "must be > " + s.asText() + ", got " + shown(value);
            case "exclusiveMaximum" -> "must be < " + s.asText() + ", got " + shown(value);
            case "minLength" -> s.asInt() == 1 ? "must not be empty" : "must be at least " + s.asInt() + " characters long";
            case "maxLength" -> "must be at most " + s.asInt() + " characters long";
            case "minItems" -> "must list at least " + (s.asInt() == 1 ? "one item" : s.asInt() + " items") + ", got " + value.size();
            case "maxItems" -> "must list at most " + s.asInt() + " item" + (s.asInt() == 1 ? "" : "s") + ", got " + value.size();
            case "uniqueItems" -> "lists the same item more than once";
            case "pattern" -> shown(value) + " does not match the pattern " + s.asText();
            case "required" -> "is required but missing";
            case "additionalProperties" -> unknownKey(e, parentKey);
            case "false" -> forbidden;
            default -> e.getMessage();
        };
    }

    /** Names the keys the schema knows where the unknown one is, and the likely one meant. */
    private String unknownKey(Error e, String parentKey) {
        String where = parentKey.equals("(file)") ? "at the top level" : "under " + parentKey;
        List<String> known = knownKeys(pointer(e.getSchemaLocation().getFragment()));
        if (known.isEmpty()) {
            return "unknown key " + where;
        }
        String unknown = e.getProperty();
        // a typo (partitons), or the start of the key (bind for bind_address)
        String meant = known.stream().filter(k -> distance(k, unknown) <= 2 || unknown.length() >= 3 && k.startsWith(unknown))
                .min(Comparator.comparingInt(k -> distance(k, unknown))).map(k -> " (did you mean " + k + "?)").orElse("");
        return "unknown key" + meant + "; known keys " + where + ": " + String.join(", ", known);
    }

    /** The property names of the schema object whose {@code additionalProperties} refused the key. */
    private List<String> knownKeys(String additionalProperties) {
        String schemaObject = additionalProperties.substring(0, Math.max(0, additionalProperties.lastIndexOf('/')));
        List<String> known = new ArrayList<>();
        schemaDocument.at(schemaObject + "/properties").fieldNames().forEachRemaining(known::add);
        return known.stream().sorted().toList();
    }

    private static String expected(JsonNode type) {
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types.stream().map(t -> switch (t) {
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "string" -> "text";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "a mapping of keys to values";
            case "null" -> "empty";
            default -> t;
        }).collect(Collectors.joining(" or "));
    }

    private static String list(JsonNode values) {
        List<String> shown = new ArrayList<>();
        values.forEach(v -> shown.add(v.asText()));
        return String.join(", ", shown);
    }

    /** A value as the message quotes it: text in quotes (shortened), numbers as they are, containers by kind. */
    private static String shown(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isTextual()) {
            String text = value.asText();
            return "'" + (text.length() > SHOWN_TEXT ? text.substring(0, SHOWN_TEXT) + "…" : text) + "'";
        }
        return value.asText();
    }

    private static String pointer(NodePath path) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            p.append('/').append(element instanceof Integer index ? String.valueOf(index) : YamlDocument.escape(String.valueOf(element)));
        }
        return p.toString();
    }

    /** Levenshtein distance, for the "did you mean" of an unknown key. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
