package io.secweb.cluster;

import java.nio.file.Path;

/**
 * How {@code ./secweb cluster up} runs the cluster: the ports and number of TaskManagers, the data folder (and whether it
 * was chosen: then checkpoints and savepoints go there too), the Flink configuration folder, the jobs' configuration,
 * the feed published into a new broker (null for none), where the job jars are, the state file {@code deploy} and
 * {@code status} read, the Flink classpath file, and whether to wipe the data folder first.
 */
public record ClusterOptions(int kafkaPort, int esPort, int flinkPort, int taskManagers, Path dataDir, boolean dataDirGiven,
                             Path confDir, Path config, Path feed, Path jarsDir, Path stateFile, Path flinkClasspath, boolean fresh) {
    public static final Path DEFAULT_DATA_DIR = Path.of("/tmp/secweb-cluster");
    public static final Path DEFAULT_CONF_DIR = Path.of("deploy/cluster/conf");
    public static final Path DEFAULT_CONFIG = Path.of("deploy/cluster/jobs.yaml");
    public static final Path DEFAULT_JARS_DIR = Path.of("jobs/target");
    public static final Path DEFAULT_STATE_FILE = Path.of(".secweb/cluster.properties");
    public static final Path DEFAULT_FLINK_CLASSPATH = Path.of("deploy/cluster/target/flink-classpath.txt");
}
