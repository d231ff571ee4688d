package io.secweb.core.config;

import io.secweb.core.alerts.RuleLoader;
import io.secweb.core.network.model.NetworkConfigLoader;
import io.secweb.core.testing.BrokenCopy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * One broken line in a copy of each shipped file (the main configuration, the network configuration, a rule) is named
 * exactly, {@code file:line: key: message}: what the schema refuses, what the loader's own checks refuse, a key given
 * twice. The line is found by its text, so the shipped files can change around it.
 */
class BrokenShippedFilesTest {
    private static final Path LOCAL = Path.of("../deploy/config/local.yaml");
    private static final Path NETWORK = Path.of("../deploy/config/network.yaml");
    private static final Path RULE = Path.of("../deploy/config/rules/philippines-coercion-high.yaml");

    static Stream<Arguments> brokenLines() {
        return Stream.of(
                arguments("config, schema: a value out of range", LOCAL, "allowed_lateness_days: 365", "allowed_lateness_days: -1", 0,
                        "indicators.allowed_lateness_days", "must be ≥ 0, got -1"),
                arguments("config, schema: a value of the wrong kind", LOCAL, "port: 8080", "port: eighty", 0,
                        "dashboard.port", "must be a whole number, got 'eighty'"),
                arguments("config, schema: an unknown key", LOCAL, "max_in_flight_requests: 2", "max_inflight_requests: 2", 0,
                        "elasticsearch.max_inflight_requests", "unknown key (did you mean max_in_flight_requests?); known keys under "
                                + "elasticsearch: bulk_flush_interval, bulk_max_actions, index_prefix, max_in_flight_requests, "
                                + "retry_initial_backoff, retry_max_backoff, url"),
                arguments("config, check: a backoff shorter than the first", LOCAL, "retry_max_backoff: 10s", "retry_max_backoff: 100ms", 0,
                        "elasticsearch.retry_max_backoff", "retry_max_backoff (100ms) must not be shorter than retry_initial_backoff (200ms)"),
                arguments("config, check: a url without scheme", LOCAL, "url: http://127.0.0.1:9200", "url: 127.0.0.1:9200", 0,
                        "elasticsearch.url", "must look like http://host:9200, got '127.0.0.1:9200'"),
                arguments("config, YAML: a key given twice", LOCAL, "  partitions: 1 ", "  partitions: 1\n  partitions: 2 ", 1,
                        "kafka.partitions", "duplicate key: given twice in the same mapping (first on line %d)"),
                arguments("network, schema: a value of the wrong kind", NETWORK, "window_days: 730                   # zero once the exercise",
                        "window_days: two years             # zero once the exercise", 0,
                        "exercises.window_days", "must be a whole number, got 'two years'"),
                arguments("network, schema: a fraction above 1", NETWORK, "termination_notice_factor: 0.5", "termination_notice_factor: 1.5", 0,
                        "agreements.termination_notice_factor", "must be a number from 0 to 1, got 1.5"),
                arguments("network, schema: a negative dialogue level weight", NETWORK, "two_plus_two: 0.8", "two_plus_two: -0.8", 0,
                        "dialogues.level_weights.two_plus_two", "must be ≥ 0, got -0.8"),
                arguments("network, schema: a zero not-held window", NETWORK, "not_held_window_days: 365", "not_held_window_days: 0", 0,
                        "dialogues.not_held_window_days", "must be a positive number of days, got 0"),
                arguments("network, schema: a blank news dataset", NETWORK, "datasets: [icews, gdelt, cameo]", "datasets: [icews, ' ', cameo]", 0,
                        "news.datasets[1]", "must name a dataset (e.g. icews), got ' '"),
                arguments("network, schema: an unknown dialogue level", NETWORK, "    leaders: 1.0", "    heads_of_state: 1.0", 0,
                        "dialogues.level_weights.heads_of_state", "unknown key; known keys under dialogues.level_weights: "
                                + "leaders, ministers, senior_officials, two_plus_two, working_group"),
                arguments("network, schema: an unknown key", NETWORK, "    hub: USA", "    hubs: USA", 0,
                        "scopes[1].hubs", "unknown key (did you mean hub?); known keys under scopes[1]: "
                                + "countries, description, exclude, hub, name, regions"),
                arguments("network, check: an unknown country", NETWORK, "countries: [AUS, IND, JPN, USA]", "countries: [AUS, IND, JPN, USB]", 0,
                        "scopes[3].countries[3]", "'USB' is not a known ISO-3166 alpha-3 country code (scope 'quad')"),
                arguments("network, check: a hub outside its scope", NETWORK, "    hub: USA", "    hub: CHN", 0,
                        "scopes[1].hub", "hub 'CHN' is not a member of scope 'us-alliance-system'; members: AUS, JPN, KOR, NZL, PHL, THA, USA"),
                arguments("network, YAML: a key given twice", NETWORK, "  half_life_days: 365                # weight halves every year after the exercise",
                        "  half_life_days: 365\n  half_life_days: 200", 1,
                        "exercises.half_life_days", "duplicate key: given twice in the same mapping (first on line %d)"),
                arguments("rule, schema: a value of the wrong kind", RULE, "for: 3", "for: three", 0,
                        "for", "must be a whole number, got 'three'"),
                arguments("rule, schema: an unknown key", RULE, "min_support: 3", "min_suport: 3", 0,
                        "min_suport", "unknown key (did you mean min_support?); known keys at the top level: condition, description, "
                                + "flap, for, id, indicator, labels, min_support, name, scopes, severity"),
                arguments("rule, check: clear beyond fire", RULE, "clear: 1.5", "clear: 3.0", 0,
                        "condition.clear", "must be at most fire (2.5) for a above condition watching for a rise, got 3.0"),
                arguments("rule, YAML: a key given twice", RULE, "severity: critical", "severity: critical\nseverity: info", 1,
                        "severity", "duplicate key: given twice in the same mapping (first on line %d)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLines")
    void isNamedByFileLineAndKey(String what, Path shipped, String text, String replacement, int linesAfter, String key, String message,
                                 @TempDir Path dir) {
        BrokenCopy copy = BrokenCopy.of(shipped, dir, text, replacement);

        assertThatThrownBy(() -> load(copy.file())).hasMessage(copy.problemOn(linesAfter, key, message.formatted(copy.line())));
    }

    private static void load(Path file) {
        switch (file.getFileName().toString()) {
            case "local.yaml" -> ConfigLoader.load(file);
            case "network.yaml" -> NetworkConfigLoader.load(file);
            default -> new RuleLoader().load(file);
        }
    }
}
