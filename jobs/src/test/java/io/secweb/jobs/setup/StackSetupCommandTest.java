package io.secweb.jobs.setup;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The setup step's command line: bad arguments and files end with exit code 2 and one line, before any connection. */
class StackSetupCommandTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return StackSetup.run(args, new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(err, true));
    }

    @Test
    void aReplicationFactorOutOfRangeIsRefused() {
        assertThat(run("--replication", "0")).isEqualTo(2);
        assertThat(err.toString()).startsWith("secweb setup: --replication takes a replication factor from 1 to 9, not 0"
                + System.lineSeparator() + "Usage: setup");
    }

    @Test
    void aMissingConfigurationFileIsNamed() {
        assertThat(run("--config", "/nonexistent/secweb.yaml", "--skip-topics")).isEqualTo(2);
        assertThat(err.toString()).startsWith("secweb setup: config file /nonexistent/secweb.yaml does not exist");
    }

    @Test
    void anUnknownOptionIsRefusedWithTheUsage() {
        assertThat(run("--topics-only")).isEqualTo(2);
        assertThat(err.toString()).startsWith("secweb setup: Unknown option: '--topics-only'").contains("Usage: setup", "--skip-topics");
    }
}
