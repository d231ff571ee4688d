package io.secweb.core.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {
    /** Tests run in the core module; the shipped configuration lives in deploy/config. */
    private static final Path LOCAL_YAML = Path.of("../deploy/config/local.yaml");

    @Test
    void theShippedLocalConfigurationLoads() throws IOException {
        SecwebConfig config = ConfigLoader.parse(Files.readString(LOCAL_YAML), "local.yaml");

        assertThat(config.kafka().bootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(config.elasticsearch().bulkFlushInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.elasticsearch().retryMaxBackoff()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.flink()).containsEntry("parallelism.default", "1");
    }

    @Test
    void theShippedLocalConfigurationStatesTheDefaults() throws IOException {
        SecwebConfig config = ConfigLoader.parse(Files.readString(LOCAL_YAML), "local.yaml");
        SecwebConfig defaults = SecwebConfig.defaults();

        assertThat(config.kafka()).isEqualTo(defaults.kafka());
        assertThat(config.elasticsearch()).isEqualTo(defaults.elasticsearch());
        assertThat(config.ingest()).isEqualTo(defaults.ingest());
    }

    @Test
    void emptyTextGivesTheDefaults() {
        assertThat(ConfigLoader.parse("", "empty.yaml")).isEqualTo(SecwebConfig.defaults());
        assertThat(ConfigLoader.parse("  \n\n", "blank.yaml")).isEqualTo(SecwebConfig.defaults());
    }

    @Test
    void aFileWithOnlyCommentsGivesTheDefaults() {
        assertThat(ConfigLoader.parse("# every key commented out\n# kafka:\n#   partitions: 3\n", "commented.yaml"))
                .isEqualTo(SecwebConfig.defaults());
    }

    @Test
    void flinkSettingsAreAnyKeyWithAScalarValueKeptAsText() {
        SecwebConfig config = ConfigLoader.parse("flink:\n  parallelism.default: 2\n  pipeline.object-reuse: true\n", "flink.yaml");

        assertThat(config.flink()).containsEntry("parallelism.default", "2").containsEntry("pipeline.object-reuse", "true");
        assertThatThrownBy(() -> ConfigLoader.parse("flink:\n  parallelism.default: [2]\n", "flink.yaml"))
                .hasMessage("flink.yaml:2: flink.parallelism.default: must be text or a number or true or false, got a list");
    }

    @Test
    void absentKeysTakeTheirDefaults() {
        SecwebConfig config = ConfigLoader.parse("kafka:\n  partitions: 3\n", "partial.yaml");

        assertThat(config.kafka().partitions()).isEqualTo(3);
        assertThat(config.kafka().bootstrapServers()).isEqualTo(SecwebConfig.defaults().kafka().bootstrapServers());
        assertThat(config.elasticsearch()).isEqualTo(SecwebConfig.defaults().elasticsearch());
    }

    @Test
    void refusesAnUnknownKeySayingWhereItWas() {
        String yaml = """
                kafka:
                  bootstrap_servers: broker:9092
                  partitons: 3
                """;

        assertThatThrownBy(() -> ConfigLoader.parse(yaml, "typo.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("typo.yaml:3: kafka.partitons: unknown key (did you mean partitions?); known keys under kafka: bootstrap_servers, "
                        + "consumer_group, delivery_guarantee, partitions, starting_offsets, topic_prefix, transactional_id_prefix");
    }

    @Test
    void refusesAnUnknownTopLevelKey() {
        assertThatThrownBy(() -> ConfigLoader.parse("elastic:\n  url: http://es:9200\n", "typo.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("typo.yaml:1: elastic: unknown key (did you mean elasticsearch?); known keys at the top level: alerts, ");
    }

    @Test
    void namesTheLineOfAnUnknownKey() {
        String yaml = """
                kafka:
                  bootstrap_servers: broker:9092
                  partitons: 3

                elasticsearch:
                  url: http://es:9200
                """;

        assertThatThrownBy(() -> ConfigLoader.parse(yaml, "typo.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("typo.yaml:3: kafka.partitons: unknown key");
    }

    @Test
    void refusesADurationWithAnUnknownUnit() {
        String yaml = """
                elasticsearch:
                  bulk_flush_interval: 10 parsecs
                """;

        assertThatThrownBy(() -> ConfigLoader.parse(yaml, "bad.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("bad.yaml:2: elasticsearch.bulk_flush_interval: must be a duration: a number and a unit ms, s, m, h or d "
                        + "(e.g. 500ms, 10s, 2m), got '10 parsecs'");
    }

    @Test
    void refusesAnUnknownStartingOffset() {
        assertThatThrownBy(() -> ConfigLoader.parse("kafka:\n  starting_offsets: beginning\n", "bad.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("bad.yaml:2: kafka.starting_offsets: must be one of earliest, latest, committed, got 'beginning'");
    }

    @Test
    void refusesADayThatDoesNotExist() {
        assertThatThrownBy(() -> ConfigLoader.parse("indicators:\n  first_day: 2000-13-01\n", "bad.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("bad.yaml:2: indicators.first_day: cannot use this value: Invalid value for MonthOfYear (valid values 1 - 12): 13");
    }

    @Test
    void refusesAnElasticsearchUrlWithoutScheme() {
        assertThatThrownBy(() -> ConfigLoader.parse("elasticsearch:\n  url: localhost:9200\n", "bad.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("bad.yaml:2: elasticsearch.url: must look like http://host:9200, got 'localhost:9200'");
    }

    @Test
    void refusesAnUpperCaseIndexPrefix() {
        assertThatThrownBy(() -> ConfigLoader.parse("elasticsearch:\n  index_prefix: SecWeb\n", "bad.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("bad.yaml:2: elasticsearch.index_prefix: must be lower-case letters, digits, '-', '_' or '.' "
                        + "(it becomes part of index names), got 'SecWeb'");
    }

    @Test
    void refusesTextThatIsNotYaml() {
        String tabIndented = "kafka:\n\tbootstrap_servers: broker:9092\n";

        assertThatThrownBy(() -> ConfigLoader.parse(tabIndented, "tabs.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("tabs.yaml:2: kafka: not valid YAML: found character '\\t(TAB)' that cannot start any token.");
    }

    @Test
    void refusesASectionThatIsNotAMapping() {
        assertThatThrownBy(() -> ConfigLoader.parse("kafka: 3\n", "bad.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("bad.yaml:1: kafka: must be a mapping of keys to values, got 3");
    }

    @Test
    void everyShippedConfigurationFileIsValid() {
        for (String file : List.of("deploy/config/local.yaml", "deploy/config/compose.yaml", "deploy/cluster/jobs.yaml",
                "deploy/k8s/base/secweb.yaml", "deploy/k8s/overlays/dev/secweb.yaml", "deploy/k8s/overlays/prod/secweb.yaml")) {
            assertThat(ConfigLoader.load(Path.of("..", file))).as(file).isNotNull();
        }
    }

    @Test
    void aKeyWithoutAValueKeepsItsDefault() {
        SecwebConfig config = ConfigLoader.parse("kafka:\n  partitions:\ndashboard:\n  # port: 9090\nalerts:\n  rules:\n", "empty-values.yaml");

        assertThat(config).isEqualTo(SecwebConfig.defaults());
    }

    @Test
    void semanticErrorsAreAllReportedWithTheirLines() {
        String yaml = """
                elasticsearch:
                  url: es:9200
                  retry_initial_backoff: 1m
                alerts:
                  webhook:
                    urls:
                      - https://hooks.example.org/secweb
                      - hooks.example.org
                dashboard:
                  poll_interval: 50ms
                """;

        assertThatThrownBy(() -> ConfigLoader.parse(yaml, "many.yaml"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).extracting(ConfigProblem::line).containsExactly(2, 3, 8, 10))
                .hasMessage("""
                        many.yaml:2: elasticsearch.url: must look like http://host:9200, got 'es:9200'
                        many.yaml:3: elasticsearch.retry_initial_backoff: retry_max_backoff (10s) must not be shorter than retry_initial_backoff (1m)
                        many.yaml:8: alerts.webhook.urls[1]: 'hooks.example.org' is not an http(s) url like https://hooks.example.org/secweb
                        many.yaml:10: dashboard.poll_interval: must be at least 200ms, got 50ms""");
    }

    @Test
    void aConfigurationChangedOnTheCommandLineIsCheckedWithoutALine() {
        SecwebConfig overridden = SecwebConfig.defaults().withElasticsearchUrl("es:9200");

        assertThatThrownBy(() -> ConfigLoader.validate(overridden, "from the command line"))
                .hasMessage("from the command line: elasticsearch.url: must look like http://host:9200, got 'es:9200'");
    }
}
