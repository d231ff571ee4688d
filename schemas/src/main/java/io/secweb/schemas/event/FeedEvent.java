package io.secweb.schemas.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The feed envelope (schemas/json/feed-event.schema.json): published on the secweb.feed.* topics and, once
 * normalised, on secweb.events. Exactly one body is set, the one matching {@link #type()}.
 */
public record FeedEvent(
        String id,
        int revision,
        EventType type,
        LocalDate start,
        LocalDate end,
        String datePrecision,
        Instant occurredAt,
        List<Participant> participants,
        List<String> tags,
        Source source,
        Double confidence,
        boolean retracted,
        ExerciseBody exercise,
        AgreementBody agreement,
        CoercionBody coercion,
        DialogueBody dialogue) {

    /** Distinct participant countries, in first-seen order. */
    public List<String> countries() {
        return participants.stream().map(Participant::country).distinct().toList();
    }
}
