package io.secweb.dashboard;

import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.testing.FeedEvents;
import io.secweb.dashboard.testing.SampleStack;
import io.secweb.schemas.SecwebNames;
import io.secweb.schemas.codec.SecwebJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-only API over the sample feed, processed by the real ingest and indicators jobs into a real node: answers are
 * checked against the documents in Elasticsearch and the feed file, bad parameters get a 400 with a message, writes a 405.
 */
@ExtendWith(SampleStack.class)
class DashboardApiIT {
    private static final String SCOPE = SampleStack.SCOPE;
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(SampleStack.get().url() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> r = send("GET", path);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return SecwebJson.readTree(r.body());
    }

    private JsonNode error(String path, int status) throws Exception {
        HttpResponse<String> r = send("GET", path);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(status);
        JsonNode e = SecwebJson.readTree(r.body());
        assertThat(e.path("status").asInt()).isEqualTo(status);
        return e;
    }

    /** The indicator documents in the node, read directly (not through the API). */
    private List<JsonNode> indicatorDocuments(String level, String day) throws IOException {
        var client = SampleStack.get().elasticsearch().sync();
        var r = client.search(s -> s.index(SecwebNames.alias(SampleStack.get().indexPrefix(), SecwebNames.INDICATORS)).size(10_000)
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("secweb.scope").value(SCOPE)))
                        .filter(f -> f.term(t -> t.field("secweb.level").value(level)))
                        .filter(f -> f.range(g -> g.date(d -> d.field("secweb.day").lte(day)))))), JsonNode.class);
        List<JsonNode> out = new ArrayList<>();
        for (Hit<JsonNode> h : r.hits().hits()) {
            out.add(h.source());
        }
        return out;
    }

    private static List<JsonNode> sampleEvents() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : FeedEvents.sample()) {
            out.add(SecwebJson.readTree(l));
        }
        return out;
    }

    @Test
    void listsTheConfiguredScopesWithTheDaysComputed() throws Exception {
        JsonNode scopes = json("/api/scopes");
        assertThat(scopes).extracting(s -> s.path("name").asText()).containsExactly(SCOPE, "quad");
        JsonNode alliance = scopes.get(0);
        assertThat(alliance.path("hub").asText()).isEqualTo("USA");
        assertThat(alliance.path("first_day").asText()).isEqualTo(SampleStack.FIRST_DAY);
        // the last event of the sample feed is the Japan-Philippines RAA, 2024-07-08
        assertThat(alliance.path("last_day").asText()).isGreaterThanOrEqualTo("2024-07-08");
        assertThat(alliance.path("members")).extracting(JsonNode::asText).containsExactly("AUS", "JPN", "KOR", "NZL", "PHL", "THA", "USA");
    }

    @Test
    void aSeriesHasOnePointPerDayWithItsValuesAndBaselines() throws Exception {
        JsonNode series = json("/api/indicators?scope=" + SCOPE + "&from=2024-01-01&to=2024-06-30&names=density,spoke_to_spoke_share");

        assertThat(series.path("step").asText()).isEqualTo("day");
        JsonNode points = series.path("points");
        assertThat(points).hasSize(182);   // 2024 is a leap year: 31+29+31+30+31+30
        assertThat(points.get(0).path("day").asText()).isEqualTo("2024-01-01");
        assertThat(points).allSatisfy(p -> {
            assertThat(p.path("values").path("density").isNumber()).isTrue();
            assertThat(p.path("values").path("spoke_to_spoke_share").isNumber()).isTrue();
            assertThat(p.path("values").has("modularity")).as("only the names asked for").isFalse();
        });
        assertThat(points).anySatisfy(p -> assertThat(p.at("/baselines/spoke_to_spoke_share/change_52w_pct").isNumber()).isTrue());
    }

    @Test
    void aLongSeriesComesWeeklyWithTheLastDayOfEachWeek() throws Exception {
        JsonNode series = json("/api/indicators?scope=" + SCOPE);
        assertThat(series.path("step").asText()).isEqualTo("week");
        assertThat(series.path("from").asText()).isEqualTo(SampleStack.FIRST_DAY);
        assertThat(series.path("names")).extracting(JsonNode::asText).containsAll(List.of("density", "spoke_to_spoke_share"));
        List<String> days = new ArrayList<>();
        series.path("points").forEach(p -> days.add(p.path("day").asText()));
        assertThat(days).isSorted().doesNotHaveDuplicates().hasSizeGreaterThan(180);
        // ISO weeks end on Sundays: every point but the newest is a Sunday
        assertThat(days.subList(0, days.size() - 1)).allSatisfy(d -> assertThat(java.time.LocalDate.parse(d).getDayOfWeek())
                .isEqualTo(java.time.DayOfWeek.SUNDAY));
    }

    @Test
    void theSnapshotIsTheScopeDocumentOfTheLatestDayOnOrBeforeTheAsOfDay() throws Exception {
        JsonNode snap = json("/api/snapshot?scope=" + SCOPE + "&as_of=2024-06-30");
        JsonNode doc = indicatorDocuments("scope", "2024-06-30").stream()
                .filter(d -> d.at("/secweb/day").asText().equals("2024-06-30")).findFirst().orElseThrow();

        assertThat(snap.path("day").asText()).isEqualTo("2024-06-30");
        assertThat(snap.path("values")).isEqualTo(doc.at("/secweb/values"));
        assertThat(snap.path("baselines")).isEqualTo(doc.at("/secweb/baselines"));
        assertThat(snap.at("/provenance/top_events")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.path("url").asText()).startsWith("https://"));
    }

    @Test
    void theNetworkHasEveryMemberAndTheTiesOfTheLatestDyadDocuments() throws Exception {
        JsonNode net = json("/api/network?scope=" + SCOPE + "&as_of=2024-06-30");

        Set<String> nodes = new HashSet<>();
        net.path("nodes").forEach(n -> nodes.add(n.path("id").asText()));
        // every member, and China as an outside state coercing the Philippines (Second Thomas Shoal, 2024-06-17)
        assertThat(nodes).containsExactlyInAnyOrder("USA", "JPN", "KOR", "AUS", "PHL", "THA", "NZL", "CHN");
        assertThat(net.path("nodes")).filteredOn(n -> n.path("hub").asBoolean()).extracting(n -> n.path("id").asText())
                .containsExactly("USA");

        // each edge is the weight of the latest dyad document of its pair on or before the day
        List<JsonNode> dyads = indicatorDocuments("dyad", "2024-06-30");
        JsonNode edge = null;
        for (JsonNode e : net.path("edges")) {
            if (e.path("dyad").asText().equals("PHL|USA") && e.path("layer").asText().equals("agreement")) {
                edge = e;
            }
        }
        assertThat(edge).as("the EDCA tie").isNotNull();
        JsonNode latest = dyads.stream().filter(d -> d.at("/secweb/dyad/key").asText().equals("PHL|USA"))
                .max(java.util.Comparator.comparing(d -> d.at("/secweb/day").asText())).orElseThrow();
        assertThat(edge.path("weight").asDouble()).isEqualTo(latest.at("/secweb/values/agreement_weight").asDouble());
        assertThat(net.path("edges")).anySatisfy(e -> {
            assertThat(e.path("source").asText()).isEqualTo("CHN");
            assertThat(e.path("target").asText()).isEqualTo("PHL");
            assertThat(e.path("layer").asText()).isEqualTo("coercion");
            assertThat(e.path("directed").asBoolean()).isTrue();
        });
    }

    @Test
    void beforeAnyTieTheMembersAreStillThereAsIsolatedNodes() throws Exception {
        JsonNode net = json("/api/network?scope=quad&as_of=" + SampleStack.FIRST_DAY);
        assertThat(net.path("nodes")).extracting(n -> n.path("id").asText()).containsExactlyInAnyOrder("AUS", "IND", "JPN", "USA");
    }

    @Test
    void countriesAndACountrysSeries() throws Exception {
        JsonNode rows = json("/api/countries?scope=" + SCOPE + "&as_of=2024-06-30");
        assertThat(rows).extracting(r -> r.path("country").asText()).containsExactly("AUS", "JPN", "KOR", "NZL", "PHL", "THA", "USA");
        JsonNode phl = rows.get(4);
        assertThat(phl.path("name").asText()).isEqualTo("Philippines");
        assertThat(phl.at("/values/coercion_received").asDouble()).isPositive();

        JsonNode detail = json("/api/country?scope=" + SCOPE + "&country=phl&from=2024-01-01&to=2024-06-30");
        assertThat(detail.path("country").asText()).isEqualTo("PHL");
        assertThat(detail.path("points")).isNotEmpty().allSatisfy(p -> assertThat(p.path("day").asText()).isBetween("2024-01-01", "2024-06-30"));
        assertThat(detail.at("/latest/values")).isEqualTo(phl.path("values"));
    }

    @Test
    void dyadsOfACountry() throws Exception {
        JsonNode rows = json("/api/dyads?scope=" + SCOPE + "&as_of=2024-06-30&country=PHL");
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.path("key").asText()).contains("PHL"));
        assertThat(rows).extracting(r -> r.path("key").asText()).contains("CHN|PHL", "PHL|USA");
    }

    @Test
    void eventsAreFilteredByTypeCountryAndDates() throws Exception {
        JsonNode page = json("/api/events?type=coercion&country=PHL&limit=100");
        long expected = sampleEvents().stream().filter(e -> e.path("type").asText().equals("coercion")
                && e.path("participants").toString().contains("\"PHL\"")).count();
        assertThat(page.path("total").asLong()).isEqualTo(expected).isPositive();
        assertThat(page.path("events")).allSatisfy(e -> {
            assertThat(e.path("type").asText()).isEqualTo("coercion");
            assertThat(e.path("countries").toString()).contains("PHL");
            assertThat(e.path("source_url").asText()).startsWith("https://");
        });
        List<String> starts = new ArrayList<>();
        page.path("events").forEach(e -> starts.add(e.path("start").asText()));
        assertThat(starts).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        JsonNode in2022 = json("/api/events?from=2022-01-01&to=2022-12-31&limit=100");
        assertThat(in2022.path("events")).isNotEmpty().allSatisfy(e -> assertThat(e.path("start").asText()).startsWith("2022-"));
    }

    @Test
    void eventsOfAPairAreThoseBothTakePartIn() throws Exception {
        JsonNode page = json("/api/events?country=JPN,PHL&to=2024-06-30&limit=100");
        long expected = sampleEvents().stream().filter(e -> e.path("start").asText().compareTo("2024-06-30") <= 0
                && e.path("participants").toString().contains("\"JPN\"") && e.path("participants").toString().contains("\"PHL\"")).count();
        assertThat(page.path("total").asLong()).isEqualTo(expected).isPositive();
        assertThat(page.path("events")).allSatisfy(e -> assertThat(e.path("countries").toString()).contains("JPN", "PHL"));
    }

    @Test
    void eventsAreFoundByTextAndById() throws Exception {
        JsonNode byText = json("/api/events?q=Balikatan");
        assertThat(byText.path("events")).extracting(e -> e.path("id").asText()).contains("ex-balikatan-2023", "ex-balikatan-2024");
        JsonNode byId = json("/api/events?ids=ag-usa-phl-edca-2014,co-second-thomas-2024-06-17");
        assertThat(byId.path("events")).extracting(e -> e.path("id").asText())
                .containsExactlyInAnyOrder("ag-usa-phl-edca-2014", "co-second-thomas-2024-06-17");
    }

    @Test
    void alertsAreTheAlertsJobsStateChangesNewestFirst() throws Exception {
        JsonNode page = json("/api/alerts?scope=" + SCOPE + "&limit=500");
        List<String> ids = new ArrayList<>();
        List<String> days = new ArrayList<>();
        page.path("alerts").forEach(a -> {
            ids.add(a.path("id").asText());
            days.add(a.path("day").asText());
        });
        List<String> expected = new ArrayList<>(SampleStack.get().alertIds("dashboard-test-philippines-coercion"));
        expected.addAll(SampleStack.get().alertIds("dashboard-test-alliance-coercion-ratio"));
        assertThat(ids).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(days).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(page.path("alerts")).allSatisfy(a -> {
            assertThat(a.path("scope").asText()).isEqualTo(SCOPE);
            assertThat(a.path("to").asText()).isIn("PENDING", "FIRING", "RESOLVED", "FLAPPING", "OK");
            assertThat(a.path("episode_id").asText()).isNotBlank();
            assertThat(a.path("condition").asText()).as("both test rules compare the value with a level").isEqualTo("above");
            assertThat(a.path("measured").asDouble()).isEqualTo(a.path("value").asDouble());
        });

        JsonNode notifying = json("/api/alerts?scope=" + SCOPE + "&notifying=true&limit=500");
        assertThat(notifying.path("alerts")).isNotEmpty().allSatisfy(a -> assertThat(a.path("to").asText()).isIn("FIRING", "RESOLVED"));
        assertThat(json("/api/alerts?scope=quad").path("alerts")).isEmpty();
    }

    @Test
    void aBadDateIsRefusedWithA400NamingTheParameter() throws Exception {
        JsonNode e = error("/api/snapshot?scope=" + SCOPE + "&as_of=2024-13-01", 400);
        assertThat(e.path("error").asText()).isEqualTo("bad_request");
        assertThat(e.path("message").asText()).contains("as_of").contains("2024-13-01").contains("yyyy-mm-dd");
    }

    @Test
    void anUnknownScopeIsRefusedListingTheKnownOnes() throws Exception {
        JsonNode e = error("/api/network?scope=atlantis", 400);
        assertThat(e.path("message").asText()).contains("unknown scope 'atlantis'").contains(SCOPE).contains("quad");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/indicators?scope=us-alliance-system&names=density,not_an_indicator",
            "/api/indicators?scope=us-alliance-system&from=2024-06-01&to=2024-01-01",
            "/api/indicators?scope=us-alliance-system&step=decade",
            "/api/indicators?scope=us-alliance-system&step=day&from=2000-01-01&to=2024-01-01",
            "/api/network?scope=us-alliance-system&asof=2024-01-01",
            "/api/network?scope=us-alliance-system&scope=quad",
            "/api/network",
            "/api/country?scope=us-alliance-system&country=CHN",
            "/api/country?scope=us-alliance-system&country=Philippines",
            "/api/events?country=XYZ",
            "/api/events?country=JPN,PHL,USA",
            "/api/events?limit=0",
            "/api/events?type=parade",
            "/api/events?ids=a%20b"})
    void badParametersAreRefusedWithAMessage(String path) throws Exception {
        JsonNode e = error(path, 400);
        assertThat(e.path("message").asText()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void theApiAcceptsNoWrites(String method) throws Exception {
        for (String path : List.of("/api/events", "/api/scopes", "/", "/api/nowhere")) {
            HttpResponse<String> r = send(method, path);
            assertThat(r.statusCode()).as(method + " " + path).isEqualTo(405);
            assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
            assertThat(r.body()).contains("read-only");
        }
    }

    @Test
    void headAnswersLikeGetWithoutABody() throws Exception {
        HttpResponse<String> r = send("HEAD", "/api/scopes");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().firstValueAsLong("Content-Length").orElse(0)).isPositive();
    }

    @Test
    void anUnknownEndpointIsA404ListingTheEndpoints() throws Exception {
        JsonNode e = error("/api/nowhere", 404);
        assertThat(e.path("message").asText()).contains("/api/network", "/api/events");
    }

    @Test
    void servesThePageAndItsLibraryFromItself() throws Exception {
        HttpResponse<String> page = send("GET", "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"/vendor/echarts.min.js\"");
        // the browser is told to load nothing from anywhere else
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'self'");
        assertThat(page.body()).doesNotContain("http://", "https://");

        HttpResponse<String> lib = send("GET", "/vendor/echarts.min.js");
        assertThat(lib.statusCode()).isEqualTo(200);
        assertThat(lib.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(lib.body()).contains("echarts");
        assertThat(send("GET", "/static/../DashboardServer.class").statusCode()).isEqualTo(404);
    }

    @Test
    void listensOnLoopbackByDefault() {
        assertThat(SampleStack.get().config().dashboard().bindAddress()).isEqualTo("127.0.0.1");
        assertThat(SampleStack.get().url()).startsWith("http://127.0.0.1:");
    }
}
