package io.secweb.jobs.indicators;

import io.secweb.core.config.ConfigException;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.core.documents.IndicatorDocument;
import io.secweb.core.indicators.DocumentSeries;
import io.secweb.core.network.model.NetworkConfig;
import io.secweb.jobs.config.FlinkSettings;
import io.secweb.jobs.config.JobArguments;
import io.secweb.jobs.connectors.Connectors;
import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

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

    public static IndicatorsOptions options(SecwebConfig config, NetworkConfig network) {
        SecwebConfig.Indicators i = config.indicators();
        return new IndicatorsOptions(network.scopes(), network.settings(), config.elasticsearch().indexPrefix(), i.firstDay(),
                i.allowedLatenessDays(), i.liveUpdateInterval(), i.relativeTolerance(),
                new IndicatorDocument.Run(config.run().mode(), config.run().id()));
    }

    public static DataStream<ElasticsearchDocument> define(StreamExecutionEnvironment env, SecwebConfig config, Connectors.Reading reading) {
        IndicatorsOptions options = options(config, NetworkConfig.of(config));
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
