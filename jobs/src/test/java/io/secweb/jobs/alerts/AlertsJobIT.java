package io.secweb.jobs.alerts;

import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.secweb.core.config.ConfigLoader;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.testing.FeedEvents;
import io.secweb.infra.testing.Await;
import io.secweb.infra.testing.RealInfrastructure;
import io.secweb.infra.testing.TestNames;
import io.secweb.jobs.config.FlinkSettings;
import io.secweb.jobs.connectors.Connectors;
import io.secweb.jobs.indicators.IndicatorsJob;
import io.secweb.jobs.replay.FeedPublisher;
import io.secweb.jobs.setup.StackSetup;
import io.secweb.jobs.testing.Elastic;
import io.secweb.jobs.testing.KafkaTopics;
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
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicators job and the alerts job running together on the real broker and node: a coercion incident against
 * the Philippines makes the indicators job write decaying coercion_received documents, the alerts job's rule (from a
 * file) fires and resolves, and a webhook receiver that fails its first attempts hears exactly one FIRING and one
 * RESOLVED. Then the rule is changed through the control topic and a weaker incident fires under the new threshold,
 * without restarting the job.
 */
@ExtendWith(RealInfrastructure.class)
class AlertsJobIT {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(4).build());

    private static final String RULE = """
            id: phl-coercion
            name: Coercion pressure on the Philippines
            scopes: [alliance]
            indicator:
              name: coercion_received
              level: country
              countries: [PHL]
            condition:
              type: above
              fire: %s
              clear: %s
            for: %d
            min_support: 1
            severity: critical
            labels:
              team: maritime
            """;

    /** Severity 4 (0.8) on 2024-04-01, halving every 10 days: fires on day 1 (for 2), resolves below 0.3 on day 15. */
    private static final List<FeedEvent> FIRST = List.of(
            FeedEvents.agreement("ag-usa-phl").on("2024-01-01").kind("alliance_treaty").participants("USA", "PHL").build(),
            FeedEvents.agreement("ag-usa-jpn").on("2024-01-01").kind("alliance_treaty").participants("USA", "JPN").build(),
            FeedEvents.coercion("co-1").on("2024-04-01").severity(4).participants("CHN", "PHL").build(),
            FeedEvents.exercise("ex-1").on("2024-06-01").until("2024-06-02").scale("medium").participants("USA", "JPN").build());
    /** Severity 2 (0.4): below the file rule's 0.5, above the changed rule's 0.35. */
    private static final List<FeedEvent> SECOND = List.of(
            FeedEvents.coercion("co-2").on("2024-07-01").severity(2).participants("CHN", "PHL").build(),
            FeedEvents.exercise("ex-2").on("2024-09-01").until("2024-09-02").scale("medium").participants("USA", "JPN").build());

    @TempDir
    Path dir;
    private String name;
    private SecwebConfig config;
    private Elastic elastic;
    private HttpServer receiver;
    private final List<JsonNode> received = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger attempts = new AtomicInteger();
    private final List<JobClient> jobs = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        name = TestNames.unique("alerts");
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            // the receiver is down for the first two attempts
            int status = attempts.incrementAndGet() <= 2 ? 503 : 204;
            if (status == 204) {
                received.add(SecwebJson.mapper().readTree(new String(body, StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();

        Path network = dir.resolve("network.yaml");
        Files.writeString(network, """
                coercion:
                  half_life_days: 10
                  window_days: 60
                scopes:
                  - name: alliance
                    description: a small hub-and-spoke system for the test
                    countries: [USA, JPN, PHL]
                    hub: USA
                """);
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("phl.yaml"), RULE.formatted("0.5", "0.3", 2));
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
                  consumer_group: %1$s-indicators
                  out_of_orderness: 1d
                  idleness: 2s
                alerts:
                  rules: %3$s
                  consumer_group: %1$s-alerts
                  webhook:
                    urls: [http://127.0.0.1:%4$d/hook]
                    max_attempts: 5
                    initial_backoff: 100ms
                    max_backoff: 1s
                flink:
                  execution.checkpointing.interval: 1 s
                  restart-strategy.type: none
                  parallelism.default: "1"
                """.formatted(name, network, rules, receiver.getAddress().getPort()), "test")
                .withKafka(RealInfrastructure.kafka().bootstrapServers())
                .withElasticsearchUrl(RealInfrastructure.elasticsearch().url());
        elastic = new Elastic();
        StackSetup.createTopics(config.kafka().bootstrapServers(), config.topics(), 1);
        StackSetup.installTemplates(elastic.client(), name);
    }

    @AfterEach
    void tearDown() throws Exception {
        for (JobClient j : jobs) {
            j.cancel().get();
        }
        receiver.stop(0);
        StackSetup.deleteIndices(elastic.client(), name);
        elastic.close();
    }

    @Test
    void anEpisodeFiresAndResolvesOnceEverywhereAndARuleChangedAtRunTimeTakesEffect() throws Exception {
        start();
        publish(FIRST);

        awaitOrExplain("the episode resolved", () -> changes("phl-coercion").contains("FIRING>RESOLVED"));
        assertThat(changes("phl-coercion")).startsWith("OK>PENDING", "PENDING>FIRING", "FIRING>RESOLVED");
        JsonNode firing = alert("phl-coercion", "FIRING");
        assertThat(firing.at("/secweb/day").asText()).isEqualTo("2024-04-02");
        assertThat(firing.at("/secweb/series").asText()).isEqualTo("alliance/country/PHL");
        assertThat(firing.at("/secweb/value").asDouble()).isBetween(0.5, 0.8);
        assertThat(firing.at("/secweb/threshold").asDouble()).isEqualTo(0.5);
        assertThat(firing.at("/secweb/top_events/0/url").asText()).startsWith("https://");
        assertThat(firing.at("/labels/team").asText()).isEqualTo("maritime");
        JsonNode resolved = alert("phl-coercion", "RESOLVED");
        // 0.8 halving every 10 days falls below 0.3 after 14.2 days
        assertThat(resolved.at("/secweb/day").asText()).isEqualTo("2024-04-16");
        assertThat(resolved.at("/secweb/value").asDouble()).isLessThan(0.3);
        assertThat(resolved.at("/secweb/episode_id").asText()).isEqualTo(firing.at("/secweb/episode_id").asText());

        // the webhook: exactly one FIRING and one RESOLVED for the episode, although the receiver refused two attempts
        Await.until("both notifications delivered", Duration.ofSeconds(30), () -> received.size() >= 2);
        assertThat(received).extracting(m -> m.path("status").asText()).containsExactly("FIRING", "RESOLVED");
        assertThat(received).extracting(m -> m.at("/alert/secweb/episode_id").asText()).containsOnly(firing.at("/secweb/episode_id").asText());
        assertThat(attempts.get()).isEqualTo(4);

        // every alert document is on Kafka too, keyed by series
        int inElasticsearch = elastic.all(alerts()).size();
        Await.until("the alert documents on Kafka", Duration.ofSeconds(30),
                () -> KafkaTopics.readAll(config.kafka().bootstrapServers(), config.topics().alerts()).size() == inElasticsearch);

        // change the rule through the control topic (lower threshold, at once), then an invalid one as a marker
        try (FeedPublisher p = new FeedPublisher(config.kafka().bootstrapServers(), config.topics())) {
            p.publishRaw(config.topics().alertRules(), "phl-coercion", RULE.formatted("0.35", "0.2", 1));
            p.publishRaw(config.topics().alertRules(), "broken", "id: broken\nname: no condition\n");
        }
        Await.until("the invalid rule dead-lettered", Duration.ofSeconds(60), () -> deadLetters("invalid_alert_rule") == 1);
        JsonNode invalid = elastic.all(SecwebNames.alias(name, SecwebNames.DEADLETTER)).get(0).source();
        assertThat(invalid.at("/error/message").asText()).contains("condition");
        publish(SECOND);

        Await.until("the weaker incident fired under the changed rule", Duration.ofSeconds(120),
                () -> alerts("phl-coercion", "FIRING").size() == 2);
        JsonNode second = alerts("phl-coercion", "FIRING").stream().filter(a -> a.at("/secweb/day").asText().equals("2024-07-01"))
                .findFirst().orElseThrow();
        assertThat(second.at("/secweb/rule/fire").asDouble()).isEqualTo(0.35);
        assertThat(second.at("/secweb/value").asDouble()).isEqualTo(0.4);
        Await.until("its notification delivered", Duration.ofSeconds(30), () -> received.size() >= 3);
        assertThat(received.get(2).path("status").asText()).isEqualTo("FIRING");
        assertThat(received.get(2).at("/alert/secweb/day").asText()).isEqualTo("2024-07-01");
    }

    @Test
    void aRetractedIncidentRetractsItsEpisodeOnceEverywhere() throws Exception {
        // on the scope's coercion total: scope documents are written for every day, restated ones included
        Files.writeString(dir.resolve("rules").resolve("total.yaml"), """
                id: alliance-coercion
                name: Coercion on the alliance
                scopes: [alliance]
                indicator: coercion_total
                condition:
                  type: above
                  fire: 0.5
                  clear: 0.3
                for: 2
                severity: warning
                """);
        start();
        publish(FIRST);
        awaitOrExplain("the episode resolved", () -> changes("alliance-coercion").contains("FIRING>RESOLVED"));
        String episode = alert("alliance-coercion", "FIRING").at("/secweb/episode_id").asText();

        // the source withdraws the incident: revision 2, retracted; the indicators restate the days it was counted in
        FeedEvent incident = FIRST.get(2);
        publish(List.of(FeedEvents.from(incident).nextRevision().retracted().build()));

        awaitOrExplain("the episode retracted", () -> alerts("alliance-coercion", "RETRACTED").size() >= 2);
        Thread.sleep(2 * AlertsFunction.SETTLE_MILLIS);   // room for anything more the restatement might still raise
        // the restatement pass is applied at once: the episode's two changes are retracted and nothing is raised on the way
        assertThat(alerts("alliance-coercion", "RETRACTED")).extracting(a -> a.at("/secweb/from").asText() + " " + a.at("/secweb/day").asText())
                .as("all changes: %s", changes("alliance-coercion")).containsExactlyInAnyOrder("FIRING 2024-04-02", "RESOLVED 2024-04-16");
        assertThat(alerts("alliance-coercion", "RETRACTED")).allSatisfy(a -> {
            assertThat(a.at("/secweb/episode_id").asText()).isEqualTo(episode);
            assertThat(a.at("/secweb/notifies").asBoolean()).isTrue();
        });
        assertThat(alerts("alliance-coercion", "FIRING")).hasSize(1);
        assertThat(standing("alliance-coercion")).isEmpty();
        Await.until("the retractions paged", Duration.ofSeconds(30), () -> paged("alliance-coercion").size() == 4,
                () -> "paged: " + paged("alliance-coercion"));
        assertThat(paged("alliance-coercion")).containsExactly("FIRING", "RESOLVED", "RETRACTED", "RETRACTED");
        int inElasticsearch = elastic.all(alerts()).size();
        Await.until("the retractions on Kafka too", Duration.ofSeconds(30),
                () -> KafkaTopics.readAll(config.kafka().bootstrapServers(), config.topics().alerts()).size() == inElasticsearch);
    }

    private List<String> paged(String rule) {
        synchronized (received) {
            return received.stream().filter(m -> m.at("/alert/secweb/rule/id").asText().equals(rule)).map(m -> m.path("status").asText()).toList();
        }
    }

    /** FIRING and RESOLVED changes of the rule that no RETRACTED change names (episode, day, status). */
    private List<String> standing(String rule) {
        List<JsonNode> all = elastic.all(alerts()).stream().map(Hit::source).filter(s -> s.at("/secweb/rule/id").asText().equals(rule)).toList();
        java.util.Set<String> retracted = new java.util.HashSet<>();
        all.stream().filter(s -> s.at("/secweb/to").asText().equals("RETRACTED")).forEach(s -> retracted.add(
                s.at("/secweb/episode_id").asText() + " " + s.at("/secweb/day").asText() + " " + s.at("/secweb/from").asText()));
        return all.stream().filter(s -> s.at("/secweb/to").asText().matches("FIRING|RESOLVED"))
                .map(s -> s.at("/secweb/episode_id").asText() + " " + s.at("/secweb/day").asText() + " " + s.at("/secweb/to").asText())
                .filter(k -> !retracted.contains(k)).sorted().toList();
    }

    @Test
    void anUnreadableIndicatorRecordGoesToTheDeadLettersAndTheJobGoesOn() throws Exception {
        start();
        try (FeedPublisher p = new FeedPublisher(config.kafka().bootstrapServers(), config.topics())) {
            p.publishRaw(config.topics().indicators(), "x", "{\"secweb\": {\"level\": \"galaxy\"}}");
        }
        publish(FIRST);

        awaitOrExplain("the episode fired", () -> changes("phl-coercion").contains("PENDING>FIRING"));
        Await.until("the bad record dead-lettered", Duration.ofSeconds(30), () -> deadLetters("malformed_indicator") == 1);
        JsonNode dl = elastic.all(SecwebNames.alias(name, SecwebNames.DEADLETTER)).get(0).source();
        assertThat(dl.at("/error/message").asText()).contains("secweb.level must be one of");
        assertThat(dl.at("/secweb/deadletter/origin/topic").asText()).isEqualTo(config.topics().indicators());
    }

    /** Waits up to two minutes; on timeout says what the pipeline had produced, to tell a dead job from a wrong rule. */
    private void awaitOrExplain(String what, java.util.function.Supplier<Boolean> condition) {
        try {
            Await.until(what, Duration.ofSeconds(120), condition);
        } catch (AssertionError e) {
            long phl = elastic.all(SecwebNames.alias(name, SecwebNames.INDICATORS)).stream()
                    .filter(h -> "PHL".equals(h.source().at("/secweb/country").asText())).count();
            throw new AssertionError(e.getMessage() + "; indicator documents: " + elastic.count(SecwebNames.alias(name, SecwebNames.INDICATORS))
                    + " (PHL: " + phl + "), on Kafka: " + KafkaTopics.readAll(config.kafka().bootstrapServers(), config.topics().indicators()).size()
                    + ", alert changes: " + changes("phl-coercion") + ", dead letters: " + elastic.count(SecwebNames.alias(name, SecwebNames.DEADLETTER))
                    + ", jobs: " + jobs.stream().map(j -> j.getJobStatus().join().toString()).toList(), e);
        }
    }

    private void start() throws Exception {
        StreamExecutionEnvironment indicators = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(config));
        IndicatorsJob.define(indicators, config, Connectors.Reading.CONTINUOUSLY);
        jobs.add(indicators.executeAsync("indicators-" + name));
        StreamExecutionEnvironment alerts = StreamExecutionEnvironment.getExecutionEnvironment(FlinkSettings.from(config));
        AlertsJob.define(alerts, config, AlertsJob.rules(config), Connectors.Reading.CONTINUOUSLY);
        jobs.add(alerts.executeAsync("alerts-" + name));
    }

    private void publish(List<FeedEvent> events) {
        try (FeedPublisher p = new FeedPublisher(config.kafka().bootstrapServers(), config.topics())) {
            for (FeedEvent e : events) {
                p.publishRaw(config.topics().events(), e.id(), SecwebJson.write(e));
            }
        }
    }

    private String alerts() {
        return SecwebNames.alias(name, SecwebNames.ALERTS);
    }

    /** The rule's changes in event-time order, as "FROM>TO". */
    private List<String> changes(String rule) {
        return elastic.all(alerts()).stream().map(Hit::source)
                .filter(s -> s.at("/secweb/rule/id").asText().equals(rule))
                .sorted((a, b) -> a.at("/secweb/day").asText().compareTo(b.at("/secweb/day").asText()))
                .map(s -> s.at("/secweb/from").asText() + ">" + s.at("/secweb/to").asText()).toList();
    }

    private List<JsonNode> alerts(String rule, String to) {
        return elastic.all(alerts()).stream().map(Hit::source)
                .filter(s -> s.at("/secweb/rule/id").asText().equals(rule) && s.at("/secweb/to").asText().equals(to)).toList();
    }

    private JsonNode alert(String rule, String to) {
        List<JsonNode> found = alerts(rule, to);
        assertThat(found).as("%s changes to %s", rule, to).hasSize(1);
        return found.get(0);
    }

    private long deadLetters(String reason) {
        return elastic.all(SecwebNames.alias(name, SecwebNames.DEADLETTER)).stream()
                .filter(h -> h.source().at("/error/code").asText().equals(reason)).count();
    }
}
