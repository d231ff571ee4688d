package io.secweb.cluster;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecwebJobTest {
    @Test
    void eachJobHasItsJarAndMainClass() {
        assertThat(SecwebJob.INGEST.jar(Path.of("jobs/target"))).isEqualTo(Path.of("jobs/target/secweb-ingest.jar"));
        assertThat(SecwebJob.INDICATORS.jar(Path.of("jobs/target"))).isEqualTo(Path.of("jobs/target/secweb-indicators.jar"));
        assertThat(SecwebJob.ALERTS.jar(Path.of("jobs/target"))).isEqualTo(Path.of("jobs/target/secweb-alerts.jar"));
        assertThat(SecwebJob.ALERTS.mainClass()).isEqualTo("io.secweb.jobs.alerts.AlertsJob");
        assertThat(SecwebJob.ALERTS.flinkJobName()).isEqualTo("secweb-alerts");
    }

    @Test
    void aJobIsNamedByItsShortName() {
        assertThat(SecwebJob.named("indicators")).isEqualTo(SecwebJob.INDICATORS);
        assertThatThrownBy(() -> SecwebJob.named("ingestion")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown job 'ingestion'; the jobs are ingest, indicators, alerts");
    }
}
