package io.secweb.jobs.ingest;

import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.config.ConfigLoader;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.testing.FeedEvents;
import io.secweb.infra.testing.RealInfrastructure;
import io.secweb.infra.testing.TestNames;
import io.secweb.jobs.config.FlinkSettings;
import io.secweb.jobs.connectors.Connectors;
import io.secweb.jobs.replay.FeedPublisher;
import io.secweb.jobs.setup.StackSetup;
import io.secweb.jobs.testing.Elastic;
import io.secweb.jobs.testing.KafkaTopics;
import io.secweb.schemas.SecwebNames;
import io.secweb.schemas.Topics;
import io.secweb.schemas.event.EventType;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest job end to end on the real Kafka broker and the real Elasticsearch node: feed topics in, events and
 * dead letters out to Kafka and Elasticsearch. Each test has its own topic namespace and index prefix, and reads
 * its topics up to the latest offsets so that the job ends.
 */
@ExtendWith(RealInfrastructure.class)
class IngestJobIT {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());

    private String name;
    private SecwebConfig config;
    private Elastic elastic;

    @BeforeEach
    void setUp() {
        name = TestNames.unique("ingest");
        config = ConfigLoader.parse("""
                kafka:
                  topic_prefix: "%s."
                  consumer_group: %s
                  starting_offsets: earliest
                elasticsearch:
                  index_prefix: %s
                  bulk_flush_interval: 100ms
                flink:
                  execution.checkpointing.interval: 1 s
                  restart-strategy.type: none
                """.formatted(name, name, name), "test")
                .withKafka(RealInfrastructure.kafka().bootstrapServers())
                .withElasticsearchUrl(RealInfrastructure.elasticsearch().url());
        elastic = new Elastic();
        StackSetup.createTopics(config.kafka().bootstrapServers(), config.topics(), 2);
        StackSetup.installTemplates(elastic.client(), name);
    }

    @AfterEach
    void tearDown() throws Exception {
        StackSetup.deleteIndices(elastic.client(), name);
        elastic.close();
    }

    private void runJobOverWhatIsPublished(String consumerGroup) throws Exception {
        SecwebConfig run = ConfigLoader.parse("kafka:\n  consumer_group: " + consumerGroup, "test");
        run = new SecwebConfig(new SecwebConfig.Kafka(config.kafka().bootstrapServers(), config.kafka().topicPrefix(), consumerGroup,
                "earliest", config.kafka().deliveryGuarantee(), config.kafka().transactionalIdPrefix() + "-" + consumerGroup, 2),
                config.elasticsearch(), config.ingest(), config.indicators(), config.alerts(), config.run(), config.flink());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(run));
        env.setParallelism(2);
        IngestJob.define(env, run, Connectors.Reading.UNTIL_LATEST);
        env.execute("ingest-it-" + consumerGroup);
    }

    private FeedPublisher publisher() {
        return new FeedPublisher(config.kafka().bootstrapServers(), config.topics());
    }

    private String events() {
        return SecwebNames.alias(name, SecwebNames.EVENTS);
    }

    private String deadLetters() {
        return SecwebNames.alias(name, SecwebNames.DEADLETTER);
    }

    @Test
    void theSampleFeedLandsInElasticsearchAndOnTheEventsTopic() throws Exception {
        try (FeedPublisher p = publisher()) {
            assertThat(p.publishLines(FeedEvents.sample(), "sample").total()).isEqualTo(FeedEvents.sample().size());
        }
        runJobOverWhatIsPublished(name + "-a");

        assertThat(elastic.count(events())).isEqualTo(FeedEvents.sample().size());
        assertThat(elastic.count(deadLetters())).isZero();
        assertThat(KafkaTopics.readAll(config.kafka().bootstrapServers(), config.topics().events())).hasSize(FeedEvents.sample().size());
        Hit<JsonNode> anzus = elastic.all(events()).stream().filter(h -> h.id().equals("ag-anzus-1951")).findFirst().orElseThrow();
        assertThat(anzus.index()).isEqualTo(name + "-events-1951");
        assertThat(anzus.source().at("/secweb/countries").toString()).contains("AUS", "NZL", "USA");
        assertThat(anzus.source().at("/secweb/source/url").asText()).startsWith("https://");
    }

    @Test
    void badRecordsAreDeadLetteredWithTheirReasonsAndValidOnesAllLand() throws Exception {
        Topics t = config.topics();
        try (FeedPublisher p = publisher()) {
            p.publishLines(List.of(
                    FeedEvents.exercise("ex-ok-1").name("Valid one").participants("PHL", "USA").json(),
                    FeedEvents.exercise("ex-ok-2").name("Valid two").participants("JPN", "AUS", "IND", "USA").json(),
                    FeedEvents.coercion("co-ok-1").severity(4).participants("CHN", "PHL").json()), "valid");
            p.publishRaw(t.feed(EventType.EXERCISE), null, "{not json");
            p.publishRaw(t.feed(EventType.EXERCISE), null, FeedEvents.exercise("ex-extra").name("Extra field").participants("PHL", "USA").json().replace("\"revision\"", "\"colour\":\"red\",\"revision\""));
            p.publishRaw(t.feed(EventType.EXERCISE), null, FeedEvents.exercise("ex-xyz").name("Unknown country").participants("PHL", "XYZ").json());
            p.publishRaw(t.feed(EventType.EXERCISE), null, FeedEvents.exercise("ex-backwards").on("2024-04-22").until("2024-01-01").participants("PHL", "USA").json());
            p.publishRaw(t.feed(EventType.COERCION), null, FeedEvents.coercion("co-severity").severity(9).participants("CHN", "PHL").json());
            p.publishRaw(t.feed(EventType.EXERCISE), null, FeedEvents.exercise("ex-noid").name("No id").participants("PHL", "USA").json().replace("\"id\":\"ex-noid\",", ""));
            p.publishRaw(t.feed(EventType.EXERCISE), "ex-ok-1", FeedEvents.exercise("ex-ok-1").name("Valid one").participants("PHL", "USA").json());
            p.flush();
        }
        // a lower revision after a higher one, for the same id, on the same partition (keyed by id)
        try (FeedPublisher p = publisher()) {
            p.publishRaw(t.feed(EventType.EXERCISE), "ex-rev", FeedEvents.exercise("ex-rev").revision(3).name("Third revision").participants("PHL", "USA").json());
            p.publishRaw(t.feed(EventType.EXERCISE), "ex-rev", FeedEvents.exercise("ex-rev").revision(2).name("Second revision").participants("PHL", "USA").json());
        }
        runJobOverWhatIsPublished(name + "-a");

        assertThat(elastic.all(events())).extracting(Hit::id).containsExactlyInAnyOrder("ex-ok-1", "ex-ok-2", "co-ok-1", "ex-rev");
        Map<String, Long> reasons = elastic.all(deadLetters()).stream()
                .collect(Collectors.groupingBy(h -> h.source().at("/error/code").asText(), Collectors.counting()));
        assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.of(
                "malformed_json", 1L, "schema_violation", 3L, "unknown_country", 1L, "end_before_start", 1L, "stale_revision", 1L));
        assertThat(elastic.all(deadLetters())).allSatisfy(h -> {
            assertThat(h.source().at("/secweb/deadletter/payload").asText()).isNotBlank();
            assertThat(h.source().at("/secweb/deadletter/origin/topic").asText()).startsWith(name + ".secweb.feed.");
            assertThat(h.source().at("/secweb/deadletter/origin/offset").isIntegralNumber()).isTrue();
        });
        assertThat(elastic.all(deadLetters()).stream().map(h -> h.source().at("/error/message").asText()))
                .anySatisfy(m -> assertThat(m).contains("$.coercion.severity"))
                .anySatisfy(m -> assertThat(m).contains("colour"))
                .anySatisfy(m -> assertThat(m).contains("'id'"));
        assertThat(KafkaTopics.readAll(config.kafka().bootstrapServers(), t.deadLetter())).hasSize(7);
        assertThat(KafkaTopics.readAll(config.kafka().bootstrapServers(), t.events())).hasSize(4);
    }

    @Test
    void publishingTheSameFeedTwiceLeavesTheSameDocuments() throws Exception {
        try (FeedPublisher p = publisher()) {
            p.publishLines(FeedEvents.sample(), "sample");
        }
        runJobOverWhatIsPublished(name + "-first");
        Map<String, String> first = sourcesById();

        // the feed again, read by a fresh job from the beginning: no de-duplication state, Elasticsearch's versions decide
        try (FeedPublisher p = publisher()) {
            p.publishLines(FeedEvents.sample(), "sample");
        }
        runJobOverWhatIsPublished(name + "-second");

        assertThat(sourcesById()).isEqualTo(first);
        assertThat(elastic.all(events())).allSatisfy(h -> assertThat(h.version()).isEqualTo(1L));
        assertThat(elastic.count(deadLetters())).isZero();
    }

    @Test
    void aCorrectionReplacesTheDocumentAndALateLowerRevisionDoesNot() throws Exception {
        try (FeedPublisher p = publisher()) {
            p.publishLines(List.of(FeedEvents.exercise("ex-fix").name("Misspelt nmae").participants("JPN", "PHL").json()), "first");
        }
        runJobOverWhatIsPublished(name + "-first");
        try (FeedPublisher p = publisher()) {
            p.publishLines(List.of(FeedEvents.exercise("ex-fix").revision(2).name("Corrected name").participants("JPN", "PHL").json()), "correction");
        }
        runJobOverWhatIsPublished(name + "-second");
        Hit<JsonNode> corrected = elastic.all(events()).get(0);
        assertThat(corrected.source().at("/secweb/exercise/name").asText()).isEqualTo("Corrected name");
        assertThat(corrected.version()).isEqualTo(2L);

        // revision 1 arrives late, to a job that has never seen revision 2: Elasticsearch keeps revision 2
        try (FeedPublisher p = publisher()) {
            p.publishLines(List.of(FeedEvents.exercise("ex-fix").name("Misspelt nmae").participants("JPN", "PHL").json()), "stale");
        }
        runJobOverWhatIsPublished(name + "-third");
        assertThat(elastic.all(events())).singleElement().satisfies(h -> {
            assertThat(h.source().at("/secweb/exercise/name").asText()).isEqualTo("Corrected name");
            assertThat(h.version()).isEqualTo(2L);
        });
    }

    private Map<String, String> sourcesById() {
        return elastic.all(events()).stream().collect(Collectors.toMap(Hit::id, h -> h.source().toString()));
    }
}
