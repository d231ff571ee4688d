package io.secweb.cluster;

import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.cluster.testing.RealFlinkCluster;
import io.secweb.core.config.ConfigLoader;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.feed.FeedInput;
import io.secweb.core.feed.ReplayRecord;
import io.secweb.infra.testing.Await;
import io.secweb.infra.testing.RealInfrastructure;
import io.secweb.infra.testing.TestNames;
import io.secweb.jobs.replay.Replayer;
import io.secweb.jobs.setup.StackSetup;
import io.secweb.jobs.testing.Elastic;
import io.secweb.jobs.testing.KafkaTopics;
import io.secweb.schemas.SecwebNames;
import io.secweb.schemas.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults on the real multi-process Flink cluster (a JobManager and two TaskManagers, each its own JVM, the ingest job
 * submitted as its shaded jar through the REST API) with the real Kafka broker and the real Elasticsearch node. Every
 * test replays the curated feed (411 events, 2000–2026) at 500 event days per second (about 20 s), injects its fault
 * mid-replay, and compares the result with a fault-free run of the same input on the same cluster: the same document
 * ids with the same sources and versions in Elasticsearch, and the same committed records on the events topic — none
 * lost, none duplicated.
 */
@Tag("cluster")
@Tag("faults")
@ExtendWith({RealInfrastructure.class, RealFlinkCluster.class})
class IngestOnClusterFaultsIT {
    private static final double DAYS_PER_SECOND = 500;
    private static final Duration SETTLE = Duration.ofMinutes(4);

    private static Path base;
    private static StandaloneFlinkCluster cluster;
    private static FlinkRestClient rest;
    private static String ingestJar;
    private static List<ReplayRecord> feed;
    private static Result faultFree;

    private String name;
    private Elastic elastic;
    private String jobId;

    /** What a run leaves behind: event documents by id (version and source) and the committed events topic. */
    record Result(Map<String, String> eventDocuments, List<String> eventsTopic) {}

    @BeforeAll
    static void runFaultFree() throws Exception {
        base = RealFlinkCluster.workDir();
        cluster = RealFlinkCluster.cluster();
        rest = RealFlinkCluster.rest();
        ingestJar = rest.uploadJar(RealFlinkCluster.jar(SecwebJob.INGEST));
        feed = FeedInput.load(List.of(Path.of("../local/feeds/curated-2000-2026.jsonl")), FeedInput.CANONICAL, null, null).records();

        IngestOnClusterFaultsIT run = new IngestOnClusterFaultsIT();
        run.setUp(null);
        try {
            run.startIngestJob(null);
            run.replay().get();
            run.awaitAllEvents(feed.stream().map(ReplayRecord::id).distinct().count());
            faultFree = run.result();
        } finally {
            run.tearDown();
        }
        assertThat(faultFree.eventDocuments()).hasSize(411);
        assertThat(faultFree.eventsTopic()).hasSize(411);
    }

    @BeforeEach
    void setUp(TestInfo test) throws Exception {
        name = TestNames.unique(test == null ? "fault-free" : test.getTestMethod().orElseThrow().getName().substring(0, 12));
        elastic = new Elastic();
        StackSetup.createTopics(RealInfrastructure.kafka().bootstrapServers(), new Topics(name + "."), 2);
        StackSetup.installTemplates(elastic.client(), name);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (jobId != null && !Deployer.isTerminal(rest.jobState(jobId))) {
            rest.cancel(jobId);
        }
        StackSetup.deleteIndices(elastic.client(), name);
        elastic.close();
    }

    @Test
    void killingATaskManagerMidReplayLosesAndDuplicatesNothing() throws Exception {
        startIngestJob(null);
        assertThat(rest.taskManagersOf(jobId)).containsExactly("tm-1", "tm-2");
        CompletableFuture<Void> replay = replay();

        awaitSomeEventsAndACheckpoint();
        cluster.killTaskManager(2);
        long killed = System.nanoTime();
        Await.until("the job running again after losing tm-2", Duration.ofMinutes(2),
                () -> rest.restarts(jobId).orElse(0L) >= 1 && rest.allTasksRunning(jobId));
        log("tm-2 killed; the job ran again on tm-1 after %.1f s", (System.nanoTime() - killed) / 1e9);
        cluster.startTaskManager(2);
        replay.get();
        awaitAllEvents(faultFree.eventDocuments().size());

        assertThat(rest.restoredCheckpoint(jobId)).as("recovered from a checkpoint").hasValueSatisfying(r -> assertThat(r.savepoint()).isFalse());
        assertEqualToFaultFree(result());
    }

    @Test
    void elasticsearchStoppedForSixtySecondsMidReplayBackPressuresAndLosesNothing() throws Exception {
        startIngestJob(null);
        CompletableFuture<Void> replay = replay();

        awaitSomeEventsAndACheckpoint();
        long before = elastic.count(SecwebNames.alias(name, SecwebNames.EVENTS));
        RealInfrastructure.elasticsearch().stop();
        Thread.sleep(60_000);   // the outage itself, not a wait for a condition
        RealInfrastructure.elasticsearch().restart();
        log("Elasticsearch stopped with %d of %d event documents written; back after the 60 s outage", before, faultFree.eventDocuments().size());
        replay.get();
        awaitAllEvents(faultFree.eventDocuments().size());

        assertThat(before).isLessThan(faultFree.eventDocuments().size());
        assertThat(restarts()).as("an outage back-pressures instead of restarting the job").isZero();
        assertEqualToFaultFree(result());
    }

    @Test
    void restartingTheKafkaBrokerMidReplayLosesAndDuplicatesNothing() throws Exception {
        startIngestJob(null);
        CompletableFuture<Void> replay = replay();

        awaitSomeEventsAndACheckpoint();
        long t = System.nanoTime();
        RealInfrastructure.kafka().restart();
        log("Kafka broker restarted in %.1f s", (System.nanoTime() - t) / 1e9);
        replay.get();
        awaitAllEvents(faultFree.eventDocuments().size());

        assertThat(rest.jobState(jobId)).isEqualTo("RUNNING");
        log("after the broker restart the job restarted %d times", restarts());
        assertEqualToFaultFree(result());
    }

    @Test
    void stoppingWithASavepointAndStartingANewBuildFromItContinuesWhereItStopped() throws Exception {
        startIngestJob(null);
        CompletableFuture<Void> replay = replay();

        awaitSomeEventsAndACheckpoint();
        String savepoint = rest.stopWithSavepoint(jobId, null, Duration.ofMinutes(2));
        assertThat(rest.jobState(jobId)).isEqualTo("FINISHED");
        long whileStopped = elastic.count(SecwebNames.alias(name, SecwebNames.EVENTS));
        log("stopped with savepoint %s after %d of %d events", savepoint, whileStopped, faultFree.eventDocuments().size());
        // a new build of the job: the jar uploaded again, a new job restoring the savepoint
        String newBuild = rest.uploadJar(RealFlinkCluster.jar(SecwebJob.INGEST));
        assertThat(newBuild).isNotEqualTo(ingestJar);
        startIngestJob(savepoint, newBuild);
        replay.get();
        awaitAllEvents(faultFree.eventDocuments().size());

        assertThat(whileStopped).isLessThan(faultFree.eventDocuments().size());
        assertThat(rest.restoredCheckpoint(jobId)).hasValueSatisfying(r -> {
            assertThat(r.savepoint()).isTrue();
            assertThat(r.externalPath()).isEqualTo(savepoint);
        });
        assertEqualToFaultFree(result());
    }

    @Test
    void aFloodOfTenThousandMalformedRecordsGoesToTheDeadLettersWithoutARestart() throws Exception {
        startIngestJob(null);
        int perValidRecord = 10_000 / feed.size() + 1;
        Map<String, Integer> injected = new TreeMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Replayer.producerProperties(RealInfrastructure.kafka().bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            Topics topics = new Topics(name + ".");
            int sent = 0;
            for (ReplayRecord valid : feed) {
                producer.send(new ProducerRecord<>(topics.feed(valid.type()), valid.id(), valid.json()));
                for (int i = 0; i < perValidRecord && sent < 10_000; i++, sent++) {
                    Malformed m = Malformed.of(sent, valid);
                    injected.merge(m.reason(), 1, Integer::sum);
                    producer.send(new ProducerRecord<>(topics.feed(valid.type()), "bad-" + sent, m.payload()));
                }
            }
        }
        assertThat(injected.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10_000);

        long t0 = System.nanoTime();
        awaitAllEvents(faultFree.eventDocuments().size());
        String deadLetters = SecwebNames.alias(name, SecwebNames.DEADLETTER);
        Await.until("10 000 dead letters", SETTLE, () -> elastic.count(deadLetters) >= 10_000);

        log("10 000 malformed and %d valid records through the job %.1f s after publishing", feed.size(), (System.nanoTime() - t0) / 1e9);
        assertThat(elastic.count(deadLetters)).isEqualTo(10_000);
        for (Map.Entry<String, Integer> reason : injected.entrySet()) {
            assertThat(countDeadLetters(deadLetters, reason.getKey())).as(reason.getKey()).isEqualTo(reason.getValue().longValue());
        }
        assertThat(KafkaTopics.readAll(RealInfrastructure.kafka().bootstrapServers(), name + "." + SecwebNames.DEADLETTER_TOPIC)).hasSize(10_000);
        assertThat(restarts()).as("bad input never restarts the job").isZero();
        assertEqualToFaultFree(result());
    }

    /** Three kinds of bad record, taking turns: not JSON, a schema violation, an unknown country. */
    record Malformed(String reason, String payload) {
        static Malformed of(int n, ReplayRecord valid) {
            return switch (n % 3) {
                case 0 -> new Malformed("malformed_json", "{\"id\":\"bad-" + n + "\",\"revision\":1,");
                case 1 -> new Malformed("schema_violation", valid.json().replace("\"id\":\"" + valid.id() + "\"", "\"id\":\"bad-" + n + "\"")
                        .replaceFirst("\"revision\":\\d+", "\"revision\":\"one\""));
                default -> new Malformed("unknown_country", valid.json().replace("\"id\":\"" + valid.id() + "\"", "\"id\":\"bad-" + n + "\"")
                        .replaceFirst("\"country\":\"[A-Z]{3}\"", "\"country\":\"XXZ\""));
            };
        }
    }

    /** The job's numRestarts metric (the JobManager's metric fetcher reports it a few seconds after the job starts). */
    private long restarts() {
        Await.until("job " + jobId + " reporting numRestarts", Duration.ofMinutes(1), () -> rest.restarts(jobId).isPresent());
        return rest.restarts(jobId).orElseThrow();
    }

    private static void log(String format, Object... args) {
        System.out.printf("[faults] " + format + "%n", args);
    }

    private long countDeadLetters(String alias, String reason) throws Exception {
        return elastic.client().count(c -> c.index(alias).query(q -> q.term(t -> t.field("error.code").value(reason)))).count();
    }

    // --- running the job and reading what it wrote -----------------------------------------------------------------

    private void startIngestJob(String savepoint) throws Exception {
        startIngestJob(savepoint, ingestJar);
    }

    private void startIngestJob(String savepoint, String jar) throws Exception {
        Path config = base.resolve(name + ".yaml");
        Files.writeString(config, """
                kafka:
                  topic_prefix: "%s."
                  consumer_group: %s
                  transactional_id_prefix: %s
                  starting_offsets: earliest
                  partitions: 2
                elasticsearch:
                  index_prefix: %s
                  bulk_flush_interval: 200ms
                  retry_max_backoff: 2s
                """.formatted(name, name, name, name));
        SecwebConfig checked = ConfigLoader.load(config);
        assertThat(checked.kafka().partitions()).isEqualTo(2);
        jobId = rest.runJar(jar, SecwebJob.INGEST.mainClass(), List.of("--config", config.toString(),
                "--kafka", RealInfrastructure.kafka().bootstrapServers(), "--es-url", RealInfrastructure.elasticsearch().url()), 2, savepoint);
        Await.until("every task of job " + jobId + " running", Duration.ofMinutes(1), () -> rest.allTasksRunning(jobId));
    }

    private CompletableFuture<Void> replay() {
        return CompletableFuture.runAsync(() -> {
            try {
                Replayer.publish(RealInfrastructure.kafka().bootstrapServers(), new Topics(name + "."), feed, DAYS_PER_SECOND, (n, d) -> { });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    private void awaitSomeEventsAndACheckpoint() {
        String events = SecwebNames.alias(name, SecwebNames.EVENTS);
        Await.until("a quarter of the events written and a checkpoint taken", Duration.ofMinutes(2),
                () -> elastic.count(events) >= feed.size() / 4 && rest.completedCheckpoints(jobId) >= 1);
    }

    private void awaitAllEvents(long expected) {
        String events = SecwebNames.alias(name, SecwebNames.EVENTS);
        Await.until(expected + " event documents", SETTLE, () -> elastic.count(events) >= expected);
        // and their committed records on the events topic (visible at the next checkpoint)
        Await.until(expected + " committed records on the events topic", SETTLE,
                () -> KafkaTopics.readAll(RealInfrastructure.kafka().bootstrapServers(), name + "." + SecwebNames.EVENTS_TOPIC).size() >= expected);
    }

    private Result result() {
        Map<String, String> documents = new TreeMap<>();
        for (Hit<JsonNode> hit : elastic.all(SecwebNames.alias(name, SecwebNames.EVENTS))) {
            documents.put(hit.id(), "v" + hit.version() + " " + hit.source());
        }
        List<String> topic = new ArrayList<>(KafkaTopics.readAll(RealInfrastructure.kafka().bootstrapServers(),
                name + "." + SecwebNames.EVENTS_TOPIC));
        topic.sort(null);
        return new Result(documents, topic);
    }

    private static void assertEqualToFaultFree(Result actual) {
        assertThat(actual.eventDocuments().keySet()).as("event document ids").isEqualTo(faultFree.eventDocuments().keySet());
        List<String> differing = actual.eventDocuments().keySet().stream()
                .filter(id -> !actual.eventDocuments().get(id).equals(faultFree.eventDocuments().get(id))).collect(Collectors.toList());
        assertThat(differing).as("documents whose version or source differ from the fault-free run").isEmpty();
        assertThat(actual.eventsTopic()).as("committed records on the events topic").isEqualTo(faultFree.eventsTopic());
    }
}
