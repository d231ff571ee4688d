package io.secweb.local;

import io.secweb.core.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalStackOptionsTest {

    @Test
    void defaultsToTheStandardPortsTheSampleFeedAndThrowawayData() {
        LocalStackOptions o = LocalStackOptions.parse("--feed", "feeds/sample.jsonl");
        assertThat(o.kafkaPort()).isEqualTo(9092);
        assertThat(o.esPort()).isEqualTo(9200);
        assertThat(o.flinkUiPort()).isEqualTo(8081);
        assertThat(o.esUrl()).isNull();
        assertThat(o.keepData()).isFalse();
        assertThat(o.config()).isEqualTo(Path.of("deploy/config/local.yaml"));
    }

    @Test
    void acceptsOtherPortsAnExistingClusterAndAKeptDataFolder() {
        LocalStackOptions o = LocalStackOptions.parse("--kafka-port", "19092", "--es-url", "http://es:9200", "--flink-port", "18081",
                "--no-feed", "--data-dir", "/tmp/keep", "--detach");
        assertThat(o.kafkaPort()).isEqualTo(19092);
        assertThat(o.esUrl()).isEqualTo("http://es:9200");
        assertThat(o.flinkUiPort()).isEqualTo(18081);
        assertThat(o.feed()).isNull();
        assertThat(o.keepData()).isTrue();
    }

    @Test
    void namesAnUnknownOption() {
        assertThatThrownBy(() -> LocalStackOptions.parse("--no-feed", "--colour")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown option '--colour'").hasMessageContaining("usage:");
    }

    @Test
    void refusesAPortThatIsNotANumberInRange() {
        assertThatThrownBy(() -> LocalStackOptions.parse("--no-feed", "--es-port", "99999")).hasMessageContaining("--es-port")
                .hasMessageContaining("99999");
        assertThatThrownBy(() -> LocalStackOptions.parse("--no-feed", "--kafka-port")).hasMessageContaining("needs a value");
    }

    @Test
    void refusesAFeedFileThatDoesNotExist() {
        assertThatThrownBy(() -> LocalStackOptions.parse("--feed", "no/such/feed.jsonl")).hasMessageContaining("no/such/feed.jsonl");
    }
}
