package io.secweb.core.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Reads and validates a secweb YAML configuration file: first against schemas/json/config.schema.json (kinds, ranges,
 * unknown keys), then the checks a schema cannot state (urls, one duration against another); every problem reads
 * {@code file:line: key: message}, all of them at once.
 */
public final class ConfigLoader {
    private static final Duration SHORTEST_POLL = Duration.ofMillis(200);

    private ConfigLoader() {}

    /** Built on first use: the schema and the mapper are shared by every load. */
    private static final class Shared {
        static final YamlReader READER = YamlReader.forSchema("config.schema.json").nullsAreAbsent();
        static final ObjectMapper MAPPER = mapper();
    }

    private static ObjectMapper mapper() {
        SimpleModule durations = new SimpleModule().addDeserializer(Duration.class, new JsonDeserializer<>() {
            @Override
            public Duration deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
                try {
                    return Durations.parse(p.getValueAsString());
                } catch (IllegalArgumentException e) {
                    throw InvalidFormatException.from(p, e.getMessage(), p.getValueAsString(), Duration.class);
                }
            }
        });
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // java.time first, then our own Duration reader ("500ms", "10s") on top of it
                .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .addModule(durations)
                .build();
    }

    /** @throws ConfigException when the file is missing, or listing every problem in it */
    public static SecwebConfig load(Path file) {
        return load(Shared.READER.read(file));
    }

    /**
     * @param name how messages name the text (a file name)
     * @throws ConfigException listing every problem, {@code name:line: key: message}
     */
    public static SecwebConfig parse(String yaml, String name) {
        return load(Shared.READER.parse(yaml, name));
    }

    private static SecwebConfig load(YamlDocument document) {
        SecwebConfig config = document.bind(Shared.MAPPER, SecwebConfig.class);
        ConfigProblems problems = document.problems();
        validate(config, problems);
        problems.throwIfAny();
        return config;
    }

    /**
     * The checks of {@link #parse} that a configuration built or changed in code needs again (the command line
     * overrides the Kafka and Elasticsearch addresses).
     *
     * @param source how messages name where the configuration came from ("from the command line")
     */
    public static void validate(SecwebConfig c, String source) {
        ConfigProblems problems = ConfigProblems.of(source);
        validate(c, problems);
        problems.throwIfAny();
    }

    /** What the schema cannot say: text that must not be blank after overrides, urls, durations against each other. */
    private static void validate(SecwebConfig c, ConfigProblems problems) {
        if (c.kafka().bootstrapServers().isBlank()) {
            problems.at("/kafka/bootstrap_servers", "must not be empty");
        }
        if (!isHttpUrl(c.elasticsearch().url())) {
            problems.at("/elasticsearch/url", "must look like http://host:9200, got '" + c.elasticsearch().url() + "'");
        }
        if (c.elasticsearch().retryMaxBackoff().compareTo(c.elasticsearch().retryInitialBackoff()) < 0) {
            problems.atFirstWritten(List.of("/elasticsearch/retry_max_backoff", "/elasticsearch/retry_initial_backoff"),
                    shorter("retry_max_backoff", c.elasticsearch().retryMaxBackoff(), "retry_initial_backoff", c.elasticsearch().retryInitialBackoff()));
        }
        SecwebConfig.Webhook w = c.alerts().webhook();
        for (int i = 0; i < w.urls().size(); i++) {
            if (!isHttpUrl(w.urls().get(i))) {
                problems.at("/alerts/webhook/urls/" + i, "'" + w.urls().get(i) + "' is not an http(s) url like https://hooks.example.org/secweb");
            }
        }
        if (w.maxBackoff().compareTo(w.initialBackoff()) < 0) {
            problems.atFirstWritten(List.of("/alerts/webhook/max_backoff", "/alerts/webhook/initial_backoff"),
                    shorter("max_backoff", w.maxBackoff(), "initial_backoff", w.initialBackoff()));
        }
        if (c.dashboard().pollInterval().compareTo(SHORTEST_POLL) < 0) {
            problems.at("/dashboard/poll_interval", "must be at least " + Durations.format(SHORTEST_POLL) + ", got " + Durations.format(c.dashboard().pollInterval()));
        }
    }

    private static String shorter(String longer, Duration longerValue, String shorter, Duration shorterValue) {
        return longer + " (" + Durations.format(longerValue) + ") must not be shorter than " + shorter + " (" + Durations.format(shorterValue) + ")";
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI u = URI.create(url);
            return u.getHost() != null && List.of("http", "https").contains(u.getScheme());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
