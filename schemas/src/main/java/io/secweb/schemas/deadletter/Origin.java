package io.secweb.schemas.deadletter;

import java.time.Instant;

/** Where a rejected record came from: its Kafka coordinates, or the Elasticsearch index it was written to. */
public record Origin(String topic, Integer partition, Long offset, Instant timestamp, String index) {

    public static Origin kafka(String topic, int partition, long offset, Instant timestamp) {
        return new Origin(topic, partition, offset, timestamp, null);
    }
}
