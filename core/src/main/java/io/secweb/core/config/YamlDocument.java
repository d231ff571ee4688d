package io.secweb.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;

/**
 * A YAML file read by {@link YamlReader} and valid against its schema: the tree, and for every JSON pointer
 * ({@code /scopes/1/hub}) the line and column where its key (or, for a list item, its value) starts, so that any
 * check, made at any time, can name the line of the key it refuses: {@link #problem(String, String)}.
 */
public final class YamlDocument {
    /** A 1-based line and column in the file. */
    public record Location(int line, int column) {
        static final Location START = new Location(1, 1);
    }

    private final String name;
    private final JsonNode root;
    private final Map<String, Location> locations;

    YamlDocument(String name, JsonNode root, Map<String, Location> locations) {
        this.name = name;
        this.root = root;
        this.locations = Map.copyOf(locations);
    }

    /** How messages name the file: its path as given. */
    public String name() {
        return name;
    }

    /** The document; an empty object for an empty file (or one of comments only). */
    public JsonNode root() {
        return root;
    }

    /** Where the key at {@code pointer} starts, or the nearest enclosing key the file has (a missing key: its parent's). */
    public Location locate(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            Location at = locations.get(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return Location.START;
            }
        }
    }

    /** The key at {@code pointer} as people read it: {@code scopes[1].countries[2]}, {@code coercion.severity_weights.3}. */
    public String key(String pointer) {
        return key(root, pointer);
    }

    /** {@code file:line: key: message} for the key at {@code pointer}. */
    public ConfigProblem problem(String pointer, String message) {
        Location at = locate(pointer);
        return new ConfigProblem(name, at.line(), at.column(), key(pointer), message);
    }

    /** A collector for the semantic checks of this file: each problem at the line of its key. */
    public ConfigProblems problems() {
        return new ConfigProblems(this::problem, pointer -> !root.at(pointer).isMissingNode());
    }

    /**
     * The document as records. The schema has already checked kinds and ranges, so this rarely fails; when it does
     * (a date that does not exist), the problem names the line of the key.
     *
     * @throws ConfigException naming the file, line and key
     */
    public <T> T bind(ObjectMapper mapper, Class<T> type) {
        try {
            return mapper.treeToValue(root, type);
        } catch (JsonMappingException e) {
            // the innermost cause says it best: "Text '2000-13-01' could not be parsed: Invalid value for MonthOfYear …"
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            String why = cause == e ? e.getOriginalMessage() : cause.getMessage();
            throw new ConfigException(List.of(problem(pointer(e.getPath()), "cannot use this value: " + oneLine(why))));
        } catch (JsonProcessingException e) {
            throw new ConfigException(List.of(problem("", "cannot use this file: " + oneLine(e.getOriginalMessage()))));
        }
    }

    static String key(JsonNode root, String pointer) {
        if (pointer.isEmpty()) {
            return "(file)";
        }
        StringBuilder key = new StringBuilder();
        JsonNode node = root;
        for (String token : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            // a list index, unless the file has a mapping there (coercion.severity_weights has keys 1..5)
            boolean index = node != null && node.isArray() || (node == null || !node.isObject()) && name.matches("\\d+");
            if (index) {
                key.append('[').append(name).append(']');
            } else {
                key.append(key.isEmpty() ? "" : ".").append(name);
            }
            node = node == null ? null : index ? node.get(Integer.parseInt(name)) : node.get(name);
        }
        return key.toString();
    }

    static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder p = new StringBuilder();
        for (JsonMappingException.Reference r : path) {
            p.append('/').append(r.getFieldName() != null ? escape(r.getFieldName()) : String.valueOf(r.getIndex()));
        }
        return p.toString();
    }

    /** One JSON pointer token for a key. */
    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
