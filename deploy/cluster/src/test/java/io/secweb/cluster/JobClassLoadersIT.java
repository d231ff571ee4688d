package io.secweb.cluster;

import io.secweb.cluster.testing.JobNamespace;
import io.secweb.cluster.testing.RealFlinkCluster;
import io.secweb.infra.testing.Await;
import io.secweb.infra.testing.RealInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session cluster outlives the jobs it runs: when a job ends, its TaskManagers must be able to unload its classes.
 * A job whose libraries leave a reference in the TaskManager's own objects keeps its whole class loader (20-25 MB of
 * metaspace) alive, and after enough deploys the TaskManager dies of {@code OutOfMemoryError: Metaspace} — what
 * happened with commons-logging 1.3, which registers itself with the TaskManager's Log4j context. Counted with
 * {@code jcmd VM.classloaders} on the real TaskManager processes after full collections.
 */
@Tag("cluster")
@ExtendWith({RealInfrastructure.class, RealFlinkCluster.class})
class JobClassLoadersIT {
    private static final int RUNS = 4;
    /** The JDK keeps at most one job's loader through a one-entry method-handle cache (JDK-8280473); a leak keeps one per run. */
    private static final int AT_MOST_RETAINED = 2;

    private JobNamespace ns;
    private FlinkRestClient rest;

    @BeforeEach
    void setUp() throws Exception {
        ns = JobNamespace.create("loaders");
        rest = RealFlinkCluster.rest();
    }

    @AfterEach
    void tearDown() throws Exception {
        ns.close();
    }

    @Test
    void taskManagersUnloadTheClassesOfJobsThatEnded() throws Exception {
        Await.until("no job running", Duration.ofMinutes(2), () -> rest.overview().jobsRunning() == 0);

        Set<String> ranOn = new TreeSet<>();
        for (int run = 1; run <= RUNS; run++) {
            Deployer.Deployed d = Deployer.deploy(JobNamespace.deployOptions(rest, ns.config(), List.of(SecwebJob.INGEST))).get(0);
            try {
                int n = run;
                Await.until("run " + n + " running", Duration.ofMinutes(2), () -> rest.allTasksRunning(d.jobId()),
                        () -> rest.describe(d.jobId()));
                ranOn.addAll(rest.taskManagersOf(d.jobId()));
            } finally {
                rest.cancel(d.jobId());
                Await.until("run " + run + " cancelled", Duration.ofMinutes(1), () -> Deployer.isTerminal(rest.jobState(d.jobId())));
            }
        }
        assertThat(ranOn).as("the TaskManagers the runs used").isNotEmpty();

        for (int tm = 1; tm <= 2; tm++) {
            long pid = RealFlinkCluster.cluster().taskManagerPid(tm);
            Await.until("tm-" + tm + " holding at most " + AT_MOST_RETAINED + " job class loaders after " + RUNS + " jobs ended on "
                    + ranOn, Duration.ofSeconds(60), () -> {
                        jcmd(pid, "GC.run");
                        return jobClassLoaders(pid) <= AT_MOST_RETAINED;
                    }, () -> jobClassLoaders(pid) + " left:\n" + jcmd(pid, "VM.classloaders"));
        }
    }

    private static int jobClassLoaders(long pid) {
        return (int) jcmd(pid, "VM.classloaders").lines().filter(l -> l.contains("ChildFirstClassLoader")).count();
    }

    private static String jcmd(long pid, String command) {
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        Path jcmd = java.resolveSibling("jcmd");
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(jcmd + " " + pid + " " + command + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + jcmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
