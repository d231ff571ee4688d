package io.secweb.cluster;

import io.secweb.core.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineTest {
    @Test
    void clusterUpDefaultsToTheUsualPortsTwoTaskManagersAndTheSharedConfiguration() {
        ClusterOptions o = ClusterOptions.parse();

        assertThat(o.kafkaPort()).isEqualTo(9092);
        assertThat(o.esPort()).isEqualTo(9200);
        assertThat(o.flinkPort()).isEqualTo(8081);
        assertThat(o.taskManagers()).isEqualTo(2);
        assertThat(o.dataDir()).isEqualTo(Path.of("/tmp/secweb-cluster"));
        assertThat(o.dataDirGiven()).isFalse();
        assertThat(o.confDir().toString()).endsWith("deploy/cluster/conf");
        assertThat(o.config()).isEqualTo(Path.of("deploy/cluster/jobs.yaml"));
    }

    @Test
    void clusterUpRefusesBadArgumentsWithAMessageNamingThem() {
        assertThatThrownBy(() -> ClusterOptions.parse("--flink-port", "http")).isInstanceOf(ConfigException.class)
                .hasMessage("option --flink-port needs a number, not 'http'");
        assertThatThrownBy(() -> ClusterOptions.parse("--task-managers", "0")).isInstanceOf(ConfigException.class)
                .hasMessage("option --task-managers must be between 1 and 8, not 0");
        assertThatThrownBy(() -> ClusterOptions.parse("--data-dir")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("option --data-dir needs a value");
        assertThatThrownBy(() -> ClusterOptions.parse("--taskmanagers", "3")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("unknown option '--taskmanagers'").hasMessageContaining("--task-managers N");
    }

    @Test
    void deployDeploysEveryJobUnlessToldWhich() {
        assertThat(DeployOptions.parse().jobs()).containsExactly(SecwebJob.INGEST, SecwebJob.INDICATORS, SecwebJob.ALERTS);
        assertThat(DeployOptions.parse("--job", "alerts", "--job", "ingest").jobs()).containsExactly(SecwebJob.ALERTS, SecwebJob.INGEST);
    }

    @Test
    void deployRefusesAnUnknownJobAndASavepointForSeveralJobs() {
        assertThatThrownBy(() -> DeployOptions.parse("--job", "ingestion")).isInstanceOf(ConfigException.class)
                .hasMessage("unknown job 'ingestion'; the jobs are ingest, indicators, alerts");
        assertThatThrownBy(() -> DeployOptions.parse("--from-savepoint", "file:///tmp/sp")).isInstanceOf(ConfigException.class)
                .hasMessage("--from-savepoint restores one job: name it with --job");
        assertThat(DeployOptions.parse("--job", "ingest", "--from-savepoint", "file:///tmp/sp").savepoint()).isEqualTo("file:///tmp/sp");
    }

    @Test
    void eachJobHasItsJarAndMainClass() {
        assertThat(SecwebJob.INGEST.jar(Path.of("jobs/target"))).isEqualTo(Path.of("jobs/target/secweb-ingest.jar"));
        assertThat(SecwebJob.INDICATORS.jar(Path.of("jobs/target"))).isEqualTo(Path.of("jobs/target/secweb-indicators.jar"));
        assertThat(SecwebJob.ALERTS.jar(Path.of("jobs/target"))).isEqualTo(Path.of("jobs/target/secweb-alerts.jar"));
        assertThat(SecwebJob.ALERTS.mainClass()).isEqualTo("io.secweb.jobs.alerts.AlertsJob");
        assertThat(SecwebJob.ALERTS.flinkJobName()).isEqualTo("secweb-alerts");
    }
}
