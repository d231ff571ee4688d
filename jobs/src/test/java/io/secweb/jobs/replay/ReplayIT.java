package io.secweb.jobs.replay;

import co.elastic.clients.elasticsearch.core.search.Hit;
import io.secweb.core.alerts.BacktestTable;
import io.secweb.core.config.ConfigException;
import io.secweb.core.testing.FeedEvents;
import io.secweb.infra.testing.RealInfrastructure;
import io.secweb.infra.testing.TestNames;
import io.secweb.jobs.setup.StackSetup;
import io.secweb.jobs.testing.Elastic;
import io.secweb.jobs.testing.KafkaTopics;
import io.secweb.schemas.SecwebNames;
import io.secweb.schemas.Topics;
import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.event.EventType;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The replay and backfill commands against the real broker and node, each run in its own namespace. */
@ExtendWith(RealInfrastructure.class)
class ReplayIT {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());

    @TempDir
    Path dir;
    private Path config;
    private String runId;
    private Elastic elastic;

    @BeforeEach
    void setUp() throws Exception {
        runId = TestNames.unique("replay").replace("it-", "t");
        config = dir.resolve("config.yaml");
        Files.writeString(config, """
                indicators:
                  first_day: 2022-01-01
                  idleness: 2s
                flink:
                  parallelism.default: "1"
                  execution.checkpointing.interval: 1 s
                  restart-strategy.type: none
                """);
        elastic = new Elastic();
    }

    @AfterEach
    void tearDown() throws Exception {
        StackSetup.deleteIndices(elastic.client(), "secweb-replay-" + runId);
        elastic.close();
    }

    /** The command line ./secweb replay FILE --run-id ID --config C --kafka K --es-url E gives. */
    private ReplayOptions options(Path feed) {
        return options(feed, RealInfrastructure.kafka().bootstrapServers());
    }

    private ReplayOptions options(Path feed, String kafka) {
        return new ReplayOptions(List.of(feed), null, null, null, 0, runId, false, kafka, RealInfrastructure.elasticsearch().url(), config);
    }

    private Path feed(List<String> lines) throws Exception {
        Path f = dir.resolve("feed-" + lines.size() + ".jsonl");
        Files.write(f, lines);
        return f;
    }

    private Map<String, String> documents(String kind) {
        return elastic.all(SecwebNames.alias("secweb-replay-" + runId, kind)).stream()
                .collect(Collectors.toMap(Hit::id, h -> h.source().toString()));
    }

    @Test
    void aReplayPublishesInEventTimeOrderAndProcessesIntoItsOwnIndices() throws Exception {
        List<String> shuffled = new ArrayList<>(FeedEvents.sample());
        Collections.shuffle(shuffled, new Random(7));
        Replay.run(options(feed(shuffled)), System.out, System.err);

        Topics topics = new Topics("replay-" + runId + ".");
        for (EventType t : EventType.values()) {
            List<LocalDate> starts = KafkaTopics.readAll(RealInfrastructure.kafka().bootstrapServers(), topics.feed(t)).stream()
                    .map(json -> LocalDate.parse(SecwebJson.read(json, com.fasterxml.jackson.databind.JsonNode.class).path("start").asText()))
                    .toList();
            assertThat(starts).isSorted().isNotEmpty();
        }
        assertThat(elastic.count(SecwebNames.alias("secweb-replay-" + runId, SecwebNames.EVENTS))).isEqualTo(FeedEvents.sample().size());
        // one index per kind for the whole run, however many years it covers
        assertThat(elastic.client().indices().get(g -> g.index("secweb-replay-" + runId + "-*")).indices().keySet())
                .containsExactlyInAnyOrder("secweb-replay-" + runId + "-events-run", "secweb-replay-" + runId + "-deadletter-run",
                        "secweb-replay-" + runId + "-indicators-run", "secweb-replay-" + runId + "-alerts-run");
        assertThat(elastic.all(SecwebNames.alias("secweb-replay-" + runId, SecwebNames.INDICATORS))).isNotEmpty().allSatisfy(h -> {
            assertThat(h.source().at("/secweb/provenance/run/mode").asText()).isEqualTo("replay");
            assertThat(h.source().at("/secweb/provenance/run/id").asText()).isEqualTo(runId);
        });
    }

    @Test
    void theBackfillWritesTheSameDocumentsAsTheStreamingPath() throws Exception {
        // agreements only: one feed topic, published in event-time order, so the stream has no late events to restate
        List<String> agreements = FeedEvents.sample().stream().filter(l -> l.contains("\"type\":\"agreement\"")).toList();
        Path feed = feed(agreements);

        Replay.run(options(feed), System.out, System.err);
        Map<String, String> streamedEvents = documents(SecwebNames.EVENTS);
        Map<String, String> streamedIndicators = documents(SecwebNames.INDICATORS);
        StackSetup.deleteIndices(elastic.client(), "secweb-replay-" + runId);

        Backfill.run(options(feed), System.out);
        assertThat(streamedEvents).hasSize(agreements.size());
        assertThat(streamedIndicators).hasSizeGreaterThan(1000);
        assertThat(documents(SecwebNames.EVENTS)).isEqualTo(streamedEvents);
        assertThat(documents(SecwebNames.INDICATORS)).isEqualTo(streamedIndicators);
    }

    /** New agreements raise the scope's tie count against four weeks earlier; the rise resolves a few weeks on. */
    private static final String TIES_RULE = """
            id: ties-rising
            name: Indo-Pacific ties rising
            scopes: [indo-pacific]
            indicator: ties
            condition:
              type: change_pct
              baseline: 4w
              fire: 1
              clear: 0.5
            for: 1
            severity: info
            """;

    @Test
    void theBacktestFindsTheSameAlertsAsTheStreamingReplayAndPrintsThem() throws Exception {
        List<String> agreements = FeedEvents.sample().stream().filter(l -> l.contains("\"type\":\"agreement\"")).toList();
        Path feed = feed(agreements);
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("ties.yaml"), TIES_RULE);
        Files.writeString(config, Files.readString(config) + "alerts:\n  rules: " + rules + "\n");

        Replay.run(options(feed), System.out, System.err);
        Map<String, String> streamed = documents(SecwebNames.ALERTS);
        StackSetup.deleteIndices(elastic.client(), "secweb-replay-" + runId);

        BacktestTable table = Backtest.run(new Backtest.Options(rules, options(feed), false), System.out);

        assertThat(streamed).isNotEmpty();
        assertThat(documents(SecwebNames.ALERTS)).isEqualTo(streamed);
        // the indicator documents fed the rules but were not kept (no --keep-indicators); the events were
        assertThat(elastic.count(SecwebNames.alias("secweb-replay-" + runId, SecwebNames.INDICATORS))).isZero();
        assertThat(elastic.count(SecwebNames.alias("secweb-replay-" + runId, SecwebNames.EVENTS))).isEqualTo(agreements.size());
        assertThat(table.rows()).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo("ties-rising");
            assertThat(r.series()).isEqualTo("indo-pacific");
            assertThat(r.fired()).isGreaterThanOrEqualTo(3);
            assertThat(r.resolved()).isBetween(r.fired() - 1, r.fired());
            assertThat(r.peak()).isGreaterThanOrEqualTo(1.0);
        });
        assertThat(streamed.values()).allSatisfy(json -> assertThat(json).contains("\"mode\":\"replay\""));
    }

    @Test
    void saysExactlyWhatIsWrong() throws Exception {
        assertThatThrownBy(() -> Replay.run(options(dir.resolve("nope.jsonl")), System.out, System.err))
                .isInstanceOf(ConfigException.class).hasMessageContaining("nope.jsonl").hasMessageContaining("does not exist");
        Path feed = feed(FeedEvents.sample());
        assertThatThrownBy(() -> Replay.run(options(feed, "127.0.0.1:1"), System.out, System.err))
                .hasMessageContaining("cannot reach Kafka at 127.0.0.1:1");
        Path notAFeed = dir.resolve("notes.txt");
        Files.writeString(notAFeed, "just some notes\n");
        assertThatThrownBy(() -> Replay.run(options(notAFeed), System.out, System.err))
                .hasMessageContaining("cannot tell the format of").hasMessageContaining("--format");
    }
}
