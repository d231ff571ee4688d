package io.secweb.jobs.replay;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.alerts.AlertRule;
import io.secweb.core.alerts.BacktestTable;
import io.secweb.core.alerts.RuleLoader;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.elasticsearch.ElasticsearchClients;
import io.secweb.core.elasticsearch.ElasticsearchConnection;
import io.secweb.core.feed.FeedInput;
import io.secweb.core.network.model.NetworkConfig;
import io.secweb.jobs.config.FlinkSettings;
import io.secweb.jobs.setup.StackSetup;
import io.secweb.schemas.SecwebNames;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./secweb backtest --rules R --feed F…}: runs the feed through ingest, indicators and the rules in batch mode
 * (the backfill pipeline, as a replay run: its own indices, never paging), prints per rule and series what fired, and
 * leaves the would-have-fired alerts in {@code secweb-replay-<run>-alerts}.
 */
public final class Backtest {
    private Backtest() {}

    /** What to test: the rules (a file or a directory), the feed as replay options, and whether to keep the indicator documents. */
    public record Options(Path rules, ReplayOptions replay, boolean keepIndicators) {}

    /** Runs the backtest; the table goes to {@code out} and is returned. */
    public static BacktestTable run(Options o, PrintStream out) throws Exception {
        List<AlertRule> rules = new RuleLoader().loadPath(o.rules());
        SecwebConfig base = ReplayRun.configure(o.replay());
        SecwebConfig config = base.withAlerts(new SecwebConfig.Alerts(o.rules().toString(), base.alerts().consumerGroup(), null));
        FeedInput.Loaded input = FeedInput.load(o.replay().files(), o.replay().format(), o.replay().from(), o.replay().to());
        ReplayRun.requireElasticsearch(config.elasticsearch().url());
        try (ElasticsearchClients clients = new ElasticsearchClients(ElasticsearchConnection.of(config.elasticsearch().url()))) {
            StackSetup.installTemplates(clients.sync(), config.elasticsearch().indexPrefix());
        }
        out.printf("backtest run %s: %d rules over %,d events (%s)%n", config.run().id(), rules.size(), input.records().size(),
                String.join(", ", o.replay().files().stream().map(Path::toString).toList()));
        long t0 = System.nanoTime();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(config));
        BackfillPipeline.build(env, input.records(), config, NetworkConfig.of(config), rules, o.keepIndicators());
        env.execute("secweb-backtest-" + config.run().id());
        // the table is made from what was written: the run's alert index is the backtest's result
        List<JsonNode> alerts = written(config);
        BacktestTable table = BacktestTable.of(alerts);
        out.printf("%n%,d alert changes in %.1f s%n%n", alerts.size(), (System.nanoTime() - t0) / 1e9);
        table.print(out);
        out.printf("%nthe changes are in %s%s%n", SecwebNames.alias(config.elasticsearch().indexPrefix(), SecwebNames.ALERTS),
                o.keepIndicators() ? " (indicators in " + SecwebNames.alias(config.elasticsearch().indexPrefix(), SecwebNames.INDICATORS) + ")"
                        : " (indicators not kept: --keep-indicators writes them)");
        return table;
    }

    /** Every alert document of the run, read back page by page (sorted by what makes the id unique, for search_after). */
    private static List<JsonNode> written(SecwebConfig config) throws Exception {
        String alias = SecwebNames.alias(config.elasticsearch().indexPrefix(), SecwebNames.ALERTS);
        List<JsonNode> out = new ArrayList<>();
        try (ElasticsearchClients clients = new ElasticsearchClients(ElasticsearchConnection.of(config.elasticsearch().url()))) {
            clients.sync().indices().refresh(r -> r.index(alias));
            List<FieldValue> after = null;
            while (true) {
                List<FieldValue> from = after;
                SearchResponse<JsonNode> page = clients.sync().search(s -> {
                    s.index(alias).size(1000);
                    for (String field : List.of("secweb.day", "secweb.rule.id", "secweb.series", "secweb.from", "secweb.to")) {
                        s.sort(o -> o.field(f -> f.field(field)));
                    }
                    if (from != null) {
                        s.searchAfter(from);
                    }
                    return s;
                }, JsonNode.class);
                List<Hit<JsonNode>> hits = page.hits().hits();
                hits.forEach(h -> out.add(h.source()));
                if (hits.size() < 1000) {
                    return out;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        }
    }
}
