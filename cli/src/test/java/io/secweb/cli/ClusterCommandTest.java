package io.secweb.cli;

import io.secweb.cluster.ClusterOptions;
import io.secweb.cluster.DeployOptions;
import io.secweb.cluster.SecwebJob;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterCommandTest {

    @Test
    void clusterUpDefaultsToTheUsualPortsTwoTaskManagersAndTheSharedConfiguration() {
        ClusterOptions o = Secweb.parse(ClusterCommand.Up.class, "cluster", "up").options();

        assertThat(o.kafkaPort()).isEqualTo(9092);
        assertThat(o.esPort()).isEqualTo(9200);
        assertThat(o.flinkPort()).isEqualTo(8081);
        assertThat(o.taskManagers()).isEqualTo(2);
        assertThat(o.dataDir()).isEqualTo(Path.of("/tmp/secweb-cluster"));
        assertThat(o.dataDirGiven()).isFalse();
        assertThat(o.confDir().toString()).endsWith("deploy/cluster/conf");
        assertThat(o.config()).isEqualTo(Path.of("deploy/cluster/jobs.yaml"));
        assertThat(o.feed()).isEqualTo(Path.of("deploy/local/feeds/curated-2000-2026.jsonl"));
        assertThat(o.stateFile()).isEqualTo(Path.of(".secweb/cluster.properties"));
    }

    @Test
    void clusterUpTakesAChosenDataFolderForCheckpointsToo() {
        ClusterOptions o = Secweb.parse(ClusterCommand.Up.class, "cluster", "up", "--data-dir", "/tmp/c", "--no-feed", "--fresh").options();

        assertThat(o.dataDir()).isEqualTo(Path.of("/tmp/c"));
        assertThat(o.dataDirGiven()).isTrue();
        assertThat(o.feed()).isNull();
        assertThat(o.fresh()).isTrue();
    }

    @Test
    void clusterUpRefusesBadArgumentsWithAMessageNamingThem() {
        assertThat(Secweb.run("cluster", "up", "--flink-port", "http").err())
                .startsWith("secweb cluster up: Invalid value for option '--flink-port': needs a number from 1 to 65535, not 'http'");
        assertThat(Secweb.run("cluster", "up", "--task-managers", "0").err())
                .startsWith("secweb cluster up: Invalid value for option '--task-managers': must be from 1 to 8, not 0");
        assertThat(Secweb.run("cluster", "up", "--data-dir").err())
                .startsWith("secweb cluster up: Missing required parameter for option '--data-dir' (DIR)");
        Secweb.Run misspelt = Secweb.run("cluster", "up", "--taskmanagers", "3");
        assertThat(misspelt.exit()).isEqualTo(2);
        assertThat(misspelt.err()).startsWith("secweb cluster up: Unknown options: '--taskmanagers', '3'")
                .contains("Possible solutions: --task-managers").contains("--task-managers=N");
    }

    @Test
    void deployDeploysEveryJobUnlessToldWhich() {
        assertThat(Secweb.parse(DeployCommand.class, "deploy").options().jobs())
                .containsExactly(SecwebJob.INGEST, SecwebJob.INDICATORS, SecwebJob.ALERTS);
        assertThat(Secweb.parse(DeployCommand.class, "deploy", "--job", "alerts", "--job", "ingest").options().jobs())
                .containsExactly(SecwebJob.ALERTS, SecwebJob.INGEST);
    }

    @Test
    void deployRefusesAnUnknownJobAndASavepointForSeveralJobs() {
        Secweb.Run unknown = Secweb.run("deploy", "--job", "ingestion");
        Secweb.Run savepoint = Secweb.run("deploy", "--from-savepoint", "file:///tmp/sp");
        DeployOptions one = Secweb.parse(DeployCommand.class, "deploy", "--job", "ingest", "--from-savepoint", "file:///tmp/sp").options();

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith(
                "secweb deploy: Invalid value for option '--job' (NAME): unknown job 'ingestion'; the jobs are ingest, indicators, alerts");
        assertThat(savepoint.exit()).isEqualTo(2);
        assertThat(savepoint.err()).startsWith("secweb deploy: --from-savepoint restores one job: name it with --job");
        assertThat(one.savepoint()).isEqualTo("file:///tmp/sp");
        assertThat(one.jobs()).containsExactly(SecwebJob.INGEST);
    }

    @Test
    void deployWithoutALocalClusterOrARestUrlSaysWhatToDoInOneLine() {
        Secweb.Run run = Secweb.run("deploy", "--state-file", "target/no-such-cluster.properties");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .isEqualTo("secweb deploy: no local cluster is running (start one with ./secweb cluster up), or name a Flink cluster with --rest URL");
    }
}
