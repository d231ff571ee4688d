package io.secweb.jobs.config;

import io.secweb.core.config.SecwebConfig;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.GlobalConfiguration;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Flink configuration every secweb job runs with: the file's {@code flink:} section over the project's defaults.
 * On a Flink cluster the cluster's own configuration (its {@code config.yaml} in {@code FLINK_CONF_DIR}) wins over the
 * project's defaults, so checkpoint storage and interval are the cluster operator's to set.
 */
public final class FlinkSettings {
    private FlinkSettings() {}

    /**
     * Defaults: no Kryo, checkpoints every 10 s to files under the temp folder unless {@code execution.checkpointing.dir}
     * says where (the indicators' state outgrows the JobManager's 5 MB in-memory checkpoints).
     */
    public static Configuration from(SecwebConfig config) {
        return from(config, clusterConfiguration(System.getenv("FLINK_CONF_DIR")));
    }

    static Configuration from(SecwebConfig config, Configuration cluster) {
        Configuration c = new Configuration();
        c.setString("pipeline.generic-types", "false");
        defaultUnlessClusterSets(c, cluster, "execution.checkpointing.interval", "10 s");
        defaultUnlessClusterSets(c, cluster, "execution.checkpointing.dir", checkpointFolder());
        config.flink().forEach(c::setString);
        return c;
    }

    private static void defaultUnlessClusterSets(Configuration c, Configuration cluster, String key, String value) {
        if (!cluster.containsKey(key)) {
            c.setString(key, value);
        }
    }

    /** The configuration of the Flink installation this job runs in (set by Flink's scripts and ./secweb cluster up), or none. */
    static Configuration clusterConfiguration(String confDir) {
        if (confDir == null || !Files.isRegularFile(Path.of(confDir, GlobalConfiguration.FLINK_CONF_FILENAME))) {
            return new Configuration();
        }
        return GlobalConfiguration.loadConfiguration(confDir);
    }

    /** The default checkpoint folder: the same URI whether or not the folder exists yet (Path.toUri adds a '/' when it does). */
    static String checkpointFolder() {
        String uri = Path.of(System.getProperty("java.io.tmpdir"), "secweb-checkpoints").toAbsolutePath().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }
}
