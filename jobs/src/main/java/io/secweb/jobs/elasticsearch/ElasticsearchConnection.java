package io.secweb.jobs.elasticsearch;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * How to reach Elasticsearch: url, timeouts and optional credentials. Credentials come from the environment
 * ({@code SECWEB_ES_API_KEY}, or {@code SECWEB_ES_USERNAME} and {@code SECWEB_ES_PASSWORD}), never from code or
 * configuration files, and are never logged ({@link #toString()} hides them).
 */
public record ElasticsearchConnection(URI url, Duration connectTimeout, Duration responseTimeout,
                                      String username, String password, String apiKey) implements Serializable {

    public static ElasticsearchConnection of(String url) {
        return fromEnvironment(url, System.getenv());
    }

    public static ElasticsearchConnection fromEnvironment(String url, Map<String, String> env) {
        URI uri = URI.create(url);
        if (uri.getScheme() == null || uri.getHost() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            throw new IllegalArgumentException("Elasticsearch url must look like http://host:9200 or https://host:9200, got '" + url + "'");
        }
        return new ElasticsearchConnection(uri, Duration.ofSeconds(5), Duration.ofSeconds(60),
                env.get("SECWEB_ES_USERNAME"), env.get("SECWEB_ES_PASSWORD"), env.get("SECWEB_ES_API_KEY"));
    }

    public ElasticsearchConnection withTimeouts(Duration connect, Duration response) {
        return new ElasticsearchConnection(url, connect, response, username, password, apiKey);
    }

    @Override
    public String toString() {
        return "ElasticsearchConnection[" + url + (apiKey != null ? ", api key" : username != null ? ", user " + username : "") + "]";
    }
}
