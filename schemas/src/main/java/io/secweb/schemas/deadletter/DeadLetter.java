package io.secweb.schemas.deadletter;

import java.time.Instant;

/**
 * A rejected record (schemas/json/dead-letter.schema.json): the reason, a human-readable message naming the
 * field and rule, the original payload verbatim, and its origin. {@code rejectedAt} is the origin's record time,
 * so re-processing the same record yields the same dead letter.
 */
public record DeadLetter(
        Stage stage,
        Reason reason,
        String message,
        String eventId,
        Integer revision,
        String payload,
        Origin origin,
        Instant rejectedAt) {

    public static DeadLetter of(Reason reason, String message, String eventId, Integer revision, String payload, Origin origin) {
        return new DeadLetter(reason.stage(), reason, message, eventId, revision, payload, origin, origin.timestamp());
    }
}
