package io.secweb.jobs.ingest;

import io.secweb.jobs.config.ConfigException;
import io.secweb.jobs.config.JobArguments;
import io.secweb.jobs.config.SecwebConfig;
import io.secweb.jobs.elasticsearch.Backoff;
import io.secweb.jobs.elasticsearch.ElasticsearchConnection;
import io.secweb.jobs.elasticsearch.ElasticsearchSink;
import io.secweb.jobs.elasticsearch.ElasticsearchSinkOptions;
import io.secweb.schemas.deadletter.DeadLetter;
import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

import java.util.Properties;

/**
 * The ingest job: Kafka feed topics → {@link IngestPipeline} → Kafka secweb.events and secweb.deadletter,
 * Elasticsearch secweb-events-* and secweb-deadletter-*. {@code main} only reads configuration and wires the real
 * sources and sinks.
 */
public final class IngestJob {
    public static final String NAME = "secweb-ingest";

    private IngestJob() {}

    public static void main(String[] args) throws Exception {
        SecwebConfig config;
        try {
            config = JobArguments.parse(args);
        } catch (ConfigException e) {
            System.err.println("secweb ingest: " + e.getMessage());
            System.exit(2);
            return;
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flinkConfiguration(config));
        define(env, config);
        env.execute(NAME);
    }

    /** Flink settings from the file's {@code flink:} section, with the defaults every secweb job needs. */
    public static Configuration flinkConfiguration(SecwebConfig config) {
        Configuration c = new Configuration();
        c.setString("pipeline.generic-types", "false");
        c.setString("execution.checkpointing.interval", "10 s");
        config.flink().forEach(c::setString);
        return c;
    }

    /** How far the job reads its feed topics. */
    public enum Reading {
        /** Forever: the live job. */
        CONTINUOUSLY,
        /** Up to the offsets that are latest when the job starts, then the job finishes (catch-up runs, tests). */
        UNTIL_LATEST
    }

    /** Adds the ingest job's sources, pipeline and sinks to {@code env}. */
    public static IngestPipeline.Outputs define(StreamExecutionEnvironment env, SecwebConfig config) {
        return define(env, config, Reading.CONTINUOUSLY);
    }

    public static IngestPipeline.Outputs define(StreamExecutionEnvironment env, SecwebConfig config, Reading reading) {
        DataStream<RawRecord> feed = env.fromSource(kafkaSource(config, reading), WatermarkStrategy.noWatermarks(), "feed-topics")
                .uid("feed-topics");
        IngestSinks sinks = new IngestSinks(
                kafkaSink(config, JsonKafkaSerializer.events(config.topics().events()), "events"),
                kafkaSink(config, JsonKafkaSerializer.deadLetters(config.topics().deadLetter()), "deadletter"),
                ElasticsearchSink.of(sinkOptions(config)));
        return IngestPipeline.build(feed, sinks, new IngestOptions(config.topics(), config.elasticsearch().indexPrefix(),
                config.ingest().maxDaysInFuture()));
    }

    static KafkaSource<RawRecord> kafkaSource(SecwebConfig config, Reading reading) {
        OffsetsInitializer start = switch (config.kafka().startingOffsets()) {
            case "earliest" -> OffsetsInitializer.earliest();
            case "latest" -> OffsetsInitializer.latest();
            default -> OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
        };
        var builder = KafkaSource.<RawRecord>builder()
                .setBootstrapServers(config.kafka().bootstrapServers())
                .setTopics(config.topics().feeds())
                .setGroupId(config.kafka().consumerGroup())
                .setStartingOffsets(start)
                .setDeserializer(new RawRecordDeserializer())
                // read only committed feed records when producers use transactions
                .setProperty("isolation.level", "read_committed")
                .setProperty("partition.discovery.interval.ms", "30000");
        if (reading == Reading.UNTIL_LATEST) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return builder.build();
    }

    static <T> KafkaSink<T> kafkaSink(SecwebConfig config, KafkaRecordSerializationSchema<T> serializer, String name) {
        Properties producer = new Properties();
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

    static ElasticsearchSinkOptions sinkOptions(SecwebConfig config) {
        SecwebConfig.Elasticsearch es = config.elasticsearch();
        return ElasticsearchSinkOptions.defaults(ElasticsearchConnection.of(es.url()), es.indexPrefix())
                .withBatching(es.bulkMaxActions(), es.bulkFlushInterval())
                .withBackoff(new Backoff(es.retryInitialBackoff(), es.retryMaxBackoff()))
                .withMaxInFlightRequests(es.maxInFlightRequests());
    }
}
