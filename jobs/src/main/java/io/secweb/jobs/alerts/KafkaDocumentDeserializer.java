package io.secweb.jobs.alerts;

import io.secweb.core.alerts.KafkaDocument;
import io.secweb.jobs.indicators.DocumentKafkaSerializer;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;

/** Document-topic records as {@link KafkaDocument}s; the content is checked downstream (bad ones become dead letters). */
public final class KafkaDocumentDeserializer implements KafkaRecordDeserializationSchema<KafkaDocument> {

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<KafkaDocument> out) {
        Header id = record.headers().lastHeader(DocumentKafkaSerializer.DOCUMENT_ID_HEADER);
        String payload = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
        out.collect(new KafkaDocument(record.topic(), record.partition(), record.offset(), record.timestamp(),
                id == null ? null : new String(id.value(), StandardCharsets.UTF_8), payload));
    }

    @Override
    public TypeInformation<KafkaDocument> getProducedType() {
        return TypeInformation.of(KafkaDocument.class);
    }
}
