package io.secweb.jobs.ingest;

import io.secweb.core.ingest.RawRecord;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;

/** Keeps the payload verbatim with its topic, partition, offset and timestamp; never fails on content. */
public final class RawRecordDeserializer implements KafkaRecordDeserializationSchema<RawRecord> {

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RawRecord> out) {
        String payload = record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
        out.collect(new RawRecord(record.topic(), record.partition(), record.offset(), record.timestamp(), payload));
    }

    @Override
    public TypeInformation<RawRecord> getProducedType() {
        return TypeInformation.of(RawRecord.class);
    }
}
