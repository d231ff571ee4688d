package io.secweb.jobs.ingest;

import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.core.ingest.RawRecord;
import io.secweb.core.testing.FeedEvents;
import io.secweb.jobs.testing.CollectingSink;
import io.secweb.jobs.testing.TestJobs;
import io.secweb.schemas.Topics;
import io.secweb.schemas.deadletter.DeadLetter;
import io.secweb.schemas.deadletter.Reason;
import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole ingest pipeline on a MiniCluster, with in-memory input and collecting sinks, through {@link IngestPipeline#build}. */
class IngestPipelineTest {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final Topics TOPICS = Topics.live();
    private long offset;

    private RawRecord on(String topic, String payload) {
        return new RawRecord(topic, 0, offset++, 1_700_000_000_000L + offset, payload);
    }

    private record Run(List<FeedEvent> events, List<DeadLetter> deadLetters, List<ElasticsearchDocument> documents) {
        Map<Reason, Long> reasons() {
            return deadLetters.stream().collect(Collectors.groupingBy(DeadLetter::reason, Collectors.counting()));
        }
    }

    private Run run(List<RawRecord> input) throws Exception {
        // like Kafka partitions keyed by id, a single input keeps the records of one id in order
        StreamExecutionEnvironment env = TestJobs.environment();
        CollectingSink<FeedEvent> events = CollectingSink.named("events-" + offset);
        CollectingSink<DeadLetter> deadLetters = CollectingSink.named("dead-letters-" + offset);
        CollectingSink<ElasticsearchDocument> docs = CollectingSink.named("documents-" + offset);
        IngestPipeline.build(env.fromData(input), new IngestSinks(events, deadLetters, docs),
                new IngestOptions(TOPICS, "test", 400));
        env.execute("ingest-pipeline-test");
        return new Run(events.received(), deadLetters.received(), docs.received());
    }

    @Test
    void everyValidSampleEventComesOutNormalisedAndIndexed() throws Exception {
        List<RawRecord> input = new ArrayList<>();
        for (String line : FeedEvents.sample()) {
            String type = line.replaceAll("^.*?\"type\":\"([a-z]+)\".*$", "$1");
            input.add(on(TOPICS.feed(io.secweb.schemas.event.EventType.valueOf(type.toUpperCase())), line));
        }
        Run run = run(input);
        assertThat(run.deadLetters()).isEmpty();
        assertThat(run.events()).hasSize(FeedEvents.sample().size());
        assertThat(run.documents()).hasSize(FeedEvents.sample().size())
                .allSatisfy(d -> assertThat(d.index()).startsWith("test-events-"));
    }

    @Test
    void everyKindOfBadInputIsDeadLetteredWithItsReasonAndTheRestGoesThrough() throws Exception {
        String ex = TOPICS.feed(io.secweb.schemas.event.EventType.EXERCISE);
        String co = TOPICS.feed(io.secweb.schemas.event.EventType.COERCION);
        List<RawRecord> input = List.of(
                on(ex, FeedEvents.exercise("ex-good").name("Good").participants("PHL", "usa").json()),
                on(ex, "{\"id\": \"ex-broken\", "),
                on(ex, FeedEvents.exercise("ex-unknown").name("Unknown").participants("PHL", "XYZ").json()),
                on(ex, FeedEvents.exercise("ex-alone").name("Alone").participants("PHL", "PHL").json()),
                on(ex, FeedEvents.exercise("ex-backwards").on("2024-04-22").until("2024-04-01").participants("PHL", "USA").json()),
                on(ex, FeedEvents.exercise("ex-noid").name("No id").participants("PHL", "USA").json().replace("\"id\":\"ex-noid\",", "")),
                on(ex, FeedEvents.exercise("ex-future").on("2099-01-01").until("2099-01-02").participants("PHL", "USA").json()),
                on(co, FeedEvents.coercion("co-good").severity(3).participants("CHN", "PHL").json()),
                on(co, FeedEvents.coercion("co-severe").severity(7).participants("CHN", "PHL").json()),
                on(co, FeedEvents.exercise("ex-wrong-topic").name("Wrong topic").participants("PHL", "USA").json()));
        Run run = run(input);

        assertThat(run.events()).extracting(FeedEvent::id).containsExactlyInAnyOrder("ex-good", "co-good");
        assertThat(run.events()).filteredOn(e -> e.id().equals("ex-good")).singleElement()
                .satisfies(e -> assertThat(e.countries()).containsExactly("PHL", "USA"));
        assertThat(run.reasons()).containsExactlyInAnyOrderEntriesOf(Map.of(
                Reason.MALFORMED_JSON, 1L,
                Reason.UNKNOWN_COUNTRY, 1L,
                Reason.TOO_FEW_PARTICIPANTS, 1L,
                Reason.END_BEFORE_START, 1L,
                Reason.SCHEMA_VIOLATION, 2L,
                Reason.DATE_IN_FUTURE, 1L,
                Reason.TYPE_TOPIC_MISMATCH, 1L));
        assertThat(run.deadLetters()).allSatisfy(d -> {
            assertThat(d.payload()).isNotBlank();
            assertThat(d.origin().topic()).isIn(ex, co);
            assertThat(d.message()).isNotBlank();
        });
        assertThat(run.deadLetters()).filteredOn(d -> d.reason() == Reason.SCHEMA_VIOLATION)
                .extracting(DeadLetter::message).anySatisfy(m -> assertThat(m).contains("id"))
                .anySatisfy(m -> assertThat(m).contains("$.coercion.severity"));
        assertThat(run.documents()).hasSize(run.events().size() + run.deadLetters().size());
    }

    @Test
    void aCorrectionPassesAndALateStaleRevisionIsDeadLettered() throws Exception {
        String ex = TOPICS.feed(io.secweb.schemas.event.EventType.EXERCISE);
        Run run = run(List.of(
                on(ex, FeedEvents.exercise("ex-fix").name("First name").participants("JPN", "AUS").json()),
                on(ex, FeedEvents.exercise("ex-fix").revision(2).name("Corrected name").participants("JPN", "AUS").json()),
                on(ex, FeedEvents.exercise("ex-fix").revision(2).name("Corrected name").participants("JPN", "AUS").json()),
                on(ex, FeedEvents.exercise("ex-fix").name("First name").participants("JPN", "AUS").json()),
                on(ex, FeedEvents.exercise("ex-fix").revision(2).name("Different content, same revision").participants("JPN", "AUS").json())));

        assertThat(run.events()).extracting(FeedEvent::revision).containsExactly(1, 2);
        assertThat(run.reasons()).containsExactlyInAnyOrderEntriesOf(Map.of(Reason.STALE_REVISION, 1L, Reason.CONFLICTING_REVISION, 1L));
        assertThat(run.documents()).filteredOn(d -> d.id().equals("ex-fix")).extracting(ElasticsearchDocument::version)
                .containsExactly(1L, 2L);
    }
}
