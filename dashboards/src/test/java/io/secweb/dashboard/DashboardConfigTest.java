package io.secweb.dashboard;

import io.secweb.core.config.ConfigException;
import io.secweb.core.config.ConfigLoader;
import io.secweb.core.config.SecwebConfig;
import io.secweb.dashboard.testing.SampleStack;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code dashboard:} section of the configuration file. */
class DashboardConfigTest {

    @Test
    void theShippedLocalConfigurationStatesTheDefaults() {
        SecwebConfig config = ConfigLoader.load(SampleStack.repoFile("deploy/config/local.yaml"));

        assertThat(config.dashboard()).isEqualTo(SecwebConfig.defaults().dashboard());
        assertThat(config.dashboard().bindAddress()).isEqualTo("127.0.0.1");
        assertThat(config.dashboard().port()).isEqualTo(8080);
    }

    @Test
    void readsTheSection() {
        SecwebConfig config = ConfigLoader.parse("""
                dashboard:
                  bind_address: 0.0.0.0
                  port: 9090
                  poll_interval: 2s
                  max_results: 500
                """, "dashboard.yaml");

        assertThat(config.dashboard()).isEqualTo(new SecwebConfig.Dashboard("0.0.0.0", 9090, Duration.ofSeconds(2), 500));
    }

    @Test
    void anUnknownKeyIsRefusedWithItsFileAndLine() {
        String yaml = """
                kafka:
                  partitions: 1
                dashboard:
                  port: 8080
                  bind: 0.0.0.0
                """;
        assertThatThrownBy(() -> ConfigLoader.parse(yaml, "typo.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("typo.yaml:5: dashboard.bind: unknown key (did you mean bind_address?); "
                        + "known keys under dashboard: bind_address, max_results, poll_interval, port");
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        assertThatThrownBy(() -> ConfigLoader.parse("dashboard:\n  port: 70000\n", "port.yaml"))
                .hasMessage("port.yaml:2: dashboard.port: must be ≤ 65535, got 70000");
    }

    @Test
    void aPollIntervalThatIsNotADurationIsRefused() {
        assertThatThrownBy(() -> ConfigLoader.parse("dashboard:\n  poll_interval: often\n", "poll.yaml"))
                .hasMessageStartingWith("poll.yaml:2: dashboard.poll_interval: must be a duration");
    }
}
