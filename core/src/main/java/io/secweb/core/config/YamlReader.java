package io.secweb.core.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way secweb reads a YAML file: the main configuration, the network configuration and alert rules each have a
 * reader for their JSON Schema in schemas/json (loaded from the classpath by its {@code $id}, as the feed schemas are).
 * {@link #parse} refuses text that is not YAML (tabs, a key given twice, two documents) and text that breaks the schema,
 * listing every problem as {@code file:line: key: message}; what it returns, a {@link YamlDocument}, keeps the line of
 * every key so that the loader's own checks report their problems the same way. Thread-safe.
 */
public final class YamlReader {
    private static final String SCHEMA_BASE = "https://schemas.secweb.io/";
    private static final String CLASSPATH_BASE = "classpath:secweb/schemas/json/";
    /** Custom messages in the schemas: {@code "message": {"pattern": "must be a duration …"}}. */
    private static final String MESSAGE_KEYWORD = "message";

    /** A key given twice is an error; a key without a value ({@code rules:}) is null, as in YAML, not empty text. */
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .build();
    private static final YAMLMapper TREES = new YAMLMapper(YAML);

    private final Schema schema;
    private final SchemaErrors errors;
    private final boolean nullsAreAbsent;

    private YamlReader(Schema schema, SchemaErrors errors, boolean nullsAreAbsent) {
        this.schema = schema;
        this.errors = errors;
        this.nullsAreAbsent = nullsAreAbsent;
    }

    /** A reader checking files against {@code schemas/json/<schemaFile>}, e.g. {@code config.schema.json}. */
    public static YamlReader forSchema(String schemaFile) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaIdResolvers(resolvers -> resolvers.mapPrefix(SCHEMA_BASE, CLASSPATH_BASE))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().errorMessageKeyword(MESSAGE_KEYWORD).build()));
        Schema schema = registry.getSchema(SchemaLocation.of(SCHEMA_BASE + schemaFile));
        schema.initializeValidators();
        return new YamlReader(schema, new SchemaErrors(schema.getSchemaNode(), "is not allowed here"), false);
    }

    /** The same reader, taking a key written without a value ({@code rules:}) as absent: it keeps its default. */
    public YamlReader nullsAreAbsent() {
        return new YamlReader(schema, errors, true);
    }

    /** The same reader, saying {@code message} for a key that a conditional branch of the schema forbids ({@code false}). */
    public YamlReader forbiddenKeysSay(String message) {
        return new YamlReader(schema, errors.forbiddenKeysSay(message), nullsAreAbsent);
    }

    /**
     * Reads and checks a file, named in messages by its path as given.
     *
     * @throws ConfigException when the file is missing or unreadable, is not YAML, or breaks the schema
     */
    public YamlDocument read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file " + file + " does not exist");
        } catch (IOException e) {
            throw new ConfigException("config file " + file + " cannot be read: " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /**
     * Parses and checks YAML text.
     *
     * @param name how messages name the file
     * @throws ConfigException listing every problem, one {@code name:line: key: message} per line, in file order
     */
    public YamlDocument parse(String text, String name) {
        Map<String, YamlDocument.Location> locations = locations(text, name);
        JsonNode root;
        try {
            root = TREES.readTree(text);
        } catch (JsonProcessingException e) {
            // numbers are read lazily: the token scan passes '.inf', the tree does not
            throw new ConfigException(List.of(notYaml(name, e, locations)));
        }
        if (root == null || root.isMissingNode()) {
            root = JsonNodeFactory.instance.objectNode();
        }
        if (nullsAreAbsent) {
            removeNulls(root);
        }
        YamlDocument document = new YamlDocument(name, root, locations);
        List<ConfigProblem> problems = schema.validate(root).stream().map(e -> errors.problem(e, document)).toList();
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return document;
    }

    /**
     * Where every key and list item starts, by JSON pointer, from the YAML token stream: a key's own position (not that
     * of its value), an item's value position, the first token's for the document.
     */
    private static Map<String, YamlDocument.Location> locations(String text, String name) {
        Map<String, YamlDocument.Location> locations = new HashMap<>();
        try (JsonParser p = YAML.createParser(text)) {
            int depth = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                YamlDocument.Location at = new YamlDocument.Location(p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr());
                if (depth == 0 && !locations.isEmpty()) {
                    throw new ConfigException(List.of(new ConfigProblem(name, at.line(), at.column(), "(file)",
                            "a second YAML document (after ---): the file holds one")));
                }
                if (t.isStructEnd()) {
                    depth--;
                    continue;
                }
                if (t.isStructStart()) {
                    depth++;
                }
                locations.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), at);
            }
        } catch (JsonProcessingException e) {
            throw new ConfigException(List.of(notYaml(name, e, locations)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return locations;
    }

    /** Text that is not YAML, in one line: SnakeYAML's problem and where, or a key given twice. */
    private static ConfigProblem notYaml(String name, JsonProcessingException e, Map<String, YamlDocument.Location> seen) {
        String pointer = e.getProcessor() instanceof JsonParser p ? p.getParsingContext().pathAsPointer().toString() : "";
        String key = YamlDocument.key(null, pointer);
        int line = e.getLocation() != null ? Math.max(1, e.getLocation().getLineNr()) : 1;
        int column = e.getLocation() != null ? Math.max(0, e.getLocation().getColumnNr()) : 0;
        if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
            Mark problem = y.getProblemMark();
            Mark context = y.getContextMark();
            // "while parsing a flow sequence" helps when that began on another line ("[info" never closed)
            String where = y.getContext() != null && context != null && context.getLine() != problem.getLine()
                    ? " (" + y.getContext() + " from line " + (context.getLine() + 1) + ")" : "";
            return new ConfigProblem(name, problem.getLine() + 1, problem.getColumn() + 1, key,
                    "not valid YAML: " + YamlDocument.oneLine(y.getProblem()) + where);
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
            YamlDocument.Location first = seen.get(pointer);
            return new ConfigProblem(name, line, column, key, "duplicate key: given twice in the same mapping"
                    + (first != null ? " (first on line " + first.line() + ")" : ""));
        }
        return new ConfigProblem(name, line, column, key, "not valid YAML: " + YamlDocument.oneLine(e.getOriginalMessage()));
    }

    private static void removeNulls(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.properties().removeIf(member -> member.getValue().isNull());
            o.forEach(YamlReader::removeNulls);
        } else if (node instanceof ArrayNode a) {
            a.forEach(YamlReader::removeNulls);
        }
    }
}
