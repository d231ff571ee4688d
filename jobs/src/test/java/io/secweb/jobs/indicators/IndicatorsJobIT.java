package io.secweb.jobs.indicators;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.config.ConfigLoader;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.testing.FeedEvents;
import io.secweb.infra.testing.Await;
import io.secweb.infra.testing.RealInfrastructure;
import io.secweb.infra.testing.TestNames;
import io.secweb.jobs.config.FlinkSettings;
import io.secweb.jobs.connectors.Connectors;
import io.secweb.jobs.replay.FeedPublisher;
import io.secweb.jobs.setup.StackSetup;
import io.secweb.jobs.testing.Elastic;
import io.secweb.schemas.SecwebNames;
import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicators job on the real broker and node, with a hand-built scenario in a small alliance scope (hub USA):
 * pure hub-and-spoke, then spokes tying up, then a termination, then coercion on a spoke that decays.
 */
@ExtendWith(RealInfrastructure.class)
class IndicatorsJobIT {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());

    @TempDir
    Path dir;
    private String name;
    private SecwebConfig config;
    private Elastic elastic;

    /** The scenario, in event-time order. */
    static final List<FeedEvent> SCENARIO = List.of(
            FeedEvents.agreement("ag-usa-jpn").on("2024-01-01").kind("alliance_treaty").participants("USA", "JPN").build(),
            FeedEvents.agreement("ag-usa-kor").on("2024-01-01").kind("alliance_treaty").participants("USA", "KOR").build(),
            FeedEvents.agreement("ag-usa-aus").on("2024-01-01").kind("alliance_treaty").participants("USA", "AUS").build(),
            FeedEvents.agreement("ag-usa-phl").on("2024-01-01").kind("alliance_treaty").participants("USA", "PHL").build(),
            FeedEvents.agreement("ag-jpn-aus").on("2024-02-01").kind("access_agreement").participants("JPN", "AUS").build(),
            FeedEvents.agreement("ag-jpn-phl").on("2024-02-01").kind("access_agreement").participants("JPN", "PHL").build(),
            FeedEvents.agreement("ag-jpn-phl-end").on("2024-03-01").kind("access_agreement").status("terminated").participants("JPN", "PHL").build(),
            FeedEvents.coercion("co-chn-phl").on("2024-04-01").severity(4).participants("CHN", "PHL").build(),
            FeedEvents.exercise("ex-usa-jpn").on("2024-07-01").until("2024-07-03").scale("medium").participants("USA", "JPN").build());

    @BeforeEach
    void setUp() throws IOException {
        name = TestNames.unique("indicators");
        Path network = dir.resolve("network.yaml");
        Files.writeString(network, """
                scopes:
                  - name: alliance
                    description: a small hub-and-spoke system for the test
                    countries: [USA, JPN, KOR, AUS, PHL]
                    hub: USA
                """);
        config = ConfigLoader.parse("""
                kafka:
                  topic_prefix: "%1$s."
                  starting_offsets: earliest
                elasticsearch:
                  index_prefix: %1$s
                  bulk_flush_interval: 100ms
                indicators:
                  network_config: %2$s
                  first_day: 2024-01-01
                  consumer_group: %1$s
                  out_of_orderness: 1d
                  idleness: 2s
                  live_update_interval: 1s
                flink:
                  execution.checkpointing.interval: 1 s
                  restart-strategy.type: none
                """.formatted(name, network), "test")
                .withKafka(RealInfrastructure.kafka().bootstrapServers())
                .withElasticsearchUrl(RealInfrastructure.elasticsearch().url());
        elastic = new Elastic();
        StackSetup.createTopics(config.kafka().bootstrapServers(), config.topics(), 1);
        StackSetup.installTemplates(elastic.client(), name);
    }

    @AfterEach
    void tearDown() throws Exception {
        StackSetup.deleteIndices(elastic.client(), name);
        elastic.close();
    }

    private void publish(List<FeedEvent> events) {
        try (FeedPublisher p = new FeedPublisher(config.kafka().bootstrapServers(), config.topics())) {
            for (FeedEvent e : events) {
                p.publishRaw(config.topics().events(), e.id(), SecwebJson.write(e));
            }
        }
    }

    private SecwebConfig withGroup(String group) {
        SecwebConfig.Indicators i = config.indicators();
        return new SecwebConfig(config.kafka(), config.elasticsearch(), config.ingest(),
                new SecwebConfig.Indicators(i.networkConfig(), i.firstDay(), i.allowedLatenessDays(), i.outOfOrderness(), i.idleness(),
                        i.liveUpdateInterval(), i.relativeTolerance(), group), config.alerts(), config.run(), config.flink());
    }

    private void runOverWhatIsPublished(String group) throws Exception {
        SecwebConfig run = withGroup(group);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(run));
        IndicatorsJob.define(env, run, Connectors.Reading.UNTIL_LATEST);
        env.execute("indicators-it-" + group);
    }

    private String indicators() {
        return SecwebNames.alias(name, SecwebNames.INDICATORS);
    }

    private Optional<JsonNode> doc(String level, String subject, String day) {
        try {
            elastic.client().indices().refresh(r -> r.index(indicators()));
            Query q = Query.of(b -> b.bool(x -> {
                x.filter(f -> f.term(t -> t.field("secweb.level").value(FieldValue.of(level))));
                x.filter(f -> f.term(t -> t.field("secweb.day").value(FieldValue.of(day))));
                if (level.equals("country")) {
                    x.filter(f -> f.term(t -> t.field("secweb.country").value(FieldValue.of(subject))));
                }
                return x;
            }));
            var r = elastic.client().search(s -> s.index(indicators()).query(q).size(2), JsonNode.class);
            return r.hits().hits().stream().findFirst().map(Hit::source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private double scopeValue(String day, String name) {
        return doc("scope", null, day).orElseThrow(() -> new AssertionError("no scope document for " + day))
                .at("/secweb/values/" + name).asDouble();
    }

    @Test
    void theScenarioShowsHubAndSpokeThenThickeningThenATieLostThenDecayingPressure() throws Exception {
        publish(SCENARIO);
        runOverWhatIsPublished(name + "-a");

        assertThat(scopeValue("2024-01-15", "spoke_to_spoke_share")).isZero();
        assertThat(scopeValue("2024-01-15", "average_clustering")).isZero();
        assertThat(scopeValue("2024-02-15", "spoke_to_spoke_share")).isGreaterThan(0.0);
        assertThat(scopeValue("2024-02-15", "average_clustering")).isGreaterThan(scopeValue("2024-01-15", "average_clustering"));
        assertThat(scopeValue("2024-02-15", "ties_lost")).isZero();
        assertThat(scopeValue("2024-03-15", "ties_lost")).isEqualTo(1.0);
        assertThat(scopeValue("2024-03-15", "spoke_to_spoke_share")).isLessThan(scopeValue("2024-02-15", "spoke_to_spoke_share"));

        double onTheDay = doc("country", "PHL", "2024-04-01").orElseThrow().at("/secweb/values/coercion_received").asDouble();
        double twoMonthsOn = doc("country", "PHL", "2024-06-03").orElseThrow().at("/secweb/values/coercion_received").asDouble();
        assertThat(onTheDay).isGreaterThan(twoMonthsOn);
        assertThat(twoMonthsOn).isGreaterThan(0.0);
        assertThat(doc("scope", null, "2024-03-31").orElseThrow().at("/secweb/values/coercion_total").asDouble()).isZero();

        JsonNode provenance = doc("scope", null, "2024-02-15").orElseThrow().at("/secweb/provenance");
        assertThat(provenance.at("/events_by_layer/agreement").asInt()).isEqualTo(6);
        assertThat(provenance.at("/top_events/0/url").asText()).startsWith("https://example.org/");
        assertThat(provenance.at("/algorithm_version").asText()).isNotBlank();
        assertThat(provenance.at("/run/mode").asText()).isEqualTo("live");
    }

    @Test
    void theSameInputTwiceGivesIdenticalDocuments() throws Exception {
        publish(SCENARIO);
        runOverWhatIsPublished(name + "-first");
        Map<String, String> first = sourcesById();
        runOverWhatIsPublished(name + "-second");
        assertThat(first).hasSizeGreaterThan(180);
        assertThat(sourcesById()).isEqualTo(first);
    }

    private Map<String, String> sourcesById() {
        return elastic.all(indicators()).stream().collect(Collectors.toMap(Hit::id, h -> h.source().toString()));
    }

    @Test
    void aLiveEventUpdatesTheOpenDayAndALateEventRestatesThePast() throws Exception {
        publish(SCENARIO.subList(0, 4));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(withGroup(name)));
        IndicatorsJob.define(env, withGroup(name), Connectors.Reading.CONTINUOUSLY);
        JobClient job = env.executeAsync("indicators-it-live");
        try {
            publish(List.of(FeedEvents.exercise("ex-open").on("2024-01-20").until("2024-01-20").scale("small").participants("USA", "JPN").build()));
            Await.until("the open day 2024-01-20 to be written", Duration.ofSeconds(60),
                    () -> doc("scope", null, "2024-01-20").isPresent());
            assertThat(doc("scope", null, "2024-01-20").orElseThrow().at("/secweb/final").asBoolean()).isFalse();
            assertThat(scopeValue("2024-01-20", "ties")).isEqualTo(4.0);

            publish(List.of(FeedEvents.agreement("ag-kor-aus").on("2024-01-20").kind("defence_cooperation").participants("KOR", "AUS").build()));
            Await.until("the open day to show the new tie", Duration.ofSeconds(60), () -> scopeValue("2024-01-20", "ties") == 5.0);

            Await.until("2024-01-10 to be final", Duration.ofSeconds(60),
                    () -> doc("scope", null, "2024-01-10").map(d -> d.at("/secweb/final").asBoolean()).orElse(false));
            assertThat(doc("scope", null, "2024-01-10").orElseThrow().at("/secweb/revision").asInt()).isZero();
            publish(List.of(FeedEvents.agreement("ag-jpn-kor-late").on("2024-01-05").kind("intelligence_sharing").participants("JPN", "KOR").build()));
            Await.until("2024-01-10 to be restated", Duration.ofSeconds(60),
                    () -> doc("scope", null, "2024-01-10").map(d -> d.at("/secweb/revision").asInt() == 1).orElse(false));
            assertThat(scopeValue("2024-01-10", "ties")).isEqualTo(5.0);
        } finally {
            job.cancel().get();
        }
    }
}
