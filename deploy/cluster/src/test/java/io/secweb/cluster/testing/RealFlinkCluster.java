package io.secweb.cluster.testing;

import io.secweb.cluster.FlinkRestClient;
import io.secweb.cluster.SecwebJob;
import io.secweb.cluster.StandaloneFlinkCluster;
import io.secweb.infra.Ports;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The shared cluster fixture: one real Flink standalone cluster (a JobManager and two TaskManagers, each its own JVM,
 * configured by deploy/cluster/conf with free ports and a temporary data folder), started once per test JVM and
 * stopped when the test plan ends (its data folder deleted, its logs kept). Use it together with {@code RealInfrastructure} (the broker and the node).
 */
public final class RealFlinkCluster implements BeforeAllCallback {
    private static StandaloneFlinkCluster cluster;
    private static Path base;

    @Override
    public void beforeAll(ExtensionContext context) {
        startOnce(context);
    }

    private static synchronized void startOnce(ExtensionContext context) {
        if (cluster != null) {
            return;
        }
        try {
            base = Files.createTempDirectory("secweb-cluster-it-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            long t0 = System.nanoTime();
            cluster = StandaloneFlinkCluster.start(Path.of(System.getProperty("secweb.cluster.conf")),
                    Path.of(System.getProperty("secweb.flink.classpath")), base.resolve("flink"), 2, Map.of(
                            "rest.port", Integer.toString(Ports.free()),
                            "jobmanager.rpc.port", Integer.toString(Ports.free()),
                            "execution.checkpointing.dir", base.resolve("checkpoints").toUri().toString(),
                            "execution.checkpointing.savepoint-dir", base.resolve("savepoints").toUri().toString(),
                            "execution.checkpointing.interval", "2 s"));
            System.out.printf("[RealFlinkCluster] JobManager + 2 TaskManagers at %s in %d ms (logs %s)%n", cluster.restUrl(),
                    (System.nanoTime() - t0) / 1_000_000, cluster.logDir());
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RealFlinkCluster.class.getName(),
                    (AutoCloseable) RealFlinkCluster::stop);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the cluster and deletes its data (uploaded jars, checkpoints: hundreds of MB), keeping only the logs. */
    private static synchronized void stop() {
        if (cluster != null) {
            cluster.close();
            cluster = null;
            try (Stream<Path> files = Files.walk(base)) {
                files.sorted(Comparator.reverseOrder()).filter(p -> !p.startsWith(base.resolve("flink/log")) && !p.equals(base.resolve("flink"))
                        && !p.equals(base)).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                System.out.println("[RealFlinkCluster] could not delete " + base + ": " + e);
            }
        }
    }

    public static StandaloneFlinkCluster cluster() {
        if (cluster == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(RealFlinkCluster.class)");
        }
        return cluster;
    }

    public static FlinkRestClient rest() {
        return new FlinkRestClient(cluster().restUrl());
    }

    /** A folder for the test's files (job configurations): world-readable, inside the cluster's data folder. */
    public static Path workDir() {
        cluster();
        return base;
    }

    /** Where the jobs module put the job jars. */
    public static Path jar(SecwebJob job) {
        return job.jar(Path.of(System.getProperty("secweb.jobs.jars")));
    }
}
