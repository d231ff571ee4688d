package io.secweb.jobs.ingest;

import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.deadletter.DeadLetter;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;

/** Dead letters as JSON (schemas/json/dead-letter.schema.json), keyed by the reason code. */
public final class DeadLetterKafkaSerializer implements KafkaRecordSerializationSchema<DeadLetter> {
    private final String topic;

    public DeadLetterKafkaSerializer(String topic) {
        this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(DeadLetter d, KafkaSinkContext context, Long timestamp) {
        return new ProducerRecord<>(topic, d.reason().code().getBytes(StandardCharsets.UTF_8), SecwebJson.writeBytes(d));
    }
}
