package io.secweb.jobs.indicators;

import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.core.documents.IndicatorDocument;
import io.secweb.core.indicators.ScopedEvent;
import io.secweb.core.network.model.NetworkSettings;
import io.secweb.core.network.model.Scope;
import io.secweb.core.testing.FeedEvents;
import io.secweb.jobs.flink.SecwebFlinkTypes;
import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-scope indicator operator under Flink's test harness: daily ticks, late restatements, bounded state, restore. */
class ScopeNetworkFunctionTest {
    private static final Scope ALLIANCE = new Scope("alliance", "test", Set.of("USA", "JPN", "AUS", "PHL", "KOR"), "USA");

    @BeforeAll
    static void types() {
        SecwebFlinkTypes.register();
    }

    private static IndicatorsOptions options(int latenessDays) {
        return new IndicatorsOptions(List.of(ALLIANCE), NetworkSettings.defaults(), "test", LocalDate.of(2020, 1, 1), latenessDays,
                Duration.ofSeconds(1), 0.05, IndicatorDocument.Run.live());
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, ScopedEvent, ElasticsearchDocument> harness(int latenessDays)
            throws Exception {
        var h = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new ScopeNetworkFunction(options(latenessDays))),
                ScopedEvent::scope, Types.STRING);
        h.open();
        return h;
    }

    private static void send(KeyedOneInputStreamOperatorTestHarness<String, ScopedEvent, ElasticsearchDocument> h, FeedEvent e)
            throws Exception {
        h.processElement(new StreamRecord<>(new ScopedEvent(ALLIANCE.name(), e), millis(e.start())));
    }

    /** Watermark at the end of {@code day}: every day up to it is complete. */
    private static void completeThrough(KeyedOneInputStreamOperatorTestHarness<String, ScopedEvent, ElasticsearchDocument> h, LocalDate day)
            throws Exception {
        h.processWatermark(new Watermark(ScopeNetworkFunction.endOf(day)));
    }

    private static long millis(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static List<JsonNode> scopeDocs(KeyedOneInputStreamOperatorTestHarness<String, ScopedEvent, ElasticsearchDocument> h) {
        return h.extractOutputValues().stream().map(d -> SecwebJson.read(d.source(), JsonNode.class))
                .filter(j -> j.at("/secweb/level").asText().equals("scope")).toList();
    }

    @Test
    void finalisesOneScopeDocumentForEveryDayTheWatermarkPasses() throws Exception {
        var h = harness(30);
        send(h, FeedEvents.agreement("a1").on("2024-01-10").kind("alliance_treaty").participants("USA", "JPN").build());
        completeThrough(h, LocalDate.of(2024, 1, 19));

        List<JsonNode> docs = scopeDocs(h);
        assertThat(docs).hasSize(10).allSatisfy(d -> {
            assertThat(d.at("/secweb/final").asBoolean()).isTrue();
            assertThat(d.at("/secweb/revision").asInt()).isZero();
        });
        assertThat(docs.get(0).at("/secweb/day").asText()).isEqualTo("2024-01-10");
        assertThat(docs.get(9).at("/secweb/day").asText()).isEqualTo("2024-01-19");
        assertThat(docs.get(0).at("/secweb/values/ties").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aLiveJobFarBehindTheWatermarkCatchesUpInSlicesSoCheckpointsCanPass() throws Exception {
        var h = harness(30);
        send(h, FeedEvents.agreement("a1").on("2024-01-01").kind("alliance_treaty").participants("USA", "JPN").build());
        send(h, FeedEvents.agreement("a2").on("2024-06-01").kind("alliance_treaty").participants("USA", "KOR").build());
        completeThrough(h, LocalDate.of(2024, 4, 9));   // 100 days behind

        assertThat(scopeDocs(h)).hasSize(ScopeNetworkFunction.DAYS_PER_SLICE);
        long now = 0;
        for (int pass = 0; pass < 10 && scopeDocs(h).size() < 100; pass++) {
            h.setProcessingTime(++now);   // each slice schedules the next one right away, between two checkpoint barriers
        }
        assertThat(scopeDocs(h)).hasSize(100);
        assertThat(scopeDocs(h).get(99).at("/secweb/day").asText()).isEqualTo("2024-04-09");
    }

    @Test
    void aLateEventRestatesEveryDayItAffectsWithTheNextRevision() throws Exception {
        var h = harness(30);
        send(h, FeedEvents.agreement("a1").on("2024-03-01").kind("alliance_treaty").participants("USA", "JPN").build());
        completeThrough(h, LocalDate.of(2024, 3, 10));
        h.getOutput().clear();

        send(h, FeedEvents.agreement("a2").on("2024-03-06").kind("access_agreement").participants("JPN", "AUS").build());
        assertThat(scopeDocs(h)).as("restated together at the next live tick").isEmpty();
        h.setProcessingTime(1_000);

        List<JsonNode> restated = scopeDocs(h);
        assertThat(restated).extracting(d -> d.at("/secweb/day").asText())
                .containsExactly("2024-03-06", "2024-03-07", "2024-03-08", "2024-03-09", "2024-03-10");
        assertThat(restated).allSatisfy(d -> {
            assertThat(d.at("/secweb/revision").asInt()).isEqualTo(1);
            assertThat(d.at("/secweb/values/ties").asDouble()).isEqualTo(2.0);
        });
    }

    @Test
    void aRetractedEventRestatesTheDaysItsEarlierRevisionCountedIn() throws Exception {
        var h = harness(30);
        send(h, FeedEvents.agreement("a1").on("2024-03-01").kind("alliance_treaty").participants("USA", "JPN").build());
        FeedEvent incident = FeedEvents.coercion("co-1").on("2024-03-05").severity(4).participants("CHN", "PHL").build();
        send(h, incident);
        completeThrough(h, LocalDate.of(2024, 3, 10));
        assertThat(scopeDocs(h).get(9).at("/secweb/values/coercion_total").asDouble()).isPositive();
        h.getOutput().clear();

        // the source withdraws the incident
        send(h, FeedEvents.from(incident).nextRevision().retracted().build());
        h.setProcessingTime(1_000);

        List<JsonNode> restated = scopeDocs(h);
        assertThat(restated).extracting(d -> d.at("/secweb/day").asText())
                .containsExactly("2024-03-05", "2024-03-06", "2024-03-07", "2024-03-08", "2024-03-09", "2024-03-10");
        assertThat(restated).allSatisfy(d -> {
            assertThat(d.at("/secweb/revision").asInt()).isEqualTo(1);
            assertThat(d.at("/secweb/values/coercion_total").asDouble()).isZero();
        });
    }

    @Test
    void anOldEventArrivingAfterNewerOnesFillsEveryDayNeverWritten() throws Exception {
        var h = harness(30);
        send(h, FeedEvents.agreement("a1").on("2024-01-10").kind("alliance_treaty").participants("USA", "JPN").build());
        completeThrough(h, LocalDate.of(2024, 1, 12));
        h.getOutput().clear();

        // pressure from 2022 that has faded by 2023, arriving after 2024 was computed
        send(h, FeedEvents.coercion("c-old").on("2022-01-01").severity(3).participants("CHN", "PHL").build());
        h.setProcessingTime(1_000);

        List<JsonNode> filled = scopeDocs(h);
        assertThat(filled).hasSize(739).allSatisfy(d -> assertThat(d.at("/secweb/revision").asInt()).isZero());
        assertThat(filled.get(0).at("/secweb/day").asText()).isEqualTo("2022-01-01");
        assertThat(filled.get(0).at("/secweb/values/coercion_total").asDouble()).isGreaterThan(0.0);
        assertThat(filled.get(738).at("/secweb/day").asText()).isEqualTo("2024-01-09");
    }

    @Test
    void lateEventsArrivingTogetherAreRestatedInOnePass() throws Exception {
        var h = harness(30);
        send(h, FeedEvents.agreement("a1").on("2024-03-01").kind("alliance_treaty").participants("USA", "JPN").build());
        completeThrough(h, LocalDate.of(2024, 3, 10));
        h.getOutput().clear();

        send(h, FeedEvents.agreement("a2").on("2024-03-06").kind("access_agreement").participants("JPN", "AUS").build());
        send(h, FeedEvents.agreement("a3").on("2024-03-04").kind("access_agreement").participants("JPN", "PHL").build());
        h.setProcessingTime(1_000);

        List<JsonNode> restated = scopeDocs(h);
        assertThat(restated).extracting(d -> d.at("/secweb/day").asText())
                .containsExactly("2024-03-04", "2024-03-05", "2024-03-06", "2024-03-07", "2024-03-08", "2024-03-09", "2024-03-10");
        assertThat(restated).allSatisfy(d -> assertThat(d.at("/secweb/revision").asInt()).isEqualTo(1));
        assertThat(restated.get(0).at("/secweb/values/ties").asDouble()).isEqualTo(2.0);
        assertThat(restated.get(2).at("/secweb/values/ties").asDouble()).isEqualTo(3.0);
    }

    @Test
    void theOpenDayIsUpdatedProvisionallyWhileEventsArrive() throws Exception {
        var h = harness(30);
        h.setProcessingTime(0);
        send(h, FeedEvents.agreement("a1").on("2024-05-01").kind("alliance_treaty").participants("USA", "JPN").build());
        send(h, FeedEvents.exercise("x1").on("2024-05-03").until("2024-05-05").scale("large").participants("USA", "JPN", "AUS").build());
        h.setProcessingTime(1_000);

        List<JsonNode> docs = scopeDocs(h);
        assertThat(docs).singleElement().satisfies(d -> {
            assertThat(d.at("/secweb/day").asText()).isEqualTo("2024-05-03");
            assertThat(d.at("/secweb/final").asBoolean()).isFalse();
            assertThat(d.at("/secweb/values/ties").asDouble()).isEqualTo(3.0);
        });
    }

    @Test
    void stateDoesNotGrowWithHistory() throws Exception {
        var h = harness(30);
        LocalDate day = LocalDate.of(2020, 1, 6);
        long sizeAfterTwoYears = 0;
        int week = 0;
        for (; day.isBefore(LocalDate.of(2026, 1, 1)); day = day.plusDays(7), week++) {
            send(h, FeedEvents.exercise("x" + week).on(day).until(day.plusDays(2)).scale("medium")
                    .participants(week % 2 == 0 ? "USA" : "JPN", week % 3 == 0 ? "AUS" : "PHL", "KOR").build());
            completeThrough(h, day.plusDays(6));
            h.getOutput().clear();
            if (day.getYear() == 2022 && sizeAfterTwoYears == 0) {
                sizeAfterTwoYears = stateSize(h);
            }
        }
        long sizeAfterSixYears = stateSize(h);
        // events older than the longest window plus the lateness horizon are gone; what remains covers a fixed span
        assertThat(sizeAfterSixYears).isLessThan((long) (sizeAfterTwoYears * 1.2));
    }

    private static long stateSize(KeyedOneInputStreamOperatorTestHarness<String, ScopedEvent, ElasticsearchDocument> h) throws Exception {
        OperatorSubtaskState s = h.snapshot(1, 1);
        return s.getStateSize();
    }

    @Test
    void restoresFromASnapshotAndCarriesOn() throws Exception {
        var h = harness(30);
        send(h, FeedEvents.agreement("a1").on("2024-01-10").kind("alliance_treaty").participants("USA", "JPN").build());
        completeThrough(h, LocalDate.of(2024, 1, 12));
        OperatorSubtaskState snapshot = h.snapshot(1, 1);
        h.close();

        var restored = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new ScopeNetworkFunction(options(30))),
                ScopedEvent::scope, Types.STRING);
        restored.initializeState(snapshot);
        restored.open();
        send(restored, FeedEvents.agreement("a2").on("2024-01-13").kind("access_agreement").participants("JPN", "AUS").build());
        completeThrough(restored, LocalDate.of(2024, 1, 14));

        List<JsonNode> docs = scopeDocs(restored);
        assertThat(docs).extracting(d -> d.at("/secweb/day").asText()).containsExactly("2024-01-13", "2024-01-14");
        assertThat(docs).allSatisfy(d -> assertThat(d.at("/secweb/values/ties").asDouble()).isEqualTo(2.0));
    }
}
