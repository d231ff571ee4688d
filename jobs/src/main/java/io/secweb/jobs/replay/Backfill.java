package io.secweb.jobs.replay;

import io.secweb.core.config.SecwebConfig;
import io.secweb.core.elasticsearch.ElasticsearchClients;
import io.secweb.core.elasticsearch.ElasticsearchConnection;
import io.secweb.core.feed.FeedInput;
import io.secweb.core.network.model.NetworkConfig;
import io.secweb.jobs.alerts.AlertsJob;
import io.secweb.jobs.config.FlinkSettings;
import io.secweb.jobs.setup.StackSetup;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.io.PrintStream;
import java.util.Map;

/**
 * {@code ./secweb backfill FILE…}: years of history in minutes — the ingest and indicators pipelines in Flink batch
 * mode, straight from files to Elasticsearch ({@link BackfillPipeline}); into a replay namespace, or with
 * {@code --live} into the live indices.
 */
public final class Backfill {
    private Backfill() {}

    /** Runs the backfill; the summary goes to {@code out}. */
    public static void run(ReplayOptions o, PrintStream out) throws Exception {
        SecwebConfig config = ReplayRun.configure(o);
        FeedInput.Loaded input = FeedInput.load(o.files(), o.format(), o.from(), o.to());
        ReplayRun.requireElasticsearch(config.elasticsearch().url());
        try (ElasticsearchClients clients = new ElasticsearchClients(ElasticsearchConnection.of(config.elasticsearch().url()))) {
            StackSetup.installTemplates(clients.sync(), config.elasticsearch().indexPrefix());
        }
        out.println("backfill " + (o.live() ? "into the live indices" : "run " + config.run().id()) + ": " + input.records().size()
                + " events into " + config.elasticsearch().indexPrefix() + "-*");
        long t0 = System.nanoTime();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(config));
        BackfillPipeline.build(env, input.records(), config, NetworkConfig.of(config), AlertsJob.rules(config));
        env.execute("secweb-backfill-" + config.run().id());
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (input.skippedTotal() > 0) {
            RunReport.published(out, input, Map.of(), 0);
        }
        RunReport.counts(out, config, seconds, input.records().size());
    }
}
