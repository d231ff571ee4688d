package io.secweb.core.elasticsearch;


import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import io.secweb.core.config.ConfigException;
import io.secweb.core.config.Secrets;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.net.ssl.SSLException;

/** Builds the official Java client on the Rest5 transport for a {@link ElasticsearchConnection}. Close it when done. */
public final class ElasticsearchClients implements AutoCloseable {
    private final Rest5ClientTransport transport;
    private final ElasticsearchConnection connection;

    public ElasticsearchClients(ElasticsearchConnection connection) {
        this.connection = connection;
        var builder = Rest5Client.builder(connection.url());
        if (connection.caCertificatePem() != null) {
            builder.setSSLContext(TransportUtils.sslContextFromHttpCaCrt(
                    new ByteArrayInputStream(connection.caCertificatePem().getBytes(StandardCharsets.US_ASCII))));
        }
        Rest5Client rest = builder
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

    /**
     * Asks the cluster for its health and fails with a message that says what to fix — credentials, TLS trust or
     * reachability — when it does not answer.
     */
    public void requireAccess() {
        try {
            sync().cluster().health();
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(explain(e, connection));
        }
    }

    /** One line on why a request to Elasticsearch failed, naming the setting to fix. */
    public static String explain(Throwable failure, ElasticsearchConnection connection) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Integer status = BulkFailureClassifier.statusOf(t);
            if (status != null && (status == 401 || status == 403)) {
                return "Elasticsearch at " + connection.url() + " refused " + connection.identity() + " (HTTP " + status
                        + (status == 401 ? ", not authenticated" : ", not authorised") + "): set " + Secrets.ES_USERNAME + " and "
                        + Secrets.ES_PASSWORD + ", or " + Secrets.ES_API_KEY + ", in the environment or the secrets file";
            }
            if (t instanceof SSLException) {
                return "TLS with Elasticsearch at " + connection.url() + " failed: " + (connection.caCertificatePem() == null
                        ? "its certificate is not trusted by the JVM; set " + Secrets.ES_CA_FILE + " to the PEM file of the CA that signed it"
                        : "its certificate is not signed by the CA in " + Secrets.ES_CA_FILE + ", or does not name the host")
                        + " (" + t.getMessage() + ")";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "cannot reach Elasticsearch at " + connection.url() + ": " + root;
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
