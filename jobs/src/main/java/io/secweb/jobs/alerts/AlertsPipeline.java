package io.secweb.jobs.alerts;

import io.secweb.core.alerts.IndicatorReading;
import io.secweb.core.alerts.KafkaDocument;
import io.secweb.core.alerts.RuleChange;
import io.secweb.core.alerts.WebhookOptions;
import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.jobs.flink.SecwebFlinkTypes;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The alerts pipeline: indicator documents → readings (unreadable ones to the dead letters) → keyed by series, with
 * the rule changes of the control topic broadcast to every instance → {@link AlertsFunction} → alert documents to
 * Elasticsearch and Kafka; FIRING/RESOLVED changes of live runs → {@link WebhookNotifier}. The job, the backtest and the
 * tests all call {@link #build}.
 */
public final class AlertsPipeline {
    private AlertsPipeline() {}

    public static SingleOutputStreamOperator<ElasticsearchDocument> build(DataStream<KafkaDocument> indicatorDocuments,
                                                                          DataStream<RuleChange> ruleChanges, AlertsSinks sinks,
                                                                          AlertsOptions options, WebhookOptions webhook) {
        SecwebFlinkTypes.register();
        SingleOutputStreamOperator<IndicatorReading> readings = indicatorDocuments
                .process(new ReadingParser(options.indexPrefix(), AlertsFunction.DEAD_LETTERS)).name("read-indicators").uid("read-indicators");
        return build(readings, ruleChanges, sinks, options, webhook, readings.getSideOutput(AlertsFunction.DEAD_LETTERS));
    }

    /** From readings (the backtest derives them from the indicators pipeline in the same job). */
    public static SingleOutputStreamOperator<ElasticsearchDocument> build(DataStream<IndicatorReading> readings,
                                                                          DataStream<RuleChange> ruleChanges, AlertsSinks sinks,
                                                                          AlertsOptions options, WebhookOptions webhook,
                                                                          DataStream<ElasticsearchDocument> upstreamDeadLetters) {
        SingleOutputStreamOperator<ElasticsearchDocument> alerts = readings
                .keyBy(new SeriesKey())
                .connect(ruleChanges.broadcast(AlertsFunction.RULE_CHANGES))
                .process(new AlertsFunction(options)).name("alert-rules").uid("alert-rules");
        alerts.sinkTo(sinks.elasticsearch()).name("alerts-to-elasticsearch").uid("alerts-to-elasticsearch");
        alerts.sinkTo(sinks.kafka()).name("alerts-to-kafka").uid("alerts-to-kafka");

        DataStream<ElasticsearchDocument> deadLetters = alerts.getSideOutput(AlertsFunction.DEAD_LETTERS);
        if (upstreamDeadLetters != null) {
            deadLetters = deadLetters.union(upstreamDeadLetters);
        }
        if (options.page() && !webhook.urls().isEmpty()) {
            DataStream<ElasticsearchDocument> undelivered = alerts.getSideOutput(AlertsFunction.NOTIFICATIONS)
                    .process(new WebhookNotifier(webhook, options.indexPrefix())).name("webhook-notifier").uid("webhook-notifier");
            deadLetters = deadLetters.union(undelivered);
        }
        deadLetters.sinkTo(sinks.deadLetters()).name("alert-dead-letters-to-elasticsearch").uid("alert-dead-letters-to-elasticsearch");
        return alerts;
    }

    static final class SeriesKey implements KeySelector<IndicatorReading, String> {
        @Override
        public String getKey(IndicatorReading r) {
            return r.runId() + "|" + r.series();
        }
    }
}
