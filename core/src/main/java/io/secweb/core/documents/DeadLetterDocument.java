package io.secweb.core.documents;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.secweb.schemas.deadletter.Origin;
import io.secweb.schemas.deadletter.Reason;
import io.secweb.schemas.deadletter.Stage;

import java.time.Instant;

/** A dead letter as stored in {@code secweb-deadletter-*} (schemas/elasticsearch/secweb-deadletter.template.json). */
public record DeadLetterDocument(
        @JsonProperty("@timestamp") Instant timestamp,
        Kind event,
        Error error,
        Secweb secweb) {

    public record Kind(String kind) {}

    public record Error(Reason code, String message) {}

    public record Secweb(Body deadletter) {}

    public record Body(Stage stage, String eventId, Integer revision, String payload, Origin origin) {}
}
