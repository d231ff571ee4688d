package io.secweb.jobs.replay;

import io.secweb.core.config.ConfigException;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.elasticsearch.ElasticsearchClients;
import io.secweb.core.elasticsearch.ElasticsearchConnection;
import io.secweb.core.feed.FeedInput;
import io.secweb.core.feed.Progress;
import io.secweb.jobs.config.FlinkSettings;
import io.secweb.jobs.connectors.Connectors;
import io.secweb.jobs.indicators.IndicatorsJob;
import io.secweb.jobs.ingest.IngestJob;
import io.secweb.jobs.setup.StackSetup;
import io.secweb.schemas.SecwebNames;
import io.secweb.schemas.event.EventType;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.util.Map;

/**
 * {@code ./secweb replay FILE…}: publishes feed files to the feed topics in event-time order with a progress bar and a
 * summary. With {@code --live} the records go to the live topics, where the running jobs restate the live indices.
 * Otherwise the replay has its own namespace: its own topics, and the ingest and indicators jobs run over them
 * (bounded) into {@code secweb-replay-<run>-*} indices, tagged as replay documents, never paging anyone.
 */
public final class ReplayCommand {
    private ReplayCommand() {}

    public static void main(String[] args) {
        try {
            run(ReplayOptions.parse(args));
        } catch (ConfigException e) {
            System.err.println("secweb replay: " + e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("secweb replay: failed: " + e.getMessage());
            System.exit(1);
        }
    }

    static void run(ReplayOptions o) throws Exception {
        SecwebConfig config = ReplayRun.configure(o);
        FeedInput.Loaded input = FeedInput.load(o.files(), o.format(), o.from(), o.to());
        ReplayRun.requireKafka(config.kafka().bootstrapServers());
        if (!o.live()) {
            ReplayRun.requireElasticsearch(config.elasticsearch().url());
            StackSetup.createTopics(config.kafka().bootstrapServers(), config.topics(), config.kafka().partitions());
            try (ElasticsearchClients clients = new ElasticsearchClients(ElasticsearchConnection.of(config.elasticsearch().url()))) {
                StackSetup.installTemplates(clients.sync(), config.elasticsearch().indexPrefix());
            }
            System.out.println("replay run " + config.run().id() + ": topics " + config.topics().prefix() + "secweb.*, indices "
                    + config.elasticsearch().indexPrefix() + "-*");
        } else {
            System.out.println("replay into the live topics of " + config.kafka().bootstrapServers());
        }
        input.formats().forEach((file, format) -> System.out.println("  " + file + " (" + format + ")"));

        long t0 = System.nanoTime();
        Progress progress = new Progress(System.err, input.records().size());
        Map<EventType, Integer> published = Replayer.publish(config.kafka().bootstrapServers(), config.topics(), input.records(),
                o.daysPerSecond(), progress::update);
        progress.finish();
        double seconds = (System.nanoTime() - t0) / 1e9;
        printSummary(input, published, seconds);

        if (!o.live()) {
            System.out.println("processing the replay (ingest, then indicators, then alerts) …");
            long t1 = System.nanoTime();
            StreamExecutionEnvironment ingest = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(config));
            IngestJob.define(ingest, config, Connectors.Reading.UNTIL_LATEST);
            ingest.execute("secweb-replay-ingest-" + config.run().id());
            StreamExecutionEnvironment indicators = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(config));
            IndicatorsJob.define(indicators, config, Connectors.Reading.UNTIL_LATEST);
            indicators.execute("secweb-replay-indicators-" + config.run().id());
            java.util.List<io.secweb.core.alerts.AlertRule> rules = io.secweb.jobs.alerts.AlertsJob.rules(config);
            if (!rules.isEmpty()) {
                StreamExecutionEnvironment alerts = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(config));
                io.secweb.jobs.alerts.AlertsJob.define(alerts, config, rules, Connectors.Reading.UNTIL_LATEST);
                alerts.execute("secweb-replay-alerts-" + config.run().id());
            }
            double processing = (System.nanoTime() - t1) / 1e9;
            printCounts(config, processing, input.records().size());
        }
    }

    static void printSummary(FeedInput.Loaded input, Map<EventType, Integer> published, double seconds) {
        int total = published.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("published %,d events in %.1f s (%,.0f events/s): %s%n", total, seconds, total / Math.max(seconds, 1e-9),
                published);
        if (input.skippedTotal() > 0) {
            System.out.printf("skipped %,d:%n", input.skippedTotal());
            input.skipped().entrySet().stream().limit(20).forEach(e -> System.out.printf("  %6d  %s%n", e.getValue(), e.getKey()));
            if (input.skipped().size() > 20) {
                System.out.printf("  … and %d more reasons%n", input.skipped().size() - 20);
            }
        }
    }

    static void printCounts(SecwebConfig config, double seconds, int events) throws Exception {
        try (ElasticsearchClients clients = new ElasticsearchClients(ElasticsearchConnection.of(config.elasticsearch().url()))) {
            String prefix = config.elasticsearch().indexPrefix();
            StringBuilder counts = new StringBuilder();
            long documents = 0;
            for (String kind : SecwebNames.INDEX_KINDS) {
                String alias = SecwebNames.alias(prefix, kind);
                clients.sync().indices().refresh(r -> r.index(alias).ignoreUnavailable(true).allowNoIndices(true));
                long n = clients.sync().count(c -> c.index(alias).ignoreUnavailable(true).allowNoIndices(true)).count();
                counts.append(String.format("%n  %-45s %,d documents", alias, n));
                documents += n;
            }
            System.out.printf("processed %,d events into %,d documents in %.1f s (%,.1f events/s, %,.0f documents/s):%s%n", events, documents,
                    seconds, events / Math.max(seconds, 1e-9), documents / Math.max(seconds, 1e-9), counts);
        }
    }
}
