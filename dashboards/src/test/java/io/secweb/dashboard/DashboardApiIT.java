package io.secweb.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.dashboard.testing.SampleStack;
import io.secweb.schemas.codec.SecwebJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The API over the sample feed, processed by the real ingest and indicators jobs into a real node. */
@ExtendWith(SampleStack.class)
class DashboardApiIT {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(SampleStack.get().url() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
        return SecwebJson.readTree(r.body());
    }

    @Test
    void listsTheConfiguredScopesWithTheDaysComputed() throws Exception {
        JsonNode scopes = json("/api/scopes");
        JsonNode alliance = null;
        for (JsonNode s : scopes) {
            if (s.path("name").asText().equals(SampleStack.SCOPE)) {
                alliance = s;
            }
        }
        assertThat(alliance).isNotNull();
        assertThat(alliance.path("hub").asText()).isEqualTo("USA");
        assertThat(alliance.path("first_day").asText()).isEqualTo(SampleStack.FIRST_DAY);
        assertThat(alliance.path("last_day").asText()).isGreaterThanOrEqualTo("2024-07-08");
        assertThat(alliance.path("members").toString()).contains("JPN", "PHL", "KOR", "AUS");
    }

    @Test
    void print() throws Exception {
        System.out.println(get("/api/snapshot?scope=us-alliance-system&as_of=2024-06-30").body());
        System.out.println(get("/api/network?scope=us-alliance-system&as_of=2024-06-30").body());
        System.out.println(get("/api/indicators?scope=us-alliance-system&names=density,spoke_to_spoke_share").body().substring(0, 2000));
        System.out.println(get("/api/events?country=PHL&limit=3").body());
        System.out.println(get("/api/alerts").body());
    }
}
