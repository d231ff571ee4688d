package io.secweb.jobs.ingest;

import io.secweb.core.config.ConfigException;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.ingest.RawRecord;
import io.secweb.jobs.config.FlinkSettings;
import io.secweb.jobs.config.JobArguments;
import io.secweb.jobs.connectors.Connectors;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;



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
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(config));
        define(env, config);
        env.execute(NAME);
    }

    /** Adds the ingest job's sources, pipeline and sinks to {@code env}. */
    public static IngestPipeline.Outputs define(StreamExecutionEnvironment env, SecwebConfig config) {
        return define(env, config, Connectors.Reading.CONTINUOUSLY);
    }

    public static IngestPipeline.Outputs define(StreamExecutionEnvironment env, SecwebConfig config, Connectors.Reading reading) {
        DataStream<RawRecord> feed = env.fromSource(kafkaSource(config, reading), WatermarkStrategy.noWatermarks(), "feed-topics")
                .uid("feed-topics");
        IngestSinks sinks = new IngestSinks(
                Connectors.kafkaSink(config, JsonKafkaSerializer.events(config.topics().events()), "events"),
                Connectors.kafkaSink(config, JsonKafkaSerializer.deadLetters(config.topics().deadLetter()), "deadletter"),
                Connectors.elasticsearchSink(config));
        return IngestPipeline.build(feed, sinks, new IngestOptions(config.topics(), config.elasticsearch().indexPrefix(),
                config.ingest().maxDaysInFuture()));
    }

    static KafkaSource<RawRecord> kafkaSource(SecwebConfig config, Connectors.Reading reading) {
        var builder = KafkaSource.<RawRecord>builder()
                .setProperties(Connectors.kafkaSecurityProperties())
                .setBootstrapServers(config.kafka().bootstrapServers())
                .setTopics(config.topics().feeds())
                .setGroupId(config.kafka().consumerGroup())
                .setStartingOffsets(Connectors.startingOffsets(config))
                .setDeserializer(new RawRecordDeserializer())
                // read only committed feed records when producers use transactions
                .setProperty("isolation.level", "read_committed")
                .setProperty("partition.discovery.interval.ms", "30000");
        if (reading == Connectors.Reading.UNTIL_LATEST) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return builder.build();
    }
}
