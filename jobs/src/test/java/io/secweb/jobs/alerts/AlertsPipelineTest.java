package io.secweb.jobs.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.alerts.AlertRule;
import io.secweb.core.alerts.KafkaDocument;
import io.secweb.core.alerts.RuleChange;
import io.secweb.core.alerts.RuleLoader;
import io.secweb.core.alerts.WebhookOptions;
import io.secweb.core.config.Backoff;
import io.secweb.core.documents.DocumentIds;
import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.core.documents.IndicatorDocument;
import io.secweb.jobs.testing.CollectingSink;
import io.secweb.jobs.testing.TestJobs;
import io.secweb.schemas.codec.SecwebJson;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole alerts pipeline on a MiniCluster, through {@link AlertsPipeline#build}: indicator documents as the
 * indicators job writes them to Kafka, as a bounded in-memory source, and collecting sinks in place of Elasticsearch,
 * Kafka and the dead letters.
 */
class AlertsPipelineTest {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final LocalDate DAY0 = LocalDate.of(2024, 4, 1);
    private static final String SERIES = "alliance/country/PHL";
    /** Fires above 0.5 held for two days, clears only below 0.3. */
    private static final String RULE_TEXT = """
            id: phl-coercion
            name: Coercion pressure on the Philippines
            scopes: [alliance]
            indicator: {name: coercion_received, level: country, countries: [PHL]}
            condition: {type: above, fire: 0.5, clear: 0.3}
            for: 2
            min_support: 1
            severity: critical
            """;
    private static final AlertRule RULE = new RuleLoader().parse(RULE_TEXT, "phl.yaml");

    private final List<KafkaDocument> input = new ArrayList<>();

    /** What the sinks received, in order. */
    private record Run(List<ElasticsearchDocument> alerts, List<ElasticsearchDocument> kafka, List<ElasticsearchDocument> deadLetters) {
        List<JsonNode> changes() {
            return alerts.stream().map(d -> SecwebJson.read(d.source(), JsonNode.class).path("secweb")).toList();
        }

        /** "day FROM>TO" of every change, in order. */
        List<String> transitions() {
            return changes().stream().map(s -> s.path("day").asText() + " " + s.path("from").asText() + ">" + s.path("to").asText()).toList();
        }

        JsonNode change(String day, String to) {
            return changes().stream().filter(s -> s.path("day").asText().equals(day) && s.path("to").asText().equals(to)).findFirst()
                    .orElseThrow(() -> new AssertionError("no change to " + to + " on " + day + " in " + transitions()));
        }
    }

    /** The indicators job's country document of {@code country} on day {@code day} (after DAY0), as read from Kafka. */
    private void reading(String country, int day, double coercionReceived, boolean isFinal) {
        LocalDate d = DAY0.plusDays(day);
        IndicatorDocument doc = new IndicatorDocument(d, new IndicatorDocument.Ecs("metric", "secweb.indicators"),
                new IndicatorDocument.Body("country", "alliance", "USA", d, isFinal, 0, country, null,
                        new TreeMap<>(Map.of("coercion_received", coercionReceived)), null, null, null,
                        new IndicatorDocument.Provenance(Map.of("coercion", 1),
                                List.of(new IndicatorDocument.TopEvent("co-1", "coercion", 0.8, "https://example.org/co-1")), "1",
                                IndicatorDocument.Run.live())));
        record(DocumentIds.sha1(country, d.toString()), SecwebJson.write(doc));
    }

    private void record(String documentId, String payload) {
        input.add(new KafkaDocument("secweb.indicators", 0, input.size(), 1_700_000_000_000L + input.size(), documentId, payload));
    }

    private Run run(List<RuleChange> ruleChanges) throws Exception {
        StreamExecutionEnvironment env = TestJobs.environment();
        String name = "alerts-" + System.nanoTime();
        CollectingSink<ElasticsearchDocument> alerts = CollectingSink.named(name + "-es");
        CollectingSink<ElasticsearchDocument> kafka = CollectingSink.named(name + "-kafka");
        CollectingSink<ElasticsearchDocument> deadLetters = CollectingSink.named(name + "-dead-letters");
        AlertsPipeline.build(env.fromData(input, TypeInformation.of(KafkaDocument.class)),
                env.fromData(ruleChanges, TypeInformation.of(RuleChange.class)), new AlertsSinks(alerts, kafka, deadLetters),
                new AlertsOptions(List.of(RULE), "test", false, 30),
                new WebhookOptions(List.of(), 1, new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1)), Duration.ofSeconds(1)));
        env.execute(name);
        return new Run(alerts.received(), kafka.received(), deadLetters.received());
    }

    @Test
    void readingsAcrossTheThresholdGiveEpisodesThatFireAndResolveWithHysteresis() throws Exception {
        double[] phl = {0.2, 0.6, 0.7, 0.45, 0.35, 0.25, 0.2, 0.6, 0.2, 0.8, 0.9};
        for (int d = 0; d < phl.length; d++) {
            reading("PHL", d, phl[d], true);
            reading("JPN", d, 0.9, true);   // a series no rule watches
        }
        reading("PHL", phl.length, 0.1, false);   // the open day: not evaluated until final

        Run run = run(List.of(new RuleChange("phl-coercion", "id: phl-coercion\nname: no condition\n", "secweb.alert-rules", 0, 0, 0)));

        assertThat(run.transitions()).containsExactly(
                "2024-04-02 OK>PENDING",
                "2024-04-03 PENDING>FIRING",       // above 0.5 on two days
                "2024-04-06 FIRING>RESOLVED",      // 0.45 and 0.35 keep it firing: it clears only below 0.3
                "2024-04-07 RESOLVED>OK",
                "2024-04-08 OK>PENDING",
                "2024-04-09 PENDING>OK",           // a one-day blip never fires
                "2024-04-10 OK>PENDING",
                "2024-04-11 PENDING>FIRING");
        JsonNode firing = run.change("2024-04-03", "FIRING");
        JsonNode resolved = run.change("2024-04-06", "RESOLVED");
        JsonNode again = run.change("2024-04-11", "FIRING");
        assertThat(firing.path("episode_id").asText()).isEqualTo(DocumentIds.sha1("phl-coercion", SERIES, "2024-04-02"))
                .isEqualTo(resolved.path("episode_id").asText());
        assertThat(again.path("episode_id").asText()).isEqualTo(DocumentIds.sha1("phl-coercion", SERIES, "2024-04-10"));
        assertThat(firing.path("series").asText()).isEqualTo(SERIES);
        assertThat(firing.path("value").asDouble()).isEqualTo(0.7);
        assertThat(firing.path("threshold").asDouble()).isEqualTo(0.5);
        assertThat(resolved.path("value").asDouble()).isEqualTo(0.25);
        assertThat(firing.at("/top_events/0/url").asText()).isEqualTo("https://example.org/co-1");

        // every change once, under a deterministic id, on Kafka as in Elasticsearch; the invalid rule change dead-lettered
        assertThat(run.alerts()).extracting(ElasticsearchDocument::id).doesNotHaveDuplicates();
        assertThat(run.kafka()).isEqualTo(run.alerts());
        assertThat(run.deadLetters()).singleElement()
                .satisfies(d -> assertThat(d.source()).contains("invalid_alert_rule").contains("condition"));
    }

    @Test
    void anUnreadableIndicatorRecordIsDeadLetteredAndTheRestIsEvaluated() throws Exception {
        record("broken", "{\"secweb\": {\"level\": \"galaxy\"}}");
        reading("PHL", 0, 0.9, true);
        reading("PHL", 1, 0.9, true);

        // the control topic holds the same rule (when it arrives does not matter)
        Run run = run(List.of(new RuleChange("phl-coercion", RULE_TEXT, "secweb.alert-rules", 0, 0, 0)));

        assertThat(run.transitions()).containsExactly("2024-04-01 OK>PENDING", "2024-04-02 PENDING>FIRING");
        assertThat(run.deadLetters()).singleElement().satisfies(d -> assertThat(d.source())
                .contains("malformed_indicator").contains("secweb.level must be one of"));
    }
}
