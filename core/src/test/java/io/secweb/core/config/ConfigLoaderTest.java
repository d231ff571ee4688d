package io.secweb.core.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {
    /** Tests run in the jobs module; the shipped configuration lives in deploy/config. */
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
                .hasMessageContaining("typo.yaml")
                .hasMessageContaining("'partitons'")
                .hasMessageContaining("under 'kafka'")
                .hasMessageContaining("partitions");
    }

    @Test
    void refusesAnUnknownTopLevelKey() {
        assertThatThrownBy(() -> ConfigLoader.parse("elastic:\n  url: http://es:9200\n", "typo.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'elastic'")
                .hasMessageContaining("at the top level");
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
                .hasMessageContaining("line 3:");
    }

    @Test
    void refusesADurationWithAnUnknownUnit() {
        String yaml = """
                elasticsearch:
                  bulk_flush_interval: 10 parsecs
                """;

        assertThatThrownBy(() -> ConfigLoader.parse(yaml, "bad.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("'10 parsecs'")
                .hasMessageContaining("elasticsearch.bulk_flush_interval")
                .hasMessageContaining("500ms");
    }

    @Test
    void refusesAnUnknownStartingOffset() {
        assertThatThrownBy(() -> ConfigLoader.parse("kafka:\n  starting_offsets: beginning\n", "bad.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("kafka.starting_offsets")
                .hasMessageContaining("'beginning'")
                .hasMessageContaining("earliest");
    }

    @Test
    void refusesAnElasticsearchUrlWithoutScheme() {
        assertThatThrownBy(() -> ConfigLoader.parse("elasticsearch:\n  url: localhost:9200\n", "bad.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("elasticsearch.url")
                .hasMessageContaining("'localhost:9200'");
    }

    @Test
    void refusesAnUpperCaseIndexPrefix() {
        assertThatThrownBy(() -> ConfigLoader.parse("elasticsearch:\n  index_prefix: SecWeb\n", "bad.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("elasticsearch.index_prefix")
                .hasMessageContaining("'SecWeb'");
    }

    @Test
    void refusesTextThatIsNotYaml() {
        String tabIndented = "kafka:\n\tbootstrap_servers: broker:9092\n";

        assertThatThrownBy(() -> ConfigLoader.parse(tabIndented, "tabs.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("tabs.yaml")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void refusesASectionThatIsNotAMapping() {
        assertThatThrownBy(() -> ConfigLoader.parse("kafka: 3\n", "bad.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("'kafka'");
    }
}
