package io.secweb.jobs.alerts;

import io.secweb.core.alerts.AlertRule;
import io.secweb.core.alerts.KafkaDocument;
import io.secweb.core.alerts.RuleChange;
import io.secweb.core.alerts.RuleFileException;
import io.secweb.core.alerts.RuleLoader;
import io.secweb.core.alerts.WebhookOptions;
import io.secweb.core.config.ConfigException;
import io.secweb.core.config.Secrets;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.core.indicators.DocumentSeries;
import io.secweb.jobs.config.FlinkSettings;
import io.secweb.jobs.config.JobArguments;
import io.secweb.jobs.connectors.Connectors;
import io.secweb.jobs.indicators.DocumentKafkaSerializer;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.nio.file.Path;
import java.util.List;

/**
 * The alerts job: Kafka secweb.indicators (+ rule changes on secweb.alert-rules) → {@link AlertsPipeline} →
 * Elasticsearch secweb-alerts-* and Kafka secweb.alerts, webhook notifications for live runs. {@code main} only reads
 * configuration and rule files and wires the real sources and sinks.
 */
public final class AlertsJob {
    public static final String NAME = "secweb-alerts";

    private AlertsJob() {}

    public static void main(String[] args) throws Exception {
        SecwebConfig config;
        List<AlertRule> rules;
        try {
            config = JobArguments.parse(args);
            rules = rules(config);
        } catch (ConfigException e) {
            System.err.println("secweb alerts: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RuleFileException e) {
            System.err.println("secweb alerts: the rule files have problems:");
            e.problems().forEach(p -> System.err.println("  " + p));
            System.exit(2);
            return;
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(config));
        define(env, config, rules, Connectors.Reading.CONTINUOUSLY);
        env.execute(NAME);
    }

    /** The rules of alerts.rules (a file or a directory); none when it is not set. */
    public static List<AlertRule> rules(SecwebConfig config) {
        String path = config.alerts().rules();
        return path == null ? List.of() : new RuleLoader().loadPath(Path.of(path));
    }

    public static AlertsOptions options(SecwebConfig config, List<AlertRule> rules) {
        return new AlertsOptions(rules, config.elasticsearch().indexPrefix(), "live".equals(config.run().mode()),
                config.indicators().allowedLatenessDays());
    }

    public static DataStream<ElasticsearchDocument> define(StreamExecutionEnvironment env, SecwebConfig config, List<AlertRule> rules,
                                                           Connectors.Reading reading) {
        var indicators = KafkaSource.<KafkaDocument>builder()
                .setProperties(Connectors.kafkaSecurityProperties())
                .setBootstrapServers(config.kafka().bootstrapServers())
                .setTopics(config.topics().indicators())
                .setGroupId(config.alerts().consumerGroup())
                .setStartingOffsets(Connectors.startingOffsets(config))
                .setDeserializer(new KafkaDocumentDeserializer())
                .setProperty("isolation.level", "read_committed");
        // the whole control topic on every (re)start without a checkpoint: the file rules, then every change on top
        var ruleChanges = KafkaSource.<RuleChange>builder()
                .setProperties(Connectors.kafkaSecurityProperties())
                .setBootstrapServers(config.kafka().bootstrapServers())
                .setTopics(config.topics().alertRules())
                .setGroupId(config.alerts().consumerGroup() + "-rules")
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setDeserializer(new RuleChangeDeserializer());
        if (reading == Connectors.Reading.UNTIL_LATEST) {
            indicators.setBounded(OffsetsInitializer.latest());
            ruleChanges.setBounded(OffsetsInitializer.latest());
        }
        DataStream<KafkaDocument> documents = env.fromSource(indicators.build(), WatermarkStrategy.noWatermarks(), "indicator-documents")
                .uid("indicator-documents");
        DataStream<RuleChange> changes = env.fromSource(ruleChanges.build(), WatermarkStrategy.noWatermarks(), "alert-rule-changes")
                .uid("alert-rule-changes");
        AlertsSinks sinks = new AlertsSinks(Connectors.elasticsearchSink(config),
                Connectors.kafkaSink(config, new DocumentKafkaSerializer(config.topics().alerts(), DocumentSeries::alert), "alerts"),
                Connectors.elasticsearchSink(config));
        return AlertsPipeline.build(documents, changes, sinks, options(config, rules), WebhookOptions.of(config.alerts().webhook(), Secrets.fromEnvironment()));
    }
}
