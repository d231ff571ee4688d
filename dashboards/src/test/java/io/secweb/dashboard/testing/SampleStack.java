package io.secweb.dashboard.testing;

import io.secweb.core.config.ConfigLoader;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.elasticsearch.ElasticsearchClients;
import io.secweb.core.elasticsearch.ElasticsearchConnection;
import io.secweb.core.testing.FeedEvents;
import io.secweb.dashboard.DashboardServer;
import io.secweb.infra.testing.RealInfrastructure;
import io.secweb.infra.testing.TestNames;
import io.secweb.jobs.alerts.AlertsJob;
import io.secweb.jobs.config.FlinkSettings;
import io.secweb.jobs.connectors.Connectors;
import io.secweb.jobs.indicators.IndicatorsJob;
import io.secweb.jobs.ingest.IngestJob;
import io.secweb.jobs.replay.FeedPublisher;
import io.secweb.jobs.setup.StackSetup;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test fixture of the dashboard tests: the real broker and node of {@link RealInfrastructure}, the sample feed
 * (deploy/local/feeds/sample.jsonl) published to the test's own feed topics, the real ingest and indicators jobs run
 * over it and the real alerts job over their indicators, with a test rule, on a Flink MiniCluster (bounded: they stop at
 * the end of what is published), and a {@link DashboardServer}
 * on a free port over the test's own indices. Loaded once per test JVM; indices deleted at the end.
 *
 * <pre>{@code @ExtendWith(SampleStack.class) class MyIT { ... SampleStack.get().url() ... }}</pre>
 */
public final class SampleStack implements BeforeAllCallback {
    /** The scope the tests look at: hub USA and its treaty allies (src/test/resources/dashboard-network.yaml). */
    public static final String SCOPE = "us-alliance-system";
    /** Indicator days start here: the sample feed's events from 2020 on make the web move. */
    public static final String FIRST_DAY = "2021-01-01";

    private static SampleStack loaded;

    private String name;
    private SecwebConfig config;
    private DashboardServer server;
    private ElasticsearchClients clients;
    private final AtomicInteger runs = new AtomicInteger();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        new RealInfrastructure().beforeAll(context);
        synchronized (SampleStack.class) {
            if (loaded == null) {
                SampleStack stack = new SampleStack();
                stack.load();
                loaded = stack;
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(SampleStack.class.getName(),
                        (AutoCloseable) SampleStack::closeLoaded);
            }
        }
    }

    public static SampleStack get() {
        if (loaded == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(SampleStack.class)");
        }
        return loaded;
    }

    private static synchronized void closeLoaded() {
        if (loaded != null) {
            loaded.close();
            loaded = null;
        }
    }

    /** The repository's files, found from the module folder (tests) or the repository root. */
    public static Path repoFile(String relative) {
        Path p = Path.of("..", relative);
        return Files.exists(p) ? p : Path.of(relative);
    }

    private static Path resource(String name) {
        try {
            return Path.of(SampleStack.class.getResource(name).toURI()).toAbsolutePath();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void load() throws Exception {
        long t0 = System.nanoTime();
        name = TestNames.unique("dashboard");
        config = ConfigLoader.parse("""
                kafka:
                  topic_prefix: "%1$s."
                  consumer_group: %1$s-ingest
                  transactional_id_prefix: %1$s
                  starting_offsets: earliest
                elasticsearch:
                  index_prefix: %1$s
                  bulk_flush_interval: 100ms
                indicators:
                  network_config: %2$s
                  first_day: %3$s
                  consumer_group: %1$s-indicators
                  idleness: 2s
                alerts:
                  rules: %4$s
                  consumer_group: %1$s-alerts
                dashboard:
                  port: 0
                  poll_interval: 1s
                flink:
                  parallelism.default: "1"
                  execution.checkpointing.interval: 1 s
                  restart-strategy.type: none
                """.formatted(name, resource("/dashboard-network.yaml"), FIRST_DAY, resource("/dashboard-rules")), "dashboard test")
                .withKafka(RealInfrastructure.kafka().bootstrapServers())
                .withElasticsearchUrl(RealInfrastructure.elasticsearch().url());
        clients = new ElasticsearchClients(ElasticsearchConnection.of(config.elasticsearch().url()));
        StackSetup.createTopics(config.kafka().bootstrapServers(), config.topics(), 1);
        StackSetup.installTemplates(clients.sync(), name);
        publish(FeedEvents.sample());
        runIngest();
        runIndicators();
        runAlerts();
        clients.sync().indices().refresh(r -> r.index(name + "-*"));
        server = DashboardServer.start(config);
        System.out.printf("[SampleStack] sample feed through ingest and indicators, dashboard on %s in %d ms%n", server.url(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** Publishes feed records (JSON lines) to the test's feed topics. */
    public void publish(List<String> lines) {
        try (FeedPublisher p = new FeedPublisher(config.kafka().bootstrapServers(), config.topics())) {
            p.publishLines(lines, "test");
        }
    }

    /**
     * Runs the real ingest job over everything published so far (a fresh consumer group each time: re-sent records are
     * de-duplicated by Elasticsearch's external versions, new ones land).
     */
    public void runIngest() throws Exception {
        int run = runs.incrementAndGet();
        SecwebConfig.Kafka k = config.kafka();
        SecwebConfig c = new SecwebConfig(new SecwebConfig.Kafka(k.bootstrapServers(), k.topicPrefix(), k.consumerGroup() + "-" + run,
                "earliest", k.deliveryGuarantee(), k.transactionalIdPrefix() + "-" + run, k.partitions()),
                config.elasticsearch(), config.ingest(), config.indicators(), config.alerts(), config.run(), config.flink(),
                config.dashboard());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(c));
        IngestJob.define(env, c, Connectors.Reading.UNTIL_LATEST);
        env.execute("dashboard-it-ingest-" + run);
        clients.sync().indices().refresh(r -> r.index(name + "-*").ignoreUnavailable(true).allowNoIndices(true));
    }

    private void runIndicators() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(config));
        IndicatorsJob.define(env, config, Connectors.Reading.UNTIL_LATEST);
        env.execute("dashboard-it-indicators");
    }

    /** The real alerts job over the indicator documents on Kafka, with the test's rule (src/test/resources/dashboard-rules). */
    private void runAlerts() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(config));
        AlertsJob.define(env, config, AlertsJob.rules(config), Connectors.Reading.UNTIL_LATEST);
        env.execute("dashboard-it-alerts");
    }

    /** Ids of the alert documents of a rule, read from the node directly. */
    public List<String> alertIds(String ruleId) throws IOException {
        var r = clients.sync().search(s -> s.index(io.secweb.schemas.SecwebNames.alias(name, io.secweb.schemas.SecwebNames.ALERTS))
                .size(1000).query(q -> q.term(t -> t.field("secweb.rule.id").value(ruleId))), com.fasterxml.jackson.databind.JsonNode.class);
        return r.hits().hits().stream().map(co.elastic.clients.elasticsearch.core.search.Hit::id).toList();
    }

    /** An alert document, read from the node directly. */
    public com.fasterxml.jackson.databind.JsonNode alertDocument(String alertId) throws IOException {
        var r = clients.sync().search(s -> s.index(io.secweb.schemas.SecwebNames.alias(name, io.secweb.schemas.SecwebNames.ALERTS))
                .query(q -> q.ids(i -> i.values(alertId))), com.fasterxml.jackson.databind.JsonNode.class);
        return r.hits().hits().get(0).source();
    }

    public String url() {
        return server.url();
    }

    public String indexPrefix() {
        return name;
    }

    public SecwebConfig config() {
        return config;
    }

    public ElasticsearchClients elasticsearch() {
        return clients;
    }

    private void close() {
        if (server != null) {
            server.close();
        }
        try {
            StackSetup.deleteIndices(clients.sync(), name);
            clients.close();
        } catch (Exception e) {
            // the node goes away with the test JVM anyway
        }
    }
}
