package io.secweb.jobs.connectors;

import io.secweb.core.config.Backoff;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.elasticsearch.ElasticsearchConnection;
import io.secweb.jobs.elasticsearch.ElasticsearchSink;
import io.secweb.jobs.elasticsearch.ElasticsearchSinkOptions;
import io.secweb.jobs.security.KafkaSecurity;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

import java.util.Properties;

/** The real sources' and sinks' settings, built the same way for every job from the configuration file. */
public final class Connectors {
    private Connectors() {}

    /** How far a job reads its input topics. */
    public enum Reading {
        /** Forever: the live job. */
        CONTINUOUSLY,
        /** Up to the offsets that are latest when the job starts, then the job finishes (catch-up runs, tests). */
        UNTIL_LATEST
    }

    /**
     * The security properties (SASL, TLS trust) of every Kafka client, from the environment or the secrets file
     * ({@link KafkaSecurity}); empty for the unsecured local stack. Sources add them with {@code setProperties}.
     */
    public static Properties kafkaSecurityProperties() {
        return KafkaSecurity.fromEnvironment().clientProperties();
    }

    public static OffsetsInitializer startingOffsets(SecwebConfig config) {
        return switch (config.kafka().startingOffsets()) {
            case "earliest" -> OffsetsInitializer.earliest();
            case "latest" -> OffsetsInitializer.latest();
            default -> OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
        };
    }

    /**
     * A Kafka sink with the configured delivery guarantee; {@code name} keeps the transactional ids of the job's
     * sinks apart.
     */
    public static <T> KafkaSink<T> kafkaSink(SecwebConfig config, KafkaRecordSerializationSchema<T> serializer, String name) {
        Properties producer = kafkaSecurityProperties();
        // the broker caps transactions at 15 minutes; the sink's default of 1 hour would make the job restart forever
        producer.setProperty("transaction.timeout.ms", "900000");
        boolean exactlyOnce = "exactly_once".equals(config.kafka().deliveryGuarantee());
        var builder = KafkaSink.<T>builder()
                .setBootstrapServers(config.kafka().bootstrapServers())
                .setKafkaProducerConfig(producer)
                .setRecordSerializer(serializer)
                .setDeliveryGuarantee(exactlyOnce ? DeliveryGuarantee.EXACTLY_ONCE : DeliveryGuarantee.AT_LEAST_ONCE);
        if (exactlyOnce) {
            builder.setTransactionalIdPrefix(config.kafka().transactionalIdPrefix() + "-" + name);
        }
        return builder.build();
    }

    public static ElasticsearchSinkOptions elasticsearchSinkOptions(SecwebConfig config) {
        SecwebConfig.Elasticsearch es = config.elasticsearch();
        return ElasticsearchSinkOptions.defaults(ElasticsearchConnection.of(es.url()), es.indexPrefix())
                .withBatching(es.bulkMaxActions(), es.bulkFlushInterval())
                .withBackoff(new Backoff(es.retryInitialBackoff(), es.retryMaxBackoff()))
                .withMaxInFlightRequests(es.maxInFlightRequests());
    }

    public static ElasticsearchSink elasticsearchSink(SecwebConfig config) {
        return ElasticsearchSink.of(elasticsearchSinkOptions(config));
    }
}
