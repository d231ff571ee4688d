package io.secweb.jobs.indicators;

import io.secweb.jobs.config.FlinkSettings;
import io.secweb.jobs.config.ConfigException;
import io.secweb.jobs.config.JobArguments;
import io.secweb.jobs.config.SecwebConfig;
import io.secweb.jobs.connectors.Connectors;
import io.secweb.jobs.documents.IndicatorDocument;
import io.secweb.jobs.elasticsearch.ElasticsearchDocument;
import io.secweb.jobs.network.model.NetworkConfig;
import io.secweb.jobs.network.model.NetworkConfigLoader;
import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.nio.file.Path;

/**
 * The indicators job: Kafka secweb.events → {@link IndicatorsPipeline} → Elasticsearch secweb-indicators-* and
 * Kafka secweb.indicators. {@code main} only reads configuration and wires the real source and sinks.
 */
public final class IndicatorsJob {
    public static final String NAME = "secweb-indicators";

    private IndicatorsJob() {}

    public static void main(String[] args) throws Exception {
        SecwebConfig config;
        try {
            config = JobArguments.parse(args);
        } catch (ConfigException e) {
            System.err.println("secweb indicators: " + e.getMessage());
            System.exit(2);
            return;
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(config));
        define(env, config, Connectors.Reading.CONTINUOUSLY);
        env.execute(NAME);
    }

    /** The scopes and network settings: the file named in indicators.network_config, or the bundled defaults. */
    public static NetworkConfig networkConfig(SecwebConfig config) {
        String file = config.indicators().networkConfig();
        return file == null ? NetworkConfig.defaults() : NetworkConfigLoader.load(Path.of(file));
    }

    public static IndicatorsOptions options(SecwebConfig config, NetworkConfig network) {
        SecwebConfig.Indicators i = config.indicators();
        return new IndicatorsOptions(network.scopes(), network.settings(), config.elasticsearch().indexPrefix(), i.firstDay(),
                i.allowedLatenessDays(), i.liveUpdateInterval(), i.relativeTolerance(),
                new IndicatorDocument.Run(config.run().mode(), config.run().id()));
    }

    public static DataStream<ElasticsearchDocument> define(StreamExecutionEnvironment env, SecwebConfig config, Connectors.Reading reading) {
        IndicatorsOptions options = options(config, networkConfig(config));
        var source = KafkaSource.<FeedEvent>builder()
                .setProperties(Connectors.kafkaSecurityProperties())
                .setBootstrapServers(config.kafka().bootstrapServers())
                .setTopics(config.topics().events())
                .setGroupId(config.indicators().consumerGroup())
                .setStartingOffsets(Connectors.startingOffsets(config))
                .setDeserializer(new FeedEventDeserializer())
                .setProperty("isolation.level", "read_committed");
        if (reading == Connectors.Reading.UNTIL_LATEST) {
            source.setBounded(OffsetsInitializer.latest());
        }
        DataStream<FeedEvent> events = env.fromSource(source.build(),
                        EventTimestamps.strategy(config.indicators().outOfOrderness(), config.indicators().idleness()), "normalised-events")
                .uid("normalised-events");
        IndicatorsSinks sinks = new IndicatorsSinks(Connectors.elasticsearchSink(config),
                Connectors.kafkaSink(config, new DocumentKafkaSerializer(config.topics().indicators(), DocumentSeries::indicator), "indicators"));
        return IndicatorsPipeline.build(events, sinks, options);
    }
}
