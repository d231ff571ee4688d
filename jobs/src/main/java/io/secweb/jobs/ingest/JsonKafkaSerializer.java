package io.secweb.jobs.ingest;

import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.deadletter.DeadLetter;
import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** A contract record as JSON (the secweb codec) on a topic, with a key taken from the record. */
public final class JsonKafkaSerializer<T> implements KafkaRecordSerializationSchema<T> {

    /** Extracts the record key; serialisable so that it travels with the job. */
    public interface KeyOf<T> extends Function<T, String>, Serializable {}

    private final String topic;
    private final KeyOf<T> key;

    public JsonKafkaSerializer(String topic, KeyOf<T> key) {
        this.topic = topic;
        this.key = key;
    }

    /** Normalised events, keyed by event id (all revisions of an event share a partition). */
    public static JsonKafkaSerializer<FeedEvent> events(String topic) {
        return new JsonKafkaSerializer<>(topic, FeedEvent::id);
    }

    /** Dead letters, keyed by reason code. */
    public static JsonKafkaSerializer<DeadLetter> deadLetters(String topic) {
        return new JsonKafkaSerializer<>(topic, d -> d.reason().code());
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(T element, KafkaSinkContext context, Long timestamp) {
        String k = key.apply(element);
        return new ProducerRecord<>(topic, k == null ? null : k.getBytes(StandardCharsets.UTF_8), SecwebJson.writeBytes(element));
    }
}
