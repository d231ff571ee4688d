package io.secweb.cli;

import io.secweb.core.config.ConfigException;
import io.secweb.local.LocalStackOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalCommandTest {

    @Test
    void defaultsToTheStandardPortsTheCuratedFeedAndThrowawayData() {
        LocalStackOptions o = Secweb.parse(LocalCommand.class, "local").options();

        assertThat(o.kafkaPort()).isEqualTo(9092);
        assertThat(o.esPort()).isEqualTo(9200);
        assertThat(o.flinkUiPort()).isEqualTo(8081);
        assertThat(o.esUrl()).isNull();
        assertThat(o.dashboardPort()).isNull();
        assertThat(o.keepData()).isFalse();
        assertThat(o.config()).isEqualTo(Path.of("deploy/config/local.yaml"));
        assertThat(o.feed()).isEqualTo(Path.of("deploy/local/feeds/curated-2000-2026.jsonl"));
    }

    @Test
    void acceptsOtherPortsAnExistingElasticsearchAndAKeptDataFolder() {
        LocalStackOptions o = Secweb.parse(LocalCommand.class, "local", "--kafka-port", "19092", "--es-url", "http://es:9200",
                "--flink-port", "18081", "--dashboard-port", "18080", "--no-feed", "--data-dir", "/tmp/keep", "--detach").options();

        assertThat(o.kafkaPort()).isEqualTo(19092);
        assertThat(o.esUrl()).isEqualTo("http://es:9200");
        assertThat(o.flinkUiPort()).isEqualTo(18081);
        assertThat(o.dashboardPort()).isEqualTo(18080);
        assertThat(o.feed()).isNull();
        assertThat(o.dataDir()).isEqualTo(Path.of("/tmp/keep"));
        assertThat(o.keepData()).isTrue();
    }

    @Test
    void namesAnUnknownOptionAndShowsTheUsage() {
        Secweb.Run run = Secweb.run("local", "--no-feed", "--colour");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("secweb local: Unknown option: '--colour'").contains("Usage: secweb local", "--kafka-port=N");
    }

    @Test
    void refusesAPortThatIsNotANumberInRangeAndAnOptionWithoutItsValue() {
        Secweb.Run outOfRange = Secweb.run("local", "--no-feed", "--es-port", "99999");
        Secweb.Run noValue = Secweb.run("local", "--no-feed", "--kafka-port");

        assertThat(outOfRange.exit()).isEqualTo(2);
        assertThat(outOfRange.err()).startsWith("secweb local: Invalid value for option '--es-port': must be from 1 to 65535, not 99999");
        assertThat(noValue.exit()).isEqualTo(2);
        assertThat(noValue.err()).startsWith("secweb local: Missing required parameter for option '--kafka-port' (N)");
    }

    @Test
    void refusesAFeedFileThatDoesNotExist() {
        LocalCommand command = Secweb.parse(LocalCommand.class, "local", "--feed", "no/such/feed.jsonl");

        assertThatThrownBy(command::options).isInstanceOf(ConfigException.class).hasMessageContaining("no/such/feed.jsonl");
    }
}
