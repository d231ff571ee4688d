package io.secweb.jobs.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.alerts.AlertRule;
import io.secweb.core.alerts.AlertState;
import io.secweb.core.alerts.IndicatorReading;
import io.secweb.core.alerts.KafkaDocument;
import io.secweb.core.alerts.Notification;
import io.secweb.core.alerts.RuleChange;
import io.secweb.core.alerts.RuleLoader;
import io.secweb.core.alerts.SinceHistory;
import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.jobs.flink.SecwebFlinkTypes;
import io.secweb.schemas.codec.SecwebJson;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The alerts operator under Flink's test harness: rules from files and the control topic, restatements, snapshot and restore. */
class AlertsFunctionTest {
    private static final LocalDate DAY0 = LocalDate.of(2024, 4, 1);
    private static final String RULE = """
            id: phl-high
            name: PHL coercion high
            scopes: [indo-pacific]
            indicator:
              name: coercion_received
              level: country
              countries: [PHL]
            condition:
              type: above
              fire: %s
              clear: 6
            for: 2
            min_support: 1
            severity: critical
            """;

    private static KeyedBroadcastOperatorTestHarness<String, IndicatorReading, RuleChange, ElasticsearchDocument> harness(List<AlertRule> rules)
            throws Exception {
        SecwebFlinkTypes.register();
        var h = new KeyedBroadcastOperatorTestHarness<>(
                new CoBroadcastWithKeyedOperator<>(new AlertsFunction(new AlertsOptions(rules, "test", true, 365)), List.of(AlertsFunction.RULE_CHANGES)),
                new AlertsPipeline.SeriesKey(), Types.STRING, 1, 1, 0);
        h.setup();
        return h;
    }

    private static IndicatorReading phl(int day, double value, boolean isFinal, int revision) {
        return new IndicatorReading("doc-" + day, "live", "live", "indo-pacific", "country", "PHL", null, null, DAY0.plusDays(day), isFinal,
                revision, Map.of("coercion_received", value), Map.of(), 5,
                List.of(new IndicatorReading.TopEvent("co-1", "coercion", 0.8, "https://example.org/co-1")));
    }

    private static List<String> changes(KeyedBroadcastOperatorTestHarness<String, IndicatorReading, RuleChange, ElasticsearchDocument> h) {
        List<String> out = new ArrayList<>();
        for (ElasticsearchDocument d : h.extractOutputValues()) {
            JsonNode s = readTree(d).path("secweb");
            out.add(s.path("day").asText() + " " + s.path("from").asText() + ">" + s.path("to").asText());
        }
        return out;
    }

    private static JsonNode readTree(ElasticsearchDocument d) {
        try {
            return SecwebJson.mapper().readTree(d.source());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static AlertRule fileRule(String fire) {
        return new RuleLoader().parse(RULE.formatted(fire), "phl.yaml");
    }

    @Test
    void anEpisodeSurvivesSnapshotAndRestore() throws Exception {
        OperatorSubtaskState snapshot;
        try (var h = harness(List.of(fileRule("8")))) {
            h.open();
            h.processElement(phl(0, 9, true, 0), 0);
            h.processElement(phl(1, 9, true, 0), 0);
            assertThat(changes(h)).containsExactly("2024-04-01 OK>PENDING", "2024-04-02 PENDING>FIRING");
            snapshot = h.snapshot(1, 0);
        }
        try (var h = harness(List.of(fileRule("8")))) {
            h.initializeState(snapshot);
            h.open();
            h.processElement(phl(2, 7, true, 0), 0);
            h.processElement(phl(3, 5, true, 0), 0);

            // still firing at 7 (above clear), resolved at 5, in the episode that started before the snapshot
            assertThat(changes(h)).containsExactly("2024-04-04 FIRING>RESOLVED");
            assertThat(readTree(h.extractOutputValues().get(0)).at("/secweb/episode_id").asText())
                    .isEqualTo(io.secweb.core.documents.DocumentIds.sha1("phl-high", "indo-pacific/country/PHL", "2024-04-01"));
        }
    }

    @Test
    void aRestatedDayDoesNotRepeatItsChangeAndOpenDaysAreNotEvaluated() throws Exception {
        try (var h = harness(List.of(fileRule("8")))) {
            h.open();
            h.processElement(phl(0, 9, true, 0), 0);
            h.processElement(phl(1, 8.5, false, 0), 0);
            h.processElement(phl(1, 9, true, 0), 0);
            h.processElement(phl(1, 9.5, true, 1), 0);

            assertThat(changes(h)).containsExactly("2024-04-01 OK>PENDING", "2024-04-02 PENDING>FIRING");
        }
    }

    @Test
    void aRestatedDayThatNoLongerCrossesRetractsTheFiringAndPagesTheRetraction() throws Exception {
        try (var h = harness(List.of(fileRule("8")))) {
            h.open();
            h.processElement(phl(0, 9, true, 0), 0);
            h.processElement(phl(1, 9, true, 0), 0);
            h.processElement(phl(1, 5, true, 1), 0);   // a retracted incident: the day restated below the line
            assertThat(changes(h)).as("held for the rest of its restatement pass").hasSize(2);
            h.setProcessingTime(AlertsFunction.SETTLE_MILLIS);

            // the firing is retracted, and the restated day now ends the pending streak instead
            assertThat(changes(h)).containsExactly("2024-04-01 OK>PENDING", "2024-04-02 PENDING>FIRING", "2024-04-02 FIRING>RETRACTED",
                    "2024-04-02 PENDING>OK");
            JsonNode retraction = readTree(h.extractOutputValues().get(2)).path("secweb");
            JsonNode firing = readTree(h.extractOutputValues().get(1)).path("secweb");
            assertThat(retraction.path("notifies").asBoolean()).isTrue();
            assertThat(retraction.path("episode_id").asText()).isEqualTo(firing.path("episode_id").asText());
            assertThat(retraction.hasNonNull("value")).isFalse();
            assertThat(h.extractOutputValues().get(2).id()).isNotEqualTo(h.extractOutputValues().get(1).id());
            assertThat(h.getSideOutput(AlertsFunction.NOTIFICATIONS)).extracting(r -> r.getValue().status())
                    .containsExactly("FIRING", "RETRACTED");
            assertThat(h.getSideOutput(AlertsFunction.NOTIFICATIONS)).last().satisfies(r -> assertThat(r.getValue().body())
                    .contains("RETRACTED the FIRING of PHL coercion high — indo-pacific/country/PHL on 2024-04-02"));
        }
    }

    @Test
    void aRestatementPassIsAppliedAtOnceWithoutChangesOnTheWay() throws Exception {
        try (var h = harness(List.of(fileRule("8")))) {
            h.open();
            for (int d = 0; d <= 5; d++) {
                h.processElement(phl(d, d <= 3 ? 9 : 5, true, 0), 0);   // PENDING, FIRING on day 1, RESOLVED on day 4
            }
            assertThat(changes(h)).containsExactly("2024-04-01 OK>PENDING", "2024-04-02 PENDING>FIRING", "2024-04-05 FIRING>RESOLVED",
                    "2024-04-06 RESOLVED>OK");
            h.getOutput().clear();

            // the incident behind days 0-1 is withdrawn: the pass restates days 0..5, then a new day follows
            for (int d = 0; d <= 5; d++) {
                h.processElement(phl(d, d <= 1 ? 5 : d <= 3 ? 9 : 5, true, 1), 0);
            }
            h.processElement(phl(6, 5, true, 0), 0);
            assertThat(changes(h)).as("nothing before the pass settles").isEmpty();
            h.setProcessingTime(AlertsFunction.SETTLE_MILLIS);

            // one net result: the old episode's changes retracted, the episode as it now stands (from day 2, firing on
            // day 3, resolved on day 4) published once
            assertThat(changes(h)).containsExactly("2024-04-02 FIRING>RETRACTED", "2024-04-05 RESOLVED>RETRACTED", "2024-04-03 OK>PENDING",
                    "2024-04-04 PENDING>FIRING", "2024-04-05 FIRING>RESOLVED", "2024-04-06 RESOLVED>OK");
            assertThat(h.getSideOutput(AlertsFunction.NOTIFICATIONS)).extracting(r -> r.getValue().status())
                    .containsExactly("FIRING", "RESOLVED", "RETRACTED", "RETRACTED", "FIRING", "RESOLVED");
        }
    }

    @Test
    void aRuleChangedThroughTheControlTopicAppliesFromTheNextReading() throws Exception {
        try (var h = harness(List.of(fileRule("8")))) {
            h.open();
            h.processElement(phl(0, 7, true, 0), 0);
            h.processBroadcastElement(new RuleChange("phl-high", RULE.formatted("6.5"), "rules", 0, 0, 0), 0);
            h.processElement(phl(1, 7, true, 0), 0);
            h.processElement(phl(2, 7, true, 0), 0);

            assertThat(changes(h)).containsExactly("2024-04-02 OK>PENDING", "2024-04-03 PENDING>FIRING");
        }
    }

    @Test
    void aDeletedRuleStopsAndAnInvalidChangeIsDeadLetteredAndChangesNothing() throws Exception {
        try (var h = harness(List.of(fileRule("8")))) {
            h.open();
            h.processBroadcastElement(new RuleChange("phl-high", "id: phl-high\nname: x\n", "rules", 0, 0, 0), 0);
            h.processElement(phl(0, 9, true, 0), 0);
            h.processBroadcastElement(new RuleChange("phl-high", "", "rules", 0, 1, 0), 0);
            h.processElement(phl(1, 9, true, 0), 0);

            assertThat(changes(h)).containsExactly("2024-04-01 OK>PENDING");
            assertThat(h.getSideOutput(AlertsFunction.DEAD_LETTERS)).singleElement()
                    .satisfies(r -> assertThat(r.getValue().source()).contains("invalid_alert_rule").contains("condition"));
        }
    }

    private static IndicatorReading jpnPhl(LocalDate day, double exerciseWeight) {
        return new IndicatorReading("doc-" + day, "live", "live", "indo-pacific", "dyad", null, "JPN", "PHL", day, true, 0,
                Map.of("exercise_weight", exerciseWeight), Map.of(), 5, List.of());
    }

    @Test
    void highestSinceOnADyadUsesTheSeriesOwnHistoryOnceItCoversTheYears() throws Exception {
        AlertRule rule = new RuleLoader().parse("""
                id: jpn-phl-record
                name: JPN-PHL exercises highest in 3 years
                scopes: [indo-pacific]
                indicator: {name: exercise_weight, level: dyad, countries: [PHL, JPN]}
                condition: {type: highest_since, years: 3, clear: 0.5}
                severity: info
                """, "jpn-phl.yaml");
        try (var h = harness(List.of(rule))) {
            h.open();
            h.processElement(jpnPhl(LocalDate.of(2016, 6, 1), 3.0), 0);   // a record, but not 3 years seen yet
            h.processElement(jpnPhl(LocalDate.of(2018, 6, 1), 5.0), 0);   // still not 3 years seen
            h.processElement(jpnPhl(LocalDate.of(2019, 6, 1), 4.0), 0);   // 3 years seen; lower than 2018
            h.processElement(jpnPhl(LocalDate.of(2022, 6, 1), 4.5), 0);   // highest since 2018 only: 4 years back
            h.processElement(jpnPhl(LocalDate.of(2024, 6, 1), 8.4), 0);   // highest ever
            h.processElement(jpnPhl(LocalDate.of(2024, 7, 1), 8.1), 0);   // within 0.5 of the peak
            h.processElement(jpnPhl(LocalDate.of(2024, 8, 1), 7.8), 0);   // 0.6 below the peak

            // fires on the first value higher than anything in the 3 years before it, stays firing through the 2024 record,
            // and resolves once the value is 0.5 below the episode's peak (8.4)
            assertThat(changes(h)).containsExactly("2022-06-01 OK>FIRING", "2024-08-01 FIRING>RESOLVED");
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {IndicatorReading.class, AlertState.class, SinceHistory.class, RuleChange.class, KafkaDocument.class, Notification.class})
    void contractIsSerialisedWithoutKryo(Class<?> type) {
        SecwebFlinkTypes.register();
        TypeInformation<?> info = TypeInformation.of(type);
        assertThat(info).isNotInstanceOf(GenericTypeInfo.class);
        SerializerConfigImpl config = new SerializerConfigImpl();
        config.setGenericTypes(false);
        assertThat(info.createSerializer(config)).isNotNull();
    }
}
