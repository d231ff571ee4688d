package io.secweb.core.alerts;

import io.secweb.schemas.deadletter.Origin;

import java.time.Instant;

/** A document read from a document topic (secweb.indicators): its id from the record header, the JSON, and where it was. */
public record KafkaDocument(String topic, int partition, long offset, long timestampMillis, String documentId, String payload) {

    public Origin origin() {
        return Origin.kafka(topic, partition, offset, Instant.ofEpochMilli(timestampMillis));
    }
}
