package io.secweb.jobs.alerts;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.alerts.AlertRule;
import io.secweb.core.alerts.BacktestTable;
import io.secweb.core.alerts.RuleFileException;
import io.secweb.core.alerts.RuleLoader;
import io.secweb.core.config.ConfigException;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.elasticsearch.ElasticsearchClients;
import io.secweb.core.elasticsearch.ElasticsearchConnection;
import io.secweb.core.feed.FeedInput;
import io.secweb.core.network.model.NetworkConfig;
import io.secweb.jobs.config.FlinkSettings;
import io.secweb.jobs.replay.BackfillPipeline;
import io.secweb.jobs.replay.ReplayOptions;
import io.secweb.jobs.replay.ReplayRun;
import io.secweb.jobs.setup.StackSetup;
import io.secweb.schemas.SecwebNames;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./secweb backtest --rules R --feed F…}: runs the feed through ingest, indicators and the rules in batch mode
 * (the backfill pipeline, as a replay run: its own indices, never paging), prints per rule and series what fired, and
 * leaves the would-have-fired alerts in {@code secweb-replay-<run>-alerts}.
 */
public final class BacktestCommand {
    public static final String USAGE = """
            usage: ./secweb backtest --rules FILE|DIR --feed FILE... [options]
              --rules FILE|DIR  the alert rules to test (a rule file or a directory of *.yaml rules)
              --feed FILE       a feed file (repeat for several); canonical JSONL or a dataset (see --format)
              --format F        canonical (JSONL), mme, dcad, atop, mie, csm, cameo (default: detected from the file)
              --from YYYY-MM-DD --to YYYY-MM-DD   only events starting in this range
              --run-id ID       name of the run (default: generated); alerts go to secweb-replay-<ID>-alerts
              --keep-indicators also write the run's indicator documents (millions for decades of history: several
                                times slower); without it only events, dead letters and alerts are written
              --es-url URL      Elasticsearch (default http://127.0.0.1:9200, the local stack)
              --config FILE     configuration (default deploy/config/local.yaml)""";

    private BacktestCommand() {}

    /** The parsed command line: the rules, the replay options of the feed, and whether to keep the indicator documents. */
    public record Options(Path rules, ReplayOptions replay, boolean keepIndicators) {}

    public static Options parse(String... args) {
        Path rules = null;
        List<String> rest = new ArrayList<>();
        boolean feed = false;
        boolean keepIndicators = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--rules" -> {
                    if (i + 1 >= args.length) {
                        throw new ConfigException("--rules needs a file or directory\n" + USAGE);
                    }
                    rules = Path.of(args[++i]);
                }
                case "--feed" -> {
                    if (i + 1 >= args.length) {
                        throw new ConfigException("--feed needs a file\n" + USAGE);
                    }
                    rest.add(args[++i]);
                    feed = true;
                }
                case "--live", "--speed", "--kafka" -> throw new ConfigException(a + " is not a backtest option: a backtest runs in batch "
                        + "mode straight from the files into its own indices\n" + USAGE);
                case "--keep-indicators" -> keepIndicators = true;
                case "-h", "--help" -> throw new ConfigException(USAGE);
                default -> {
                    if (!a.startsWith("--")) {
                        throw new ConfigException("unexpected '" + a + "': name feed files with --feed\n" + USAGE);
                    }
                    rest.add(a);
                    if (i + 1 < args.length) {
                        rest.add(args[++i]);
                    }
                }
            }
        }
        if (rules == null) {
            throw new ConfigException("name the rules with --rules FILE|DIR\n" + USAGE);
        }
        if (!feed) {
            throw new ConfigException("name at least one feed with --feed FILE\n" + USAGE);
        }
        ReplayOptions replay;
        try {
            replay = ReplayOptions.parse(rest.toArray(String[]::new));
        } catch (ConfigException e) {
            throw new ConfigException(e.getMessage().replace(ReplayOptions.USAGE, USAGE));
        }
        return new Options(rules, replay, keepIndicators);
    }

    public static void main(String[] args) {
        try {
            run(parse(args));
        } catch (ConfigException e) {
            System.err.println("secweb backtest: " + e.getMessage());
            System.exit(2);
        } catch (RuleFileException e) {
            System.err.println("secweb backtest: the rules have problems:");
            e.problems().forEach(p -> System.err.println("  " + p));
            System.exit(2);
        } catch (Exception e) {
            System.err.println("secweb backtest: failed: " + e.getMessage());
            System.exit(1);
        }
    }

    public static BacktestTable run(Options o) throws Exception {
        List<AlertRule> rules = new RuleLoader().loadPath(o.rules());
        SecwebConfig base = ReplayRun.configure(o.replay());
        SecwebConfig config = base.withAlerts(new SecwebConfig.Alerts(o.rules().toString(), base.alerts().consumerGroup(), null));
        FeedInput.Loaded input = FeedInput.load(o.replay().files(), o.replay().format(), o.replay().from(), o.replay().to());
        ReplayRun.requireElasticsearch(config.elasticsearch().url());
        try (ElasticsearchClients clients = new ElasticsearchClients(ElasticsearchConnection.of(config.elasticsearch().url()))) {
            StackSetup.installTemplates(clients.sync(), config.elasticsearch().indexPrefix());
        }
        System.out.printf("backtest run %s: %d rules over %,d events (%s)%n", config.run().id(), rules.size(), input.records().size(),
                String.join(", ", o.replay().files().stream().map(Path::toString).toList()));
        long t0 = System.nanoTime();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(config));
        BackfillPipeline.build(env, input.records(), config, NetworkConfig.of(config), rules, o.keepIndicators());
        env.execute("secweb-backtest-" + config.run().id());
        // the table is made from what was written: the run's alert index is the backtest's result
        List<JsonNode> alerts = written(config);
        BacktestTable table = BacktestTable.of(alerts);
        System.out.printf("%n%,d alert changes in %.1f s%n%n", alerts.size(), (System.nanoTime() - t0) / 1e9);
        table.print(System.out);
        System.out.printf("%nthe changes are in %s%s%n", SecwebNames.alias(config.elasticsearch().indexPrefix(), SecwebNames.ALERTS),
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
