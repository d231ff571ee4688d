package io.secweb.jobs.indicators;

import io.secweb.core.documents.ElasticsearchDocument;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * A document on a topic: value = the document JSON, header {@value #DOCUMENT_ID_HEADER} = its Elasticsearch id, key =
 * the document's series ({@link DocumentSeries}), so that every update of a series — every day of one indicator
 * series, every change of one alert series — stays in order on one partition.
 */
public final class DocumentKafkaSerializer implements KafkaRecordSerializationSchema<ElasticsearchDocument> {
    public static final String DOCUMENT_ID_HEADER = "secweb.document_id";

    /** The partitioning key of a document. */
    public interface KeyFunction extends Function<ElasticsearchDocument, String>, Serializable {}

    private final String topic;
    private final KeyFunction key;

    public DocumentKafkaSerializer(String topic, KeyFunction key) {
        this.topic = topic;
        this.key = key;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(ElasticsearchDocument d, KafkaSinkContext context, Long timestamp) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(DOCUMENT_ID_HEADER, d.id().getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(topic, null, null, key.apply(d).getBytes(StandardCharsets.UTF_8),
                d.source().getBytes(StandardCharsets.UTF_8), headers);
    }
}
