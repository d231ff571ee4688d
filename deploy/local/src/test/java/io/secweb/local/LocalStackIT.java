package io.secweb.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secweb.core.config.ConfigLoader;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.feed.FeedInput;
import io.secweb.core.feed.ReplayRecord;
import io.secweb.core.testing.FeedEvents;
import io.secweb.jobs.replay.Replayer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a newcomer gets from {@code ./secweb local}: the stack started as the launcher starts it (real broker, real
 * Elasticsearch node, Flink MiniCluster with the three jobs, the dashboard) on free ports, publishing the curated
 * feed. The whole feed must reach Elasticsearch, the indicators and the shipped alert rules must follow, the dashboard
 * must serve that history, and an event published afterwards must show up.
 */
@Tag("local-stack")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackIT {
    private static final Path FEED = Path.of("deploy/local/feeds/curated-2000-2026.jsonl");
    private static final Duration PUBLISHING = Duration.ofMinutes(3);
    private static final Duration CATCHING_UP = Duration.ofMinutes(8);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static LocalStack stack;
    private static LocalStackOptions options;
    private static SecwebConfig config;
    private static int feedSize;

    @BeforeAll
    static void startTheStackAsTheLauncherDoes() throws Exception {
        options = new LocalStackOptions(freePort(), freePort(), null, freePort(), LocalStackOptions.DEFAULT_CONFIG,
                FEED, null, false, freePort());
        config = ConfigLoader.load(options.config());
        feedSize = FeedInput.load(List.of(FEED), FeedInput.CANONICAL, null, null).records().size();
        stack = new LocalStack();
        stack.start(options, config);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    @Order(1)
    void publishesTheWholeCuratedFeedIntoElasticsearch() throws Exception {
        assertThat(feedSize).isGreaterThan(400);

        long events = awaitCount("secweb-events", feedSize, PUBLISHING);

        assertThat(events).isEqualTo(feedSize);
        assertThat(esCount("secweb-deadletter")).as("the curated feed is valid").isZero();
    }

    @Test
    @Order(2)
    void theShippedRulesRaiseThePhilippinesCoercionAlertOnceTheIndicatorsCatchUp() throws Exception {
        JsonNode firing = await("the philippines-coercion-high FIRING change", () -> {
            JsonNode page = api("/api/alerts?scope=indo-pacific&notifying=true&limit=500");
            for (JsonNode a : page.path("alerts")) {
                if (a.path("rule_id").asText().equals("philippines-coercion-high") && a.path("to").asText().equals("FIRING")) {
                    return a;
                }
            }
            return null;
        }, CATCHING_UP);

        assertThat(firing.path("day").asText()).startsWith("2024-");
        assertThat(firing.path("top_events")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.path("url").asText()).startsWith("http"));
    }

    @Test
    @Order(3)
    void theDashboardServesTheFeedsHistory() throws Exception {
        JsonNode history = api("/api/indicators?scope=indo-pacific&names=density");
        List<String> days = new ArrayList<>();
        List<Double> density = new ArrayList<>();
        history.path("points").forEach(p -> {
            days.add(p.path("day").asText());
            density.add(p.path("values").path("density").asDouble(Double.NaN));
        });

        assertThat(history.path("from").asText()).isEqualTo("2000-01-01");
        assertThat(history.path("step").asText()).as("26 years are drawn by month").isEqualTo("month");
        assertThat(days).isSorted().hasSizeGreaterThan(12 * 24);
        assertThat(days.get(0)).startsWith("2000-");
        assertThat(days.get(days.size() - 1)).isGreaterThan("2024-");
        assertThat(density).doesNotContain(Double.NaN);
        assertThat(density.get(density.size() - 1)).as("the web thickened since 2000").isGreaterThan(5 * density.get(12));

        JsonNode network = api("/api/network?scope=indo-pacific&as_of=2024-06-01");
        assertThat(network.path("nodes").size()).isGreaterThan(20);
        assertThat(network.path("edges").size()).isGreaterThan(50);

        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(dashboard("/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("secweb");
    }

    @Test
    @Order(4)
    void anEventPublishedWhileTheStackRunsAppearsInTheDashboard() throws Exception {
        String line = FeedEvents.exercise("ex-local-stack-it").on("2026-11-02").until("2026-11-04").participants("JPN", "PHL").tags("it")
                .source("LocalStackIT", "https://example.org/local-stack-it", "it", null).name("LocalStackIT exercise").series("IT")
                .scale("small").location("Luzon Strait").json();
        Path file = Files.createTempFile("local-stack-it-", ".jsonl");
        Files.writeString(file, line);
        List<ReplayRecord> records = FeedInput.load(List.of(file), FeedInput.CANONICAL, null, null).records();
        Replayer.publish("127.0.0.1:" + options.kafkaPort(), config.topics(), records, 0, (n, day) -> { });

        JsonNode event = await("the new event in /api/events", () -> {
            JsonNode page = api("/api/events?ids=ex-local-stack-it");
            return page.path("events").size() == 1 ? page.path("events").get(0) : null;
        }, Duration.ofMinutes(1));

        assertThat(event.path("source_url").asText()).isEqualTo("https://example.org/local-stack-it");
        assertThat(esCount("secweb-events")).isEqualTo(feedSize + 1);
    }

    // --- helpers ---

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static URI dashboard(String path) {
        return URI.create("http://127.0.0.1:" + options.dashboardPort() + path);
    }

    private static JsonNode api(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(dashboard(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static long esCount(String alias) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + options.esPort() + "/" + alias
                + "/_count")).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 ? JSON.readTree(r.body()).path("count").asLong() : 0;
    }

    private static long awaitCount(String alias, long atLeast, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long n;
        while ((n = esCount(alias)) < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(alias + " holds " + n + " documents after " + timeout + ", expected " + atLeast);
            }
            Thread.sleep(1000);
        }
        return n;
    }

    @FunctionalInterface
    private interface Probe<T> {
        T get() throws Exception;
    }

    private static <T> T await(String what, Probe<T> probe, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(1000);
        }
    }
}
