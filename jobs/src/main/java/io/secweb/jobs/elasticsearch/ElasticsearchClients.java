package io.secweb.jobs.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Builds the official Java client on the Rest5 transport for a {@link ElasticsearchConnection}. Close it when done. */
public final class ElasticsearchClients implements AutoCloseable {
    private final Rest5ClientTransport transport;

    public ElasticsearchClients(ElasticsearchConnection connection) {
        Rest5Client rest = Rest5Client.builder(connection.url())
                .setDefaultHeaders(authHeaders(connection))
                .setRequestConfigCallback(rc -> rc
                        .setConnectionRequestTimeout(Timeout.of(connection.responseTimeout()))
                        .setResponseTimeout(Timeout.of(connection.responseTimeout())))
                .setConnectionConfigCallback(cc -> cc
                        .setConnectTimeout(Timeout.of(connection.connectTimeout()))
                        .setSocketTimeout(Timeout.of(connection.responseTimeout())))
                .build();
        this.transport = new Rest5ClientTransport(rest, new JacksonJsonpMapper());
    }

    private static Header[] authHeaders(ElasticsearchConnection c) {
        if (c.apiKey() != null && !c.apiKey().isBlank()) {
            return new Header[] {new BasicHeader("Authorization", "ApiKey " + c.apiKey())};
        }
        if (c.username() != null && c.password() != null) {
            String basic = Base64.getEncoder().encodeToString((c.username() + ":" + c.password()).getBytes(StandardCharsets.UTF_8));
            return new Header[] {new BasicHeader("Authorization", "Basic " + basic)};
        }
        return new Header[0];
    }

    public ElasticsearchClient sync() {
        return new ElasticsearchClient(transport);
    }

    public ElasticsearchAsyncClient async() {
        return new ElasticsearchAsyncClient(transport);
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }
}
