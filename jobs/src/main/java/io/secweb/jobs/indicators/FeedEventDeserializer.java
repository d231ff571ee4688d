package io.secweb.jobs.indicators;

import io.secweb.jobs.flink.SecwebFlinkTypes;
import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads normalised events from secweb.events. The ingest job only writes valid events there; anything else
 * (a foreign producer) is skipped, counted and logged, never allowed to fail the job.
 */
public final class FeedEventDeserializer implements KafkaRecordDeserializationSchema<FeedEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(FeedEventDeserializer.class);
    private transient Counter unreadable;

    @Override
    public void open(DeserializationSchema.InitializationContext context) {
        SecwebFlinkTypes.register();
        unreadable = context.getMetricGroup().counter("unreadableEvents");
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<FeedEvent> out) {
        try {
            out.collect(SecwebJson.mapper().readValue(record.value(), FeedEvent.class));
        } catch (Exception e) {
            if (unreadable != null) {
                unreadable.inc();
            }
            LOG.warn("skipping unreadable record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
        }
    }

    @Override
    public TypeInformation<FeedEvent> getProducedType() {
        SecwebFlinkTypes.register();
        return TypeInformation.of(FeedEvent.class);
    }
}
