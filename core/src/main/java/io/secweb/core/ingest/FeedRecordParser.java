package io.secweb.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.documents.DocumentIds;
import io.secweb.schemas.codec.FeedEventValidator;
import io.secweb.schemas.codec.MalformedJsonException;
import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.deadletter.DeadLetter;
import io.secweb.schemas.deadletter.Reason;
import io.secweb.schemas.event.FeedEvent;

import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Parse → validate (JSON Schema) → normalise, for one raw feed record. Never throws for bad content: every
 * failure becomes a {@link DeadLetter} with a specific reason, the original payload and its origin.
 */
public final class FeedRecordParser {
    private static final int MAX_VIOLATIONS_IN_MESSAGE = 5;

    private final FeedEventValidator validator;
    private final FeedEventNormaliser normaliser;

    public FeedRecordParser(FeedEventValidator validator, FeedEventNormaliser normaliser) {
        this.validator = validator;
        this.normaliser = normaliser;
    }

    /** Outcome: exactly one of accepted and rejected is set. */
    public record Outcome(IngestedEvent accepted, DeadLetter rejected) {}

    public Outcome parse(RawRecord raw) {
        JsonNode tree;
        try {
            tree = SecwebJson.readTree(raw.payload());
        } catch (MalformedJsonException e) {
            return reject(raw, Reason.MALFORMED_JSON, e.getMessage(), null);
        }
        String id = tree.path("id").isTextual() ? tree.path("id").asText() : null;
        Integer revision = tree.path("revision").canConvertToInt() && tree.path("revision").isIntegralNumber()
                ? tree.path("revision").asInt() : null;

        List<String> violations = validator.validate(tree);
        if (!violations.isEmpty()) {
            String message = violations.stream().limit(MAX_VIOLATIONS_IN_MESSAGE).collect(Collectors.joining("; "))
                    + (violations.size() > MAX_VIOLATIONS_IN_MESSAGE ? "; and " + (violations.size() - MAX_VIOLATIONS_IN_MESSAGE) + " more" : "");
            return reject(raw, Reason.SCHEMA_VIOLATION, message, id, revision);
        }

        FeedEvent event;
        try {
            event = SecwebJson.treeToValue(tree, FeedEvent.class);
        } catch (JsonProcessingException e) {
            // the schema checks the date pattern; the calendar (2024-02-30) is checked here
            if (e.getCause() instanceof DateTimeParseException || e.getMessage().contains("java.time")) {
                return reject(raw, Reason.INVALID_DATE, path(e) + ": not a calendar date (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")", id, revision);
            }
            return reject(raw, Reason.SCHEMA_VIOLATION, path(e) + ": " + e.getOriginalMessage(), id, revision);
        }

        FeedEventNormaliser.Result normalised = normaliser.normalise(event, raw.topic());
        if (normalised.rejection() != null) {
            return reject(raw, normalised.rejection().reason(), normalised.rejection().message(), id, revision);
        }
        FeedEvent e = normalised.event();
        String fingerprint = DocumentIds.sha1(SecwebJson.write(e));
        return new Outcome(new IngestedEvent(e, raw.payload(), raw.origin(), fingerprint), null);
    }

    private static String path(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder sb = new StringBuilder("$");
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    sb.append('.').append(r.getFieldName());
                } else {
                    sb.append('[').append(r.getIndex()).append(']');
                }
            }
            return sb.toString();
        }
        return "$";
    }

    private static Outcome reject(RawRecord raw, Reason reason, String message, String id) {
        return reject(raw, reason, message, id, null);
    }

    private static Outcome reject(RawRecord raw, Reason reason, String message, String id, Integer revision) {
        return new Outcome(null, DeadLetter.of(reason, message, id, revision, raw.payload(), raw.origin()));
    }
}
