package io.secweb.jobs.replay;

import io.secweb.core.alerts.AlertRule;
import io.secweb.core.alerts.IndicatorReading;
import io.secweb.core.alerts.IndicatorReadings;
import io.secweb.core.alerts.RuleChange;
import io.secweb.core.alerts.WebhookOptions;
import io.secweb.core.config.Backoff;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.core.feed.ReplayRecord;
import io.secweb.core.ingest.RawRecord;
import io.secweb.core.network.model.NetworkConfig;
import io.secweb.jobs.alerts.AlertsJob;
import io.secweb.jobs.alerts.AlertsPipeline;
import io.secweb.jobs.alerts.AlertsSinks;
import io.secweb.jobs.connectors.Connectors;
import io.secweb.jobs.indicators.EventTimestamps;
import io.secweb.jobs.indicators.IndicatorsJob;
import io.secweb.jobs.indicators.IndicatorsPipeline;
import io.secweb.jobs.indicators.IndicatorsSinks;
import io.secweb.jobs.ingest.IngestOptions;
import io.secweb.jobs.ingest.IngestPipeline;
import io.secweb.jobs.ingest.IngestSinks;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.FilterFunction;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The backfill: the same ingest and indicators pipelines as the streaming jobs ({@link IngestPipeline#build},
 * {@link IndicatorsPipeline#build}), run in Flink batch mode straight from feed files to Elasticsearch. Kafka outputs
 * are discarded; documents, ids and content are those the streaming path writes for the same, in-order input.
 */
public final class BackfillPipeline {
    private BackfillPipeline() {}

    /** Ingest → indicators → (with rules) alerts, in batch mode, writing every document. */
    public static DataStream<ElasticsearchDocument> build(StreamExecutionEnvironment env, List<ReplayRecord> records, SecwebConfig config,
                                                          NetworkConfig network, List<AlertRule> rules) {
        return build(env, records, config, network, rules, true);
    }

    /**
     * Ingest → indicators → (with rules) alerts, in batch mode. Returns the alert documents (empty without rules).
     * Without {@code writeIndicators} the indicator documents only feed the rules: the backtest's default, since writing
     * millions of them is most of a long replay's time. Events, dead letters and alerts are always written.
     */
    public static DataStream<ElasticsearchDocument> build(StreamExecutionEnvironment env, List<ReplayRecord> records, SecwebConfig config,
                                                          NetworkConfig network, List<AlertRule> rules, boolean writeIndicators) {
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        List<RawRecord> raw = new ArrayList<>(records.size());
        long offset = 0;
        for (ReplayRecord r : records) {
            long time = r.start().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            raw.add(new RawRecord(config.topics().feed(r.type()), 0, offset++, time, r.json()));
        }
        DataStream<RawRecord> feed = env.fromData(raw)
                .assignTimestampsAndWatermarks(WatermarkStrategy.<RawRecord>forMonotonousTimestamps()
                        .withTimestampAssigner((r, ts) -> r.timestampMillis()))
                .name("feed-files").uid("feed-files");
        IngestPipeline.Outputs ingested = IngestPipeline.build(feed,
                new IngestSinks(new DiscardingSink<>(), new DiscardingSink<>(), Connectors.elasticsearchSink(config)),
                new IngestOptions(config.topics(), config.elasticsearch().indexPrefix(), config.ingest().maxDaysInFuture()));
        var events = ingested.events()
                .assignTimestampsAndWatermarks(EventTimestamps.strategy(config.indicators().outOfOrderness(), config.indicators().idleness()))
                .name("event-time").uid("event-time");
        DataStream<ElasticsearchDocument> indicators = IndicatorsPipeline.build(events,
                new IndicatorsSinks(writeIndicators ? Connectors.elasticsearchSink(config) : new DiscardingSink<>(), new DiscardingSink<>()),
                IndicatorsJob.options(config, network));
        // replays never page: options(...) turns the webhook off for replay runs, and no urls are passed anyway
        DataStream<IndicatorReading> readings = indicators
                .map(new DocumentReading()).name("indicator-readings").uid("indicator-readings")
                .assignTimestampsAndWatermarks(WatermarkStrategy.<IndicatorReading>forMonotonousTimestamps()
                        .withTimestampAssigner((r, ts) -> r.day().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()))
                .name("reading-days").uid("reading-days");
        // no control topic in a batch run (an empty fromData emits an element in Flink 2.2, so filter a placeholder out)
        DataStream<RuleChange> noChanges = env.fromData(List.of(new RuleChange("", "", "", 0, 0, 0)), TypeInformation.of(RuleChange.class))
                .filter(new NoRuleChanges()).name("no-rule-changes").uid("no-rule-changes");
        return AlertsPipeline.build(readings, noChanges,
                new AlertsSinks(Connectors.elasticsearchSink(config), new DiscardingSink<>(), Connectors.elasticsearchSink(config)),
                AlertsJob.options(config, rules), new WebhookOptions(List.of(), 1, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1)),
                        Duration.ofSeconds(1)), null);
    }

    static final class NoRuleChanges implements FilterFunction<RuleChange> {
        @Override
        public boolean filter(RuleChange change) {
            return false;
        }
    }

    /** An indicator document as the alerts job would read it from Kafka. */
    static final class DocumentReading implements MapFunction<ElasticsearchDocument, IndicatorReading> {
        @Override
        public IndicatorReading map(ElasticsearchDocument d) {
            return IndicatorReadings.parse(d.id(), d.source());
        }
    }
}
