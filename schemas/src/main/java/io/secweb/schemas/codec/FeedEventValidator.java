package io.secweb.schemas.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.util.List;

/**
 * Validates records against the JSON Schemas in schemas/json (draft 2020-12), which are the single source of
 * truth: the files are loaded from the classpath by their {@code $id}, never re-stated in code.
 * Thread-safe once built.
 */
public final class FeedEventValidator {
    static final String SCHEMA_BASE = "https://schemas.secweb.io/";
    private static final String CLASSPATH_BASE = "classpath:secweb/schemas/json/";
    public static final String FEED_EVENT_SCHEMA = "feed-event.schema.json";
    public static final String DEAD_LETTER_SCHEMA = "dead-letter.schema.json";

    private final Schema schema;

    private FeedEventValidator(String schemaFile) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(SCHEMA_BASE, CLASSPATH_BASE)));
        this.schema = registry.getSchema(SchemaLocation.of(SCHEMA_BASE + schemaFile));
        this.schema.initializeValidators();
    }

    /** A validator for the feed envelope and its three bodies. */
    public static FeedEventValidator forFeedEvents() {
        return new FeedEventValidator(FEED_EVENT_SCHEMA);
    }

    /** A validator for dead-letter records. */
    public static FeedEventValidator forDeadLetters() {
        return new FeedEventValidator(DEAD_LETTER_SCHEMA);
    }

    /**
     * Returns every violation as "path: message" (e.g. {@code $.coercion.severity: must have a maximum value of 5}),
     * sorted, or an empty list when the record is valid.
     */
    public List<String> validate(JsonNode record) {
        List<Error> errors = schema.validate(record);
        return errors.stream()
                .map(e -> jsonPath(e.getInstanceLocation().toString()) + ": " + e.getMessage())
                .distinct()
                .sorted()
                .toList();
    }

    /** Turns a JSON pointer ({@code /participants/0/role}) into the path people read ({@code $.participants[0].role}). */
    static String jsonPath(String pointer) {
        StringBuilder path = new StringBuilder("$");
        for (String token : pointer.split("/")) {
            if (token.isEmpty()) {
                continue;
            }
            String unescaped = token.replace("~1", "/").replace("~0", "~");
            if (unescaped.chars().allMatch(Character::isDigit)) {
                path.append('[').append(unescaped).append(']');
            } else {
                path.append('.').append(unescaped);
            }
        }
        return path.toString();
    }
}
