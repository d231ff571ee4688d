package io.secweb.jobs.bench;

import io.secweb.core.config.ConfigLoader;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.elasticsearch.ElasticsearchClients;
import io.secweb.core.elasticsearch.ElasticsearchConnection;
import io.secweb.core.indicators.IndicatorEngine;
import io.secweb.core.network.graph.Graph;
import io.secweb.core.network.model.NetworkConfig;
import io.secweb.core.network.model.NetworkModel;
import io.secweb.core.network.model.NetworkSnapshot;
import io.secweb.core.network.model.Scope;
import io.secweb.infra.ElasticsearchNode;
import io.secweb.infra.KafkaBroker;
import io.secweb.jobs.config.FlinkSettings;
import io.secweb.jobs.connectors.Connectors;
import io.secweb.jobs.indicators.IndicatorsJob;
import io.secweb.jobs.replay.FeedPublisher;
import io.secweb.jobs.setup.StackSetup;
import io.secweb.schemas.SecwebNames;
import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./secweb bench-indicators}: (1) the Java indicator engine over every day of a 26-year synthetic history of the
 * indo-pacific scope (model snapshot + all indicators), in days/s; (2) Java and NetworkX on the same sample of daily
 * graphs, and their ratio; (3) the indicators job end to end, Kafka → Elasticsearch, on a real broker and node, in
 * events/s and documents/s. Prints numbers; asserts nothing.
 */
public final class IndicatorsBenchmark {
    private static final LocalDate FROM = LocalDate.of(2000, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 1, 1);

    public static void main(String[] args) throws Exception {
        boolean skipEndToEnd = List.of(args).contains("--no-e2e");
        List<FeedEvent> history = SyntheticHistory.generate(FROM, TO, 42);
        history.sort(Comparator.comparing(FeedEvent::start));
        NetworkConfig network = NetworkConfig.defaults();
        Scope scope = network.scopes().stream().filter(s -> s.name().equals("indo-pacific")).findFirst().orElseThrow();
        NetworkModel model = new NetworkModel(network.settings());
        System.out.printf("history: %d synthetic events %s..%s, scope %s with %d members%n", history.size(), FROM, TO, scope.name(),
                scope.members().size());

        // 1. every day, as the job does it: keep the events still relevant, snapshot, compute
        List<NetworkSnapshot> sample = new ArrayList<>();
        int days = 0;
        long t0 = System.nanoTime();
        List<FeedEvent> active = new ArrayList<>();
        int next = 0;
        io.secweb.core.network.graph.Partition previous = null;
        for (LocalDate d = FROM; d.isBefore(TO); d = d.plusDays(1)) {
            while (next < history.size() && !history.get(next).start().isAfter(d)) {
                active.add(history.get(next++));
            }
            LocalDate today = d;
            active.removeIf(e -> model.lastRelevantDay(e).isBefore(today));
            NetworkSnapshot snap = model.snapshot(active, scope, d);
            previous = IndicatorEngine.compute(snap, previous).partition();
            if (days % 19 == 0) {
                sample.add(snap);
            }
            days++;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("java engine, every day:      %6d days in %6.2f s = %8.1f days/s (snapshot + all indicators)%n",
                days, seconds, days / seconds);

        // 2. the same sample of daily graphs through Java and NetworkX
        for (int warm = 0; warm < 3; warm++) {
            for (NetworkSnapshot s : sample) {
                IndicatorEngine.compute(s, null);
            }
        }
        long t1 = System.nanoTime();
        for (NetworkSnapshot s : sample) {
            IndicatorEngine.compute(s, null);
        }
        double javaSeconds = (System.nanoTime() - t1) / 1e9;
        Path graphs = Files.createTempFile("secweb-bench-graphs", ".json");
        Files.writeString(graphs, SecwebJson.write(sample.stream().map(IndicatorsBenchmark::export).toList()));
        Path script = Path.of("core/src/test/oracle/networkx_series_bench.py");
        if (!Files.exists(script)) {
            script = Path.of("src/test/oracle/networkx_series_bench.py");
        }
        Process p = new ProcessBuilder("/usr/bin/python3", script.toString(), graphs.toString()).redirectErrorStream(true).start();
        String py = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor();
        System.out.printf("java engine, sample:         %6d graphs in %6.3f s = %8.1f graphs/s%n", sample.size(), javaSeconds,
                sample.size() / javaSeconds);
        if (p.exitValue() == 0) {
            double pySeconds = SecwebJson.mapper().readTree(py).get("seconds").asDouble();
            System.out.printf("networkx, same sample:       %6d graphs in %6.3f s = %8.1f graphs/s%n", sample.size(), pySeconds,
                    sample.size() / pySeconds);
            System.out.printf("ratio java / networkx:       %8.1f x%n", pySeconds / javaSeconds);
        } else {
            System.out.println("networkx: not run (" + py + ")");
        }
        Files.deleteIfExists(graphs);

        if (!skipEndToEnd) {
            endToEnd(history);
        }
    }

    private static Map<String, Object> export(NetworkSnapshot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        Graph g = s.cooperation();
        m.put("nodes", g.nodes());
        m.put("edges", g.edges().stream().map(e -> List.of(e.a(), e.b(), e.weight())).toList());
        List<List<Object>> coercion = new ArrayList<>();
        s.coercion().forEach((a, targets) -> targets.forEach((b, w) -> coercion.add(List.of(a, b, w))));
        m.put("coercion", coercion);
        m.put("hub", s.scope().hub());
        return m;
    }

    /** The indicators job over the whole history: real broker, real node, MiniCluster, bounded read of the events topic. */
    private static void endToEnd(List<FeedEvent> history) throws Exception {
        Path dir = Files.createTempDirectory("secweb-bench-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        try (KafkaBroker kafka = KafkaBroker.start(0, dir.resolve("kafka"));
             ElasticsearchNode es = ElasticsearchNode.start(0, dir.resolve("es"), "1g");
             ElasticsearchClients clients = new ElasticsearchClients(ElasticsearchConnection.of(es.url()))) {
            SecwebConfig config = ConfigLoader.parse("""
                    kafka:
                      starting_offsets: earliest
                    elasticsearch:
                      index_prefix: bench
                    indicators:
                      first_day: 2000-01-01
                    flink:
                      execution.checkpointing.interval: 10 s
                      restart-strategy.type: none
                    """, "bench").withKafka(kafka.bootstrapServers()).withElasticsearchUrl(es.url());
            StackSetup.createTopics(kafka.bootstrapServers(), config.topics(), 1);
            StackSetup.installTemplates(clients.sync(), "bench");
            try (FeedPublisher publisher = new FeedPublisher(kafka.bootstrapServers(), config.topics())) {
                for (FeedEvent e : history) {
                    publisher.publishRaw(config.topics().events(), e.id(), SecwebJson.write(e));
                }
            }
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(config));
            env.setParallelism(2);
            IndicatorsJob.define(env, config, Connectors.Reading.UNTIL_LATEST);
            long t0 = System.nanoTime();
            env.execute("indicators-bench");
            double seconds = (System.nanoTime() - t0) / 1e9;
            clients.sync().indices().refresh(r -> r.index(SecwebNames.alias("bench", SecwebNames.INDICATORS)));
            long docs = clients.sync().count(c -> c.index(SecwebNames.alias("bench", SecwebNames.INDICATORS))).count();
            System.out.printf("indicators job end to end:   %6d events -> %d documents in %6.1f s = %8.1f events/s, %8.1f documents/s "
                    + "(5 scopes, every day %s..%s)%n", history.size(), docs, seconds, history.size() / seconds, docs / seconds, FROM, TO);
        }
    }
}
