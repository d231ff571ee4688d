package io.secweb.infra;

import io.secweb.infra.testing.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.Socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(RealInfrastructure.class)
class EmbeddedInfrastructureIT {

    @Test
    void theBrokerAcceptsConnectionsAndTheNodeIsHealthy() throws Exception {
        try (Socket s = new Socket("127.0.0.1", RealInfrastructure.kafka().port())) {
            assertTrue(s.isConnected());
        }
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(RealInfrastructure.elasticsearch().url() + "/_cluster/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"status\":\"green\"") || health.body().contains("\"status\":\"yellow\""), health.body());
    }
}
