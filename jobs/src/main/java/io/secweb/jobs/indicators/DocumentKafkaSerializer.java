package io.secweb.jobs.indicators;

import io.secweb.jobs.elasticsearch.ElasticsearchDocument;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;

/** A document on a topic: key = document id (so its updates stay in order on one partition), value = the document JSON. */
public final class DocumentKafkaSerializer implements KafkaRecordSerializationSchema<ElasticsearchDocument> {
    private final String topic;

    public DocumentKafkaSerializer(String topic) {
        this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(ElasticsearchDocument d, KafkaSinkContext context, Long timestamp) {
        return new ProducerRecord<>(topic, d.id().getBytes(StandardCharsets.UTF_8), d.source().getBytes(StandardCharsets.UTF_8));
    }
}
