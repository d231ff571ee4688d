package io.secweb.cli;

import io.secweb.core.alerts.RuleFileException;
import io.secweb.core.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CliErrorsTest {

    @Test
    void aConfigurationProblemIsPrintedAsItIsWhereverItWasWrapped() {
        RuntimeException wrapped = new RuntimeException("job failed", new ConfigException("cannot reach Kafka at 127.0.0.1:1 (is the local stack running?)"));

        assertThat(CliErrors.oneLine(wrapped)).isEqualTo("cannot reach Kafka at 127.0.0.1:1 (is the local stack running?)");
    }

    @Test
    void ruleProblemsAreOneLineWithTheFirstAndTheWayToSeeAll() {
        RuleFileException e = new RuleFileException(List.of("r.yaml:3: condition.fire: must be a number", "r.yaml:5: for: must be positive"));

        assertThat(CliErrors.oneLine(e)).isEqualTo("r.yaml:3: condition.fire: must be a number (and 1 more problems: ./secweb rules check lists them)");
    }

    @Test
    void anythingElseSaysWhatFailedAndItsRootCauseOnOneLine() {
        Exception e = new IllegalStateException("Job execution failed.", new UncheckedIOException("bulk request",
                new java.io.IOException("Connection refused\nat 127.0.0.1:9200")));

        assertThat(CliErrors.oneLine(e)).isEqualTo("failed: Job execution failed.: Connection refused at 127.0.0.1:9200");
    }
}
