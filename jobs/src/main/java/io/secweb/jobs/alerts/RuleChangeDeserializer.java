package io.secweb.jobs.alerts;

import io.secweb.core.alerts.RuleChange;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;

/** Control-topic records as {@link RuleChange}s; nothing is assumed about the content yet (the rules function validates it). */
public final class RuleChangeDeserializer implements KafkaRecordDeserializationSchema<RuleChange> {

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RuleChange> out) {
        String key = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
        String text = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
        out.collect(new RuleChange(key, text, record.topic(), record.partition(), record.offset(), record.timestamp()));
    }

    @Override
    public TypeInformation<RuleChange> getProducedType() {
        return TypeInformation.of(RuleChange.class);
    }
}
