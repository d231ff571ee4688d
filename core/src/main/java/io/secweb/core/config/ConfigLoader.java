package io.secweb.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads and validates a secweb YAML configuration file, with errors that name the file, line and key. */
public final class ConfigLoader {
    private static final Set<String> STARTING_OFFSETS = Set.of("earliest", "latest", "committed");
    private static final Set<String> GUARANTEES = Set.of("exactly_once", "at_least_once");

    private ConfigLoader() {}

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
        return YAMLMapper.builder(new YAMLFactory())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // java.time first, then our own Duration reader ("500ms", "10s") on top of it
                .addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .addModule(durations)
                .build();
    }

    public static SecwebConfig load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file " + file + " does not exist");
        } catch (IOException e) {
            throw new ConfigException("config file " + file + " cannot be read: " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    public static SecwebConfig parse(String yaml, String name) {
        SecwebConfig config;
        try {
            boolean onlyComments = yaml.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"));
            config = onlyComments ? SecwebConfig.defaults() : mapper().readValue(yaml, SecwebConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(lineOfKey(name, yaml, e) + "unknown key '" + e.getPropertyName() + "'" + under(e)
                    + "; known keys there: " + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        } catch (InvalidFormatException e) {
            throw new ConfigException(where(name, e) + "'" + e.getValue() + "' is not a valid value for " + keyPath(e)
                    + expectation(e.getTargetType()));
        } catch (MismatchedInputException e) {
            throw new ConfigException(where(name, e) + "wrong kind of value for " + keyPath(e) + expectation(e.getTargetType()));
        } catch (JsonProcessingException e) {
            throw new ConfigException(where(name, e) + "not valid YAML: " + e.getOriginalMessage());
        }
        if (config == null) {
            config = SecwebConfig.defaults();
        }
        validate(config, name);
        return config;
    }

    public static void validate(SecwebConfig c, String name) {
        String prefix = "config " + name + ": ";
        if (c.kafka().bootstrapServers().isBlank()) {
            throw new ConfigException(prefix + "kafka.bootstrap_servers must not be empty");
        }
        if (!STARTING_OFFSETS.contains(c.kafka().startingOffsets())) {
            throw new ConfigException(prefix + "kafka.starting_offsets must be one of " + STARTING_OFFSETS + ", got '" + c.kafka().startingOffsets() + "'");
        }
        if (!GUARANTEES.contains(c.kafka().deliveryGuarantee())) {
            throw new ConfigException(prefix + "kafka.delivery_guarantee must be one of " + GUARANTEES + ", got '" + c.kafka().deliveryGuarantee() + "'");
        }
        if (c.kafka().partitions() < 1) {
            throw new ConfigException(prefix + "kafka.partitions must be at least 1, got " + c.kafka().partitions());
        }
        try {
            URI u = URI.create(c.elasticsearch().url());
            if (u.getHost() == null || !List.of("http", "https").contains(u.getScheme())) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigException(prefix + "elasticsearch.url must look like http://host:9200, got '" + c.elasticsearch().url() + "'");
        }
        if (!c.elasticsearch().indexPrefix().matches("[a-z0-9][a-z0-9_.-]*")) {
            throw new ConfigException(prefix + "elasticsearch.index_prefix must be lower-case letters, digits, '-', '_' or '.', got '"
                    + c.elasticsearch().indexPrefix() + "'");
        }
        if (c.elasticsearch().bulkMaxActions() < 1 || c.elasticsearch().maxInFlightRequests() < 1) {
            throw new ConfigException(prefix + "elasticsearch.bulk_max_actions and max_in_flight_requests must be at least 1");
        }
        if (c.elasticsearch().retryMaxBackoff().compareTo(c.elasticsearch().retryInitialBackoff()) < 0) {
            throw new ConfigException(prefix + "elasticsearch.retry_max_backoff must not be shorter than retry_initial_backoff");
        }
        SecwebConfig.Webhook w = c.alerts().webhook();
        for (String url : w.urls()) {
            try {
                URI u = URI.create(url);
                if (u.getHost() == null || !List.of("http", "https").contains(u.getScheme())) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw new ConfigException(prefix + "alerts.webhook.urls: '" + url + "' is not an http(s) url like https://hooks.example.org/secweb");
            }
        }
        if (w.maxAttempts() < 1) {
            throw new ConfigException(prefix + "alerts.webhook.max_attempts must be at least 1, got " + w.maxAttempts());
        }
        if (w.maxBackoff().compareTo(w.initialBackoff()) < 0) {
            throw new ConfigException(prefix + "alerts.webhook.max_backoff must not be shorter than initial_backoff");
        }
        if (c.indicators().allowedLatenessDays() < 0 || c.indicators().relativeTolerance() < 0) {
            throw new ConfigException(prefix + "indicators.allowed_lateness_days and relative_tolerance must not be negative");
        }
        if (!Set.of("live", "replay").contains(c.run().mode())) {
            throw new ConfigException(prefix + "run.mode must be live or replay, got '" + c.run().mode() + "'");
        }
        if (c.dashboard().port() < 0 || c.dashboard().port() > 65535) {
            throw new ConfigException(prefix + "dashboard.port must be between 0 and 65535, got " + c.dashboard().port());
        }
        if (c.dashboard().bindAddress().isBlank()) {
            throw new ConfigException(prefix + "dashboard.bind_address must not be empty");
        }
        if (c.dashboard().pollInterval().compareTo(Duration.ofMillis(200)) < 0) {
            throw new ConfigException(prefix + "dashboard.poll_interval must be at least 200ms, got " + c.dashboard().pollInterval());
        }
        if (c.dashboard().maxResults() < 1 || c.dashboard().maxResults() > 10_000) {
            throw new ConfigException(prefix + "dashboard.max_results must be between 1 and 10000, got " + c.dashboard().maxResults());
        }
        if (c.ingest().maxDaysInFuture() < 0) {
            throw new ConfigException(prefix + "ingest.max_days_in_future must not be negative, got " + c.ingest().maxDaysInFuture());
        }
    }

    /**
     * The YAML parser reports the position after the unknown key's value; find the key's own line instead: the first
     * line declaring it after the line of its parent key.
     */
    private static String lineOfKey(String name, String yaml, JsonMappingException e) {
        List<String> lines = yaml.lines().toList();
        int from = 0;
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() == null) {
                continue;
            }
            String key = r.getFieldName();
            for (int i = from; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.startsWith(key + ":") || l.startsWith("\"" + key + "\":")) {
                    from = i;
                    break;
                }
            }
        }
        return "config " + name + ", line " + (from + 1) + ": ";
    }

    private static String where(String name, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return "config " + name + (loc != null && loc.getLineNr() > 0 ? ", line " + loc.getLineNr() : "") + ": ";
    }

    private static String keyPath(JsonMappingException e) {
        return "'" + e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")) + "'";
    }

    private static String under(JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        if (path.size() <= 1) {
            return " at the top level";
        }
        return " under '" + path.subList(0, path.size() - 1).stream().map(JsonMappingException.Reference::getFieldName)
                .collect(Collectors.joining(".")) + "'";
    }

    private static String expectation(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type == Duration.class) {
            return " (expected a duration such as 500ms, 10s, 2m)";
        }
        if (type == Integer.class || type == int.class) {
            return " (expected a whole number)";
        }
        if (type == java.time.LocalDate.class) {
            return " (expected a date such as 2000-01-01)";
        }
        if (type == String.class) {
            return " (expected text)";
        }
        return " (expected " + type.getSimpleName() + ")";
    }
}
