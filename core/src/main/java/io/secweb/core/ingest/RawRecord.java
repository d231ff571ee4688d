package io.secweb.core.ingest;

import io.secweb.schemas.deadletter.Origin;

import java.time.Instant;

/** A feed record as read from Kafka, before anything is assumed about its content. */
public record RawRecord(String topic, int partition, long offset, long timestampMillis, String payload) {

    public Origin origin() {
        return Origin.kafka(topic, partition, offset, Instant.ofEpochMilli(timestampMillis));
    }
}
