package io.secweb.cluster;

import io.secweb.core.config.SecwebConfig;
import io.secweb.core.elasticsearch.ElasticsearchClients;
import io.secweb.core.elasticsearch.ElasticsearchConnection;
import io.secweb.core.feed.FeedInput;
import io.secweb.infra.ElasticsearchNode;
import io.secweb.infra.KafkaBroker;
import io.secweb.infra.Ports;
import io.secweb.jobs.replay.Replayer;
import io.secweb.jobs.setup.StackSetup;
import io.secweb.schemas.event.EventType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code ./secweb cluster up}: the local cluster — a real Kafka broker and a real Elasticsearch node (the embedded
 * infrastructure of the local stack), topics and index templates, and a real Flink standalone cluster of one JobManager
 * and two TaskManagers, each its own JVM. No job runs until {@code ./secweb deploy} submits the job jars.
 * SIGTERM ({@code ./secweb cluster down}) stops all of it; the data folder stays.
 */
public final class ClusterStack {
    private KafkaBroker kafka;
    private ElasticsearchNode elasticsearch;
    private StandaloneFlinkCluster flink;
    private Path stateFile;

    /** Starts everything; prints READY when the cluster is up. {@link #stop} undoes what was started, also after a failure. */
    public void start(ClusterOptions options, SecwebConfig config) throws Exception {
        long t0 = System.nanoTime();
        for (int port : List.of(options.kafkaPort(), options.esPort(), options.flinkPort())) {
            if (Ports.inUse(port)) {
                throw new IllegalStateException("port " + port + " is in use (a local stack or another cluster? ./secweb stop, "
                        + "./secweb cluster down, or choose other ports: ./secweb cluster up --help)");
            }
        }
        Path data = options.dataDir();
        if (options.fresh()) {
            deleteTree(data);
        }
        // world-traversable: the Elasticsearch node runs as nobody when we are root
        Files.createDirectories(data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        boolean newBroker = !Files.exists(data.resolve("kafka"));

        say("starting Kafka on 127.0.0.1:" + options.kafkaPort() + " …");
        kafka = KafkaBroker.start(options.kafkaPort(), data.resolve("kafka"));
        say("starting Elasticsearch on 127.0.0.1:" + options.esPort() + " (10–20 s) …");
        elasticsearch = ElasticsearchNode.start(options.esPort(), data.resolve("elasticsearch"), "512m");

        say("creating topics and index templates …");
        StackSetup.createTopics(kafka.bootstrapServers(), config.topics(), config.kafka().partitions());
        try (ElasticsearchClients clients = new ElasticsearchClients(ElasticsearchConnection.of(elasticsearch.url()))) {
            StackSetup.installTemplates(clients.sync(), config.elasticsearch().indexPrefix());
        }

        say("starting Flink: a JobManager and " + options.taskManagers() + " TaskManagers, each its own JVM …");
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("rest.port", Integer.toString(options.flinkPort()));
        overrides.put("jobmanager.rpc.port", Integer.toString(Ports.free()));
        if (options.dataDirGiven()) {
            overrides.put("execution.checkpointing.dir", data.resolve("checkpoints").toUri().toString());
            overrides.put("execution.checkpointing.savepoint-dir", data.resolve("savepoints").toUri().toString());
        }
        flink = StandaloneFlinkCluster.start(options.confDir(), options.flinkClasspath(), data.resolve("flink"), options.taskManagers(),
                overrides);

        String feedLine = "";
        if (options.feed() != null && newBroker) {
            FeedInput.Loaded feed = FeedInput.load(List.of(options.feed()), FeedInput.CANONICAL, null, null);
            Map<EventType, Integer> published = Replayer.publish(kafka.bootstrapServers(), config.topics(), feed.records(), 0, (n, d) -> { });
            feedLine = "\n  feed            published " + feed.records().size() + " events from " + options.feed() + " " + published
                    + " (read by the jobs once deployed)";
        }

        stateFile = options.stateFile();
        new ClusterState(flink.restUrl(), kafka.bootstrapServers(), elasticsearch.url(), data, flink.confDir()).write(stateFile);
        String checkpoints = flink.configuration().toMap().get("execution.checkpointing.dir");
        System.out.printf("""

                secweb local cluster is up (%.1f s)
                  Flink           %s   (web UI and REST API) — JobManager + %d TaskManagers, logs in %s
                  checkpoints     %s
                  Kafka           %s
                  Elasticsearch   %s%s
                  next            ./secweb deploy      (submits the job jars through the REST API)
                ./secweb cluster down stops everything; the data stays in %s.
                READY
                """, (System.nanoTime() - t0) / 1e9, flink.restUrl(), options.taskManagers(), flink.logDir(), checkpoints,
                kafka.bootstrapServers(), elasticsearch.url(), feedLine, data);
        System.out.flush();
    }

    public synchronized void stop() {
        if (flink != null) {
            flink.close();
            flink = null;
        }
        if (elasticsearch != null) {
            elasticsearch.stop();
            elasticsearch = null;
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (stateFile != null) {
            try {
                Files.deleteIfExists(stateFile);
            } catch (IOException ignored) {
                // best effort
            }
        }
        System.out.println("secweb local cluster stopped");
        System.out.flush();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void say(String line) {
        System.out.println("secweb: " + line);
        System.out.flush();
    }
}
