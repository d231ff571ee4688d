package io.secweb.core.documents;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.secweb.schemas.event.FeedEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * An event as stored in {@code secweb-events-*} (schemas/elasticsearch/secweb-events.template.json):
 * {@code @timestamp} is event time, ECS {@code event.*} and {@code tags}, and the normalised envelope under
 * {@code secweb.*} with the distinct participant countries added for filtering.
 */
public record EventDocument(
        @JsonProperty("@timestamp") LocalDate timestamp,
        Ecs event,
        List<String> tags,
        Secweb secweb) {

    public record Ecs(String id, String kind, String category, String dataset, LocalDate start, LocalDate end) {}

    public record Secweb(@JsonUnwrapped FeedEvent envelope, List<String> countries) {}
}
