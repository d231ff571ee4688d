package io.secweb.jobs.config;

import io.secweb.core.config.ConfigException;
import io.secweb.core.config.SecwebConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobArgumentsTest {

    @Test
    void noArgumentsGiveTheDefaults() {
        assertThat(JobArguments.parse()).isEqualTo(SecwebConfig.defaults());
    }

    @Test
    void refusesAnUnknownOption() {
        assertThatThrownBy(() -> JobArguments.parse("--kafak", "broker:9092"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Unknown options: '--kafak', 'broker:9092'")
                .hasMessageContaining("Usage:");
    }

    @Test
    void refusesAnOptionWithoutAValue() {
        assertThatThrownBy(() -> JobArguments.parse("--es-url"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Missing required parameter for option '--es-url'");
    }

    @Test
    void doesNotTakeTheNextOptionAsAValue() {
        assertThatThrownBy(() -> JobArguments.parse("--kafka", "--es-url", "http://es:9200"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Expected parameter for option '--kafka' but found '--es-url'");
    }

    @Test
    void kafkaAndElasticsearchUrlOverrideTheConfigFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("site.yaml"), """
                kafka:
                  bootstrap_servers: from-file:9092
                  consumer_group: site-ingest
                elasticsearch:
                  url: http://from-file:9200
                  index_prefix: site
                """);

        SecwebConfig config = JobArguments.parse("--kafka", "broker:9093", "--config", file.toString(), "--es-url", "https://es.example:9243");

        assertThat(config.kafka().bootstrapServers()).isEqualTo("broker:9093");
        assertThat(config.elasticsearch().url()).isEqualTo("https://es.example:9243");
        assertThat(config.kafka().consumerGroup()).isEqualTo("site-ingest");
        assertThat(config.elasticsearch().indexPrefix()).isEqualTo("site");
    }

    @Test
    void validatesAnOverriddenUrl() {
        assertThatThrownBy(() -> JobArguments.parse("--es-url", "es:9200"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("elasticsearch.url")
                .hasMessageContaining("'es:9200'");
    }

    @Test
    void refusesAConfigFileThatDoesNotExist(@TempDir Path dir) {
        Path missing = dir.resolve("missing.yaml");

        assertThatThrownBy(() -> JobArguments.parse("--config", missing.toString()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
    }
}
