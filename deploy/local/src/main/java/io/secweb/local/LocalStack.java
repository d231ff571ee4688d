package io.secweb.local;

import io.secweb.core.alerts.AlertRule;
import io.secweb.core.alerts.RuleFileException;
import io.secweb.core.config.ConfigException;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.elasticsearch.ElasticsearchClients;
import io.secweb.core.elasticsearch.ElasticsearchConnection;
import io.secweb.core.feed.FeedInput;
import io.secweb.dashboard.DashboardServer;
import io.secweb.infra.ElasticsearchNode;
import io.secweb.infra.KafkaBroker;
import io.secweb.jobs.alerts.AlertsJob;
import io.secweb.jobs.config.FlinkSettings;
import io.secweb.jobs.connectors.Connectors;
import io.secweb.jobs.indicators.IndicatorsJob;
import io.secweb.jobs.ingest.IngestJob;
import io.secweb.jobs.replay.Replayer;
import io.secweb.jobs.setup.StackSetup;
import io.secweb.schemas.SecwebNames;
import io.secweb.schemas.event.EventType;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ./secweb local}: a real Kafka broker, a real Elasticsearch node (or an existing one), a Flink MiniCluster
 * with its web UI running the ingest, indicators and alerts jobs, topics and index templates created, and the sample feed
 * published.
 * Ctrl-C (or SIGTERM from {@code ./secweb stop}) stops all of it.
 */
public final class LocalStack {
    private KafkaBroker kafka;
    private ElasticsearchNode elasticsearch;
    private MiniCluster flinkCluster;
    private DashboardServer dashboard;
    private Thread publisher;
    /** The start-up feed is published at this many event days per second (2000-2026 in about 100 s). */
    static final double FEED_DAYS_PER_SECOND = 100;
    private final Map<String, JobID> jobs = new LinkedHashMap<>();
    private Path dataDir;
    private boolean deleteDataOnStop;

    /** Starts everything; prints READY when the stack is up. {@link #stop} undoes what was started, also after a failure. */
    public void start(LocalStackOptions options, SecwebConfig fileConfig) throws Exception {
        long t0 = System.nanoTime();
        deleteDataOnStop = !options.keepData();
        dataDir = options.dataDir() != null ? options.dataDir()
                : Files.createTempDirectory(Path.of("/tmp"), "secweb-local-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.createDirectories(dataDir);

        say("starting Kafka on 127.0.0.1:" + options.kafkaPort() + " …");
        kafka = KafkaBroker.start(options.kafkaPort(), dataDir.resolve("kafka"));

        String esUrl = options.esUrl();
        if (esUrl == null) {
            say("starting Elasticsearch on 127.0.0.1:" + options.esPort() + " (10–20 s) …");
            elasticsearch = ElasticsearchNode.start(options.esPort(), dataDir.resolve("elasticsearch"), "512m");
            esUrl = elasticsearch.url();
        }

        SecwebConfig config = fileConfig.withKafka(kafka.bootstrapServers()).withElasticsearchUrl(esUrl)
                .withFlink("execution.checkpointing.dir", dataDir.resolve("checkpoints").toUri().toString());

        say("creating topics and index templates …");
        StackSetup.createTopics(kafka.bootstrapServers(), config.topics(), config.kafka().partitions());
        try (ElasticsearchClients clients = new ElasticsearchClients(ElasticsearchConnection.of(esUrl))) {
            StackSetup.installTemplates(clients.sync(), config.elasticsearch().indexPrefix());
        }

        List<AlertRule> rules;
        try {
            rules = AlertsJob.rules(config);
        } catch (RuleFileException e) {
            throw new ConfigException("the alert rules (alerts.rules) have problems:\n  " + String.join("\n  ", e.problems()));
        }

        say("starting Flink with the ingest, indicators and alerts jobs (" + rules.size() + " alert rules) …");
        Configuration flink = FlinkSettings.from(config);
        flink.setString("rest.port", Integer.toString(options.flinkUiPort()));
        flink.setString("rest.bind-address", "127.0.0.1");
        flink.setString("rest.address", "127.0.0.1");
        flink.setString("taskmanager.memory.managed.size", "128m");
        flinkCluster = new MiniCluster(new MiniClusterConfiguration.Builder().setConfiguration(flink)
                .setNumTaskManagers(1).setNumSlotsPerTaskManager(8).build());
        flinkCluster.start();
        StreamExecutionEnvironment ingestEnv = StreamExecutionEnvironment.getExecutionEnvironment(flink);
        IngestJob.define(ingestEnv, config);
        jobs.put(IngestJob.NAME, submit(ingestEnv, IngestJob.NAME));
        StreamExecutionEnvironment indicatorsEnv = StreamExecutionEnvironment.getExecutionEnvironment(flink);
        IndicatorsJob.define(indicatorsEnv, config, Connectors.Reading.CONTINUOUSLY);
        jobs.put(IndicatorsJob.NAME, submit(indicatorsEnv, IndicatorsJob.NAME));
        StreamExecutionEnvironment alertsEnv = StreamExecutionEnvironment.getExecutionEnvironment(flink);
        AlertsJob.define(alertsEnv, config, rules, Connectors.Reading.CONTINUOUSLY);
        jobs.put(AlertsJob.NAME, submit(alertsEnv, AlertsJob.NAME));

        if (options.feed() != null) {
            FeedInput.Loaded feed = FeedInput.load(List.of(options.feed()), FeedInput.CANONICAL, null, null);
            // at a bounded speed, in event-time order: published all at once, the ingest job would read the three feed
            // topics in whole batches, decades apart, and the indicators would restate years of days
            String bootstrap = kafka.bootstrapServers();
            publisher = new Thread(() -> {
                try {
                    Map<EventType, Integer> published = Replayer.publish(bootstrap, config.topics(), feed.records(), FEED_DAYS_PER_SECOND,
                            (n, day) -> { });
                    say("published " + feed.records().size() + " events from " + options.feed() + " " + published
                            + (feed.skippedTotal() > 0 ? ", skipped " + feed.skipped() : ""));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "secweb-feed-publisher");
            publisher.setDaemon(true);
            publisher.start();
            say("publishing " + feed.records().size() + " events from " + options.feed() + " in event-time order at "
                    + (int) FEED_DAYS_PER_SECOND + " event days per second …");
        }

        dashboard = startDashboard(config, options);

        String prefix = config.elasticsearch().indexPrefix();
        System.out.printf("""

                secweb local stack is up (%.1f s)
                  Kafka           %s   topics: %s
                  Elasticsearch   %s   indices: %s-*, %s-*, %s-*, %s-*
                  Flink web UI    http://127.0.0.1:%d   jobs %s
                  Dashboard       %s
                  data            %s%s
                  try             curl -s %s/%s/_count
                Ctrl-C or ./secweb stop stops everything.
                READY
                """, (System.nanoTime() - t0) / 1e9, kafka.bootstrapServers(), String.join(", ", config.topics().all()),
                esUrl, SecwebNames.alias(prefix, SecwebNames.EVENTS), SecwebNames.alias(prefix, SecwebNames.INDICATORS),
                SecwebNames.alias(prefix, SecwebNames.ALERTS), SecwebNames.alias(prefix, SecwebNames.DEADLETTER),
                options.flinkUiPort(), String.join(", ", jobs.keySet()), dashboard.url(), dataDir, deleteDataOnStop ? " (deleted on stop)" : "",
                esUrl, SecwebNames.alias(prefix, SecwebNames.EVENTS));
        System.out.flush();
    }

    private JobID submit(StreamExecutionEnvironment env, String name) throws Exception {
        StreamGraph graph = env.getStreamGraph();
        graph.setJobName(name);
        return flinkCluster.submitJob(graph.getJobGraph()).get(60, TimeUnit.SECONDS).getJobID();
    }

    /** The dashboard server over this stack's Elasticsearch ({@code dashboard} section; --dashboard-port overrides the port). */
    private static DashboardServer startDashboard(SecwebConfig config, LocalStackOptions options) {
        SecwebConfig.Dashboard d = config.dashboard();
        int port = options.dashboardPort() != null ? options.dashboardPort() : d.port();
        return DashboardServer.start(config.withDashboard(new SecwebConfig.Dashboard(d.bindAddress(), port, d.pollInterval(), d.maxResults())));
    }

    public synchronized void stop() {
        if (publisher != null) {
            publisher.interrupt();
        }
        if (dashboard != null) {
            dashboard.close();
            dashboard = null;
        }
        if (flinkCluster != null) {
            for (JobID id : jobs.values()) {
                try {
                    flinkCluster.cancelJob(id).get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // the job may already be gone
                }
            }
            try {
                flinkCluster.close();
            } catch (Exception e) {
                // shutting down anyway
            }
            flinkCluster = null;
        }
        if (elasticsearch != null) {
            elasticsearch.stop();
            elasticsearch = null;
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (deleteDataOnStop && dataDir != null) {
            try (Stream<Path> s = Files.walk(dataDir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // best effort
            }
        }
        System.out.println("secweb local stack stopped");
        System.out.flush();
    }

    private static void say(String line) {
        System.out.println("secweb: " + line);
        System.out.flush();
    }
}
