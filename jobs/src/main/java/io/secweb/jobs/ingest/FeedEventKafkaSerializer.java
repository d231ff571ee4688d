package io.secweb.jobs.ingest;

import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;

/** Normalised events as JSON, keyed by event id (so all revisions of an event share a partition). */
public final class FeedEventKafkaSerializer implements KafkaRecordSerializationSchema<FeedEvent> {
    private final String topic;

    public FeedEventKafkaSerializer(String topic) {
        this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(FeedEvent e, KafkaSinkContext context, Long timestamp) {
        return new ProducerRecord<>(topic, e.id().getBytes(StandardCharsets.UTF_8), SecwebJson.writeBytes(e));
    }
}
