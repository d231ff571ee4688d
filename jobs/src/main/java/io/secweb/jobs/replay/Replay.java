package io.secweb.jobs.replay;

import io.secweb.core.alerts.AlertRule;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.elasticsearch.ElasticsearchClients;
import io.secweb.core.elasticsearch.ElasticsearchConnection;
import io.secweb.core.feed.FeedInput;
import io.secweb.core.feed.Progress;
import io.secweb.jobs.alerts.AlertsJob;
import io.secweb.jobs.config.FlinkSettings;
import io.secweb.jobs.connectors.Connectors;
import io.secweb.jobs.indicators.IndicatorsJob;
import io.secweb.jobs.ingest.IngestJob;
import io.secweb.jobs.setup.StackSetup;
import io.secweb.schemas.event.EventType;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * {@code ./secweb replay FILE…}: publishes feed files to the feed topics in event-time order with a progress bar and a
 * summary. With {@code --live} the records go to the live topics, where the running jobs restate the live indices.
 * Otherwise the replay has its own namespace: its own topics, and the ingest, indicators and alerts jobs run over them
 * (bounded, one after the other) into {@code secweb-replay-<run>-*} indices, tagged as replay documents, never paging
 * anyone.
 */
public final class Replay {
    private Replay() {}

    /** Runs the replay; the summary goes to {@code out}, the progress bar to {@code progress}. */
    public static void run(ReplayOptions o, PrintStream out, PrintStream progress) throws Exception {
        SecwebConfig config = ReplayRun.configure(o);
        FeedInput.Loaded input = FeedInput.load(o.files(), o.format(), o.from(), o.to());
        ReplayRun.requireKafka(config.kafka().bootstrapServers());
        if (!o.live()) {
            ReplayRun.requireElasticsearch(config.elasticsearch().url());
            StackSetup.createTopics(config.kafka().bootstrapServers(), config.topics(), config.kafka().partitions());
            try (ElasticsearchClients clients = new ElasticsearchClients(ElasticsearchConnection.of(config.elasticsearch().url()))) {
                StackSetup.installTemplates(clients.sync(), config.elasticsearch().indexPrefix());
            }
            out.println("replay run " + config.run().id() + ": topics " + config.topics().prefix() + "secweb.*, indices "
                    + config.elasticsearch().indexPrefix() + "-*");
        } else {
            out.println("replay into the live topics of " + config.kafka().bootstrapServers());
        }
        input.formats().forEach((file, format) -> out.println("  " + file + " (" + format + ")"));

        long t0 = System.nanoTime();
        Progress bar = new Progress(progress, input.records().size());
        Map<EventType, Integer> published = Replayer.publish(config.kafka().bootstrapServers(), config.topics(), input.records(),
                o.daysPerSecond(), bar::update);
        bar.finish();
        RunReport.published(out, input, published, (System.nanoTime() - t0) / 1e9);

        if (!o.live()) {
            out.println("processing the replay (ingest, then indicators, then alerts) …");
            long t1 = System.nanoTime();
            StreamExecutionEnvironment ingest = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(config));
            IngestJob.define(ingest, config, Connectors.Reading.UNTIL_LATEST);
            ingest.execute("secweb-replay-ingest-" + config.run().id());
            StreamExecutionEnvironment indicators = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(config));
            IndicatorsJob.define(indicators, config, Connectors.Reading.UNTIL_LATEST);
            indicators.execute("secweb-replay-indicators-" + config.run().id());
            List<AlertRule> rules = AlertsJob.rules(config);
            if (!rules.isEmpty()) {
                StreamExecutionEnvironment alerts = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(config));
                AlertsJob.define(alerts, config, rules, Connectors.Reading.UNTIL_LATEST);
                alerts.execute("secweb-replay-alerts-" + config.run().id());
            }
            RunReport.counts(out, config, (System.nanoTime() - t1) / 1e9, input.records().size());
        }
    }
}
