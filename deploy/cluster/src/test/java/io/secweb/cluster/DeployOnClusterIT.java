package io.secweb.cluster;

import io.secweb.cluster.testing.JobNamespace;
import io.secweb.cluster.testing.RealFlinkCluster;
import io.secweb.core.config.ConfigException;
import io.secweb.core.feed.FeedInput;
import io.secweb.core.feed.ReplayRecord;
import io.secweb.infra.testing.Await;
import io.secweb.infra.testing.RealInfrastructure;
import io.secweb.jobs.replay.Replayer;
import io.secweb.jobs.testing.Elastic;
import io.secweb.schemas.SecwebNames;
import io.secweb.schemas.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code ./secweb deploy} against the real multi-process cluster: the three job jars uploaded and run through the REST
 * API, spread over both TaskManagers, filling Elasticsearch from the curated feed; a second deploy of a running job
 * and a broken configuration are refused with a message.
 */
@Tag("cluster")
@ExtendWith({RealInfrastructure.class, RealFlinkCluster.class})
class DeployOnClusterIT {
    private JobNamespace ns;
    private String name;
    private Elastic elastic;
    private Path config;
    private FlinkRestClient rest;
    private List<Deployer.Deployed> deployed = List.of();

    @BeforeEach
    void setUp() throws Exception {
        ns = JobNamespace.create("deploy");
        name = ns.name();
        elastic = ns.elastic();
        config = ns.config();
        rest = RealFlinkCluster.rest();
    }

    @AfterEach
    void tearDown() throws Exception {
        for (Deployer.Deployed d : deployed) {
            if (!Deployer.isTerminal(rest.jobState(d.jobId()))) {
                rest.cancel(d.jobId());
            }
        }
        ns.close();
    }

    private DeployOptions options(Path configFile, List<SecwebJob> jobs) {
        return JobNamespace.deployOptions(rest, configFile, jobs);
    }

    @Test
    void deploysTheThreeJobsOverBothTaskManagersAndTheyFillElasticsearch() throws Exception {
        List<ReplayRecord> feed = FeedInput.load(List.of(Path.of("../local/feeds/curated-2000-2026.jsonl")), FeedInput.CANONICAL, null, null)
                .records();
        Replayer.publish(RealInfrastructure.kafka().bootstrapServers(), new Topics(name + "."), feed, 0, (n, d) -> { });

        // the three jobs at parallelism 2 need all 6 slots: wait until jobs of earlier tests have given theirs back
        Await.until("every slot free", Duration.ofMinutes(2), () -> {
            FlinkRestClient.Overview o = rest.overview();
            return o.slotsTotal() == 6 && o.slotsAvailable() == 6;
        });
        deployed = Deployer.deploy(options(config, List.of(SecwebJob.values())));

        assertThat(deployed).extracting(Deployer.Deployed::job).containsExactly(SecwebJob.values());
        Set<String> taskManagers = new TreeSet<>();
        for (Deployer.Deployed d : deployed) {
            Await.until(d.job().flinkJobName() + " running", Duration.ofMinutes(2), () -> rest.allTasksRunning(d.jobId()),
                    () -> rest.describe(d.jobId()) + "; cluster " + rest.overview());
            taskManagers.addAll(rest.taskManagersOf(d.jobId()));
        }
        assertThat(rest.jobs()).filteredOn(j -> deployed.stream().anyMatch(d -> d.jobId().equals(j.id())))
                .extracting(FlinkRestClient.JobSummary::name).containsExactlyInAnyOrder("secweb-ingest", "secweb-indicators", "secweb-alerts");
        assertThat(taskManagers).containsExactly("tm-1", "tm-2");

        Await.until("the 411 events in Elasticsearch", Duration.ofMinutes(3),
                () -> elastic.count(SecwebNames.alias(name, SecwebNames.EVENTS)) == 411);
        Await.until("indicator documents in Elasticsearch", Duration.ofMinutes(3),
                () -> elastic.count(SecwebNames.alias(name, SecwebNames.INDICATORS)) > 0);
        for (Deployer.Deployed d : deployed) {
            Await.until(d.job().flinkJobName() + " reporting numRestarts", Duration.ofMinutes(1), () -> rest.restarts(d.jobId()).isPresent());
            assertThat(rest.restarts(d.jobId())).as(d.job().flinkJobName() + " restarts").contains(0L);
        }

        assertThatThrownBy(() -> Deployer.deploy(options(config, List.of(SecwebJob.INGEST))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("secweb-ingest is already RUNNING").hasMessageContaining(deployed.get(0).jobId());
    }

    @Test
    void aBrokenConfigurationIsRefusedBeforeAnythingIsUploaded() throws Exception {
        Path broken = RealFlinkCluster.workDir().resolve(name + "-broken.yaml");
        Files.writeString(broken, "kafka:\n  partitons: 2\n");
        int jarsBefore = rest.jarCount();

        assertThatThrownBy(() -> Deployer.deploy(options(broken, List.of(SecwebJob.INGEST))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("-broken.yaml:2: kafka.partitons: unknown key");
        assertThat(rest.jarCount()).isEqualTo(jarsBefore);
    }
}
