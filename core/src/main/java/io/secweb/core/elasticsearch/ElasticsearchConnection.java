package io.secweb.core.elasticsearch;

import io.secweb.core.config.ConfigException;
import io.secweb.core.config.Secrets;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * How to reach Elasticsearch: url, timeouts, optional credentials and the CA to trust for https. Credentials and
 * the CA come from {@link Secrets} — the environment ({@code SECWEB_ES_API_KEY}, or {@code SECWEB_ES_USERNAME} and
 * {@code SECWEB_ES_PASSWORD}; {@code SECWEB_ES_CA_FILE}) or the secrets file — never from code or configuration
 * files, and are never logged ({@link #toString()} hides them). The CA travels as PEM text, so that TaskManagers
 * need no file.
 */
public record ElasticsearchConnection(URI url, Duration connectTimeout, Duration responseTimeout,
                                      String username, String password, String apiKey, String caCertificatePem) implements Serializable {

    /** The connection to {@code url} with this process's secrets. */
    public static ElasticsearchConnection of(String url) {
        return of(url, Secrets.fromEnvironment());
    }

    /** With secrets from {@code env} only (no secrets file unless env names one). */
    public static ElasticsearchConnection fromEnvironment(String url, Map<String, String> env) {
        return of(url, Secrets.from(env, null));
    }

    public static ElasticsearchConnection of(String url, Secrets secrets) {
        URI uri = URI.create(url);
        if (uri.getScheme() == null || uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("Elasticsearch url must look like http://host:9200 or https://host:9200, got '" + url + "'");
        }
        String username = secrets.get(Secrets.ES_USERNAME).orElse(null);
        String password = secrets.get(Secrets.ES_PASSWORD).orElse(null);
        if ((username == null) != (password == null)) {
            throw new ConfigException("Elasticsearch basic authentication needs both " + Secrets.ES_USERNAME + " and " + Secrets.ES_PASSWORD
                    + "; only " + (username != null ? secrets.origin(Secrets.ES_USERNAME) : secrets.origin(Secrets.ES_PASSWORD)) + " is set");
        }
        String ca = secrets.pemFile(Secrets.ES_CA_FILE).orElse(null);
        if (ca != null && uri.getScheme().equals("http")) {
            throw new ConfigException(secrets.origin(Secrets.ES_CA_FILE) + " is set but the Elasticsearch url " + url
                    + " is plain http; use https://");
        }
        return new ElasticsearchConnection(uri, Duration.ofSeconds(5), Duration.ofSeconds(60),
                username, password, secrets.get(Secrets.ES_API_KEY).orElse(null), ca);
    }

    public ElasticsearchConnection withTimeouts(Duration connect, Duration response) {
        return new ElasticsearchConnection(url, connect, response, username, password, apiKey, caCertificatePem);
    }

    /** Who connects, for messages: "api key", "user NAME" or "no credentials". */
    public String identity() {
        return apiKey != null ? "an API key" : username != null ? "user '" + username + "'" : "no credentials";
    }

    @Override
    public String toString() {
        return "ElasticsearchConnection[" + url + (apiKey != null ? ", api key ****" : username != null ? ", user " + username + ", password ****" : "")
                + (caCertificatePem != null ? ", own CA" : "") + "]";
    }
}
