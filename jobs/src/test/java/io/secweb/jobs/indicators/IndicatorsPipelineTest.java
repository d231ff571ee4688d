package io.secweb.jobs.indicators;

import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.documents.DocumentIds;
import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.core.documents.IndicatorDocument;
import io.secweb.core.indicators.IndicatorEngine;
import io.secweb.core.network.model.NetworkSettings;
import io.secweb.core.network.model.Scope;
import io.secweb.core.testing.FeedEvents;
import io.secweb.jobs.testing.CollectingSink;
import io.secweb.jobs.testing.TestJobs;
import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The whole indicators pipeline on a MiniCluster, through {@link IndicatorsPipeline#build}, with a small hand-made feed
 * as a bounded in-memory source and collecting sinks in place of Elasticsearch and Kafka. The input's watermark
 * trails the newest event by one day and advances after every event (as a feed read slowly would), so which days are
 * final when an event arrives is fixed, not a matter of timing.
 */
class IndicatorsPipelineTest {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final Scope ALLIANCE = new Scope("alliance", "a small hub-and-spoke system for the test",
            Set.of("USA", "JPN", "KOR", "AUS", "PHL"), "USA");
    private static final AtomicInteger RUNS = new AtomicInteger();

    /** Three alliances with the hub, an exercise between two spokes, a coercion incident on the fifth member. */
    private static final List<FeedEvent> FEED = List.of(
            FeedEvents.agreement("ag-usa-jpn").on("2024-01-01").kind("alliance_treaty").participants("USA", "JPN").build(),
            FeedEvents.agreement("ag-usa-kor").on("2024-01-01").kind("alliance_treaty").participants("USA", "KOR").build(),
            FeedEvents.agreement("ag-usa-aus").on("2024-01-01").kind("alliance_treaty").participants("USA", "AUS").build(),
            FeedEvents.exercise("ex-jpn-aus").on("2024-01-08").until("2024-01-10").scale("medium").participants("JPN", "AUS").build(),
            FeedEvents.coercion("co-chn-phl").on("2024-01-15").severity(4).participants("CHN", "PHL").build(),
            FeedEvents.agreement("ag-usa-phl").on("2024-01-22").kind("alliance_treaty").participants("USA", "PHL").build());

    /** What the sinks received, in order. */
    private record Run(List<ElasticsearchDocument> elasticsearch, List<ElasticsearchDocument> kafka) {
        /** The documents as an index holds them: the last write of every id. */
        Map<String, JsonNode> index() {
            Map<String, JsonNode> byId = new LinkedHashMap<>();
            elasticsearch.forEach(d -> byId.put(d.id(), SecwebJson.read(d.source(), JsonNode.class)));
            return byId;
        }

        List<JsonNode> writes(String id) {
            return elasticsearch.stream().filter(d -> d.id().equals(id)).map(d -> SecwebJson.read(d.source(), JsonNode.class)).toList();
        }
    }

    private static IndicatorsOptions options() {
        return new IndicatorsOptions(List.of(ALLIANCE), NetworkSettings.defaults(), "test", LocalDate.of(2024, 1, 1), 30,
                Duration.ofHours(1), 0.05, IndicatorDocument.Run.live());
    }

    private static Run run(List<FeedEvent> feed) throws Exception {
        StreamExecutionEnvironment env = TestJobs.environment();
        DataStream<FeedEvent> events = env.fromData(feed).assignTimestampsAndWatermarks(
                WatermarkStrategy.<FeedEvent>forGenerator(ctx -> new WatermarkAfterEveryEvent(Duration.ofDays(1)))
                        .withTimestampAssigner(new EventTimestamps()));
        int n = RUNS.incrementAndGet();
        CollectingSink<ElasticsearchDocument> elasticsearch = CollectingSink.named("indicators-es-" + n);
        CollectingSink<ElasticsearchDocument> kafka = CollectingSink.named("indicators-kafka-" + n);
        IndicatorsPipeline.build(events, new IndicatorsSinks(elasticsearch, kafka), options());
        env.execute("indicators-pipeline-test-" + n);
        return new Run(elasticsearch.received(), kafka.received());
    }

    /** The id the pipeline gives the document of a (level, subject, day) of the live run. */
    private static String id(String level, String subject, String day) {
        return DocumentIds.sha1("live", "live", ALLIANCE.name(), level, subject, day, IndicatorEngine.ALGORITHM_VERSION);
    }

    private static double value(JsonNode doc, String name) {
        return doc.at("/secweb/values/" + name).asDouble();
    }

    @Test
    void aSmallFeedGivesAFinalScopeDocumentForEveryDayWithTheTiesAndDensityOfThatDay() throws Exception {
        Run run = run(FEED);
        Map<String, JsonNode> index = run.index();

        // one scope document per day from the first event to the last, every one final
        for (LocalDate d = LocalDate.of(2024, 1, 1); !d.isAfter(LocalDate.of(2024, 1, 22)); d = d.plusDays(1)) {
            assertThat(index).as("scope document of %s", d).containsKey(id("scope", "", d.toString()));
        }
        assertThat(index.values()).filteredOn(d -> d.at("/secweb/level").asText().equals("scope")).hasSize(22)
                .allSatisfy(d -> assertThat(d.at("/secweb/final").asBoolean()).isTrue());

        // three alliances among five members: 3 of 10 possible ties
        JsonNode jan5 = index.get(id("scope", "", "2024-01-05"));
        assertThat(value(jan5, "members")).isEqualTo(5.0);
        assertThat(value(jan5, "ties")).isEqualTo(3.0);
        assertThat(value(jan5, "density")).isCloseTo(0.3, within(1e-12));
        assertThat(value(jan5, "spoke_to_spoke_share")).isZero();
        // the exercise ties two spokes: 4 ties
        assertThat(value(index.get(id("scope", "", "2024-01-09")), "ties")).isEqualTo(4.0);
        assertThat(value(index.get(id("scope", "", "2024-01-09")), "spoke_to_spoke_share")).isPositive();
        // the fourth alliance on the last day: 5 ties
        assertThat(value(index.get(id("scope", "", "2024-01-22")), "density")).isCloseTo(0.5, within(1e-12));

        // the coercion incident: a country document for the Philippines on its day, pressure decaying after
        JsonNode phl = index.get(id("country", "PHL", "2024-01-15"));
        assertThat(phl).as("PHL on the day of the incident").isNotNull();
        assertThat(phl.at("/secweb/country").asText()).isEqualTo("PHL");
        assertThat(value(phl, "coercion_received")).isPositive();
        assertThat(value(index.get(id("scope", "", "2024-01-15")), "coercion_total")).isPositive();
        assertThat(value(index.get(id("scope", "", "2024-01-14")), "coercion_total")).isZero();

        // dyads: the exercise's pair appears on its first day, with the exercise layer
        JsonNode dyad = index.get(id("dyad", "AUS|JPN", "2024-01-08"));
        assertThat(dyad).as("AUS|JPN on the exercise's first day").isNotNull();
        assertThat(dyad.at("/secweb/dyad/a").asText()).isEqualTo("AUS");
        assertThat(value(dyad, "exercise_weight")).isPositive();

        // Kafka gets exactly what Elasticsearch gets
        assertThat(run.kafka()).isEqualTo(run.elasticsearch());
    }

    @Test
    void theSameFeedTwiceGivesTheSameDocumentsUnderTheSameIds() throws Exception {
        Map<String, JsonNode> first = run(FEED).index();
        Map<String, JsonNode> second = run(FEED).index();

        assertThat(first).hasSizeGreaterThan(22);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aRetractedEventRestatesTheDaysItWasCountedIn() throws Exception {
        FeedEvent exercise = FEED.get(3);
        List<FeedEvent> feed = new ArrayList<>(FEED);
        // withdrawn by its source once the days up to 2024-01-20 are final
        feed.add(FeedEvents.from(exercise).nextRevision().retracted().build());
        Run run = run(feed);
        Map<String, JsonNode> index = run.index();

        // the exercise's days were written with its tie, then restated without it, under the same ids
        List<JsonNode> jan9 = run.writes(id("scope", "", "2024-01-09"));
        assertThat(jan9).extracting(d -> d.at("/secweb/revision").asInt()).containsExactly(0, 1);
        assertThat(value(jan9.get(0), "ties")).isEqualTo(4.0);
        assertThat(value(jan9.get(1), "ties")).isEqualTo(3.0);
        for (LocalDate d = LocalDate.of(2024, 1, 8); !d.isAfter(LocalDate.of(2024, 1, 20)); d = d.plusDays(1)) {
            JsonNode doc = index.get(id("scope", "", d.toString()));
            assertThat(doc.at("/secweb/revision").asInt()).as("revision of %s", d).isEqualTo(1);
            assertThat(value(doc, "ties")).as("ties on %s", d).isEqualTo(3.0);
        }
        // days before it are untouched, days after the restated ones are written once, without the exercise
        assertThat(run.writes(id("scope", "", "2024-01-07"))).hasSize(1);
        assertThat(run.writes(id("scope", "", "2024-01-21"))).singleElement()
                .satisfies(d -> assertThat(value(d, "ties")).isEqualTo(3.0));
        assertThat(value(index.get(id("scope", "", "2024-01-22")), "ties")).isEqualTo(4.0);
    }

    /**
     * Bounded out-of-orderness, like {@link EventTimestamps#strategy}, but the watermark is emitted after every event
     * instead of periodically: the test decides which days are final when each event arrives.
     */
    static final class WatermarkAfterEveryEvent implements WatermarkGenerator<FeedEvent> {
        private final long outOfOrdernessMillis;
        private long newest = Long.MIN_VALUE;

        WatermarkAfterEveryEvent(Duration outOfOrderness) {
            this.outOfOrdernessMillis = outOfOrderness.toMillis();
        }

        @Override
        public void onEvent(FeedEvent event, long timestamp, WatermarkOutput output) {
            newest = Math.max(newest, timestamp);
            output.emitWatermark(new Watermark(newest - outOfOrdernessMillis - 1));
        }

        @Override
        public void onPeriodicEmit(WatermarkOutput output) {
        }
    }
}
