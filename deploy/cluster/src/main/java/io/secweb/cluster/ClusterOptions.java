package io.secweb.cluster;

import io.secweb.core.config.ConfigException;

import java.nio.file.Path;

/** Command line of {@code ./secweb cluster up}. */
public record ClusterOptions(int kafkaPort, int esPort, int flinkPort, int taskManagers, Path dataDir, boolean dataDirGiven,
                             Path confDir, Path config, Path feed, Path jarsDir, Path stateFile, Path flinkClasspath, boolean fresh) {
    public static final Path DEFAULT_DATA_DIR = Path.of("/tmp/secweb-cluster");

    public static final String USAGE = """
            usage: ./secweb cluster up [options]
              --kafka-port N      Kafka broker port (default 9092)
              --es-port N         Elasticsearch port (default 9200)
              --flink-port N      Flink web UI and REST API port (default 8081)
              --task-managers N   TaskManager processes (default 2)
              --data-dir DIR      Kafka, Elasticsearch, logs; also checkpoints and savepoints when given
                                  (default /tmp/secweb-cluster; checkpoints where deploy/cluster/conf/config.yaml says)
              --fresh             delete the data folder first (default: keep it, so topics, indices and checkpoints survive
                                  ./secweb cluster down)
              --conf-dir DIR      Flink configuration folder (default deploy/cluster/conf)
              --config FILE       the jobs' configuration, for topics and index templates (default deploy/cluster/jobs.yaml)
              --feed FILE         feed published once, into a new broker (default deploy/local/feeds/curated-2000-2026.jsonl)
              --no-feed           publish nothing""";

    public static ClusterOptions parse(String... args) {
        int kafkaPort = 9092;
        int esPort = 9200;
        int flinkPort = 8081;
        int taskManagers = 2;
        Path dataDir = DEFAULT_DATA_DIR;
        boolean dataDirGiven = false;
        Path confDir = Path.of("deploy/cluster/conf");
        Path config = Path.of("deploy/cluster/jobs.yaml");
        Path feed = Path.of("deploy/local/feeds/curated-2000-2026.jsonl");
        Path jarsDir = Path.of("jobs/target");
        Path stateFile = Path.of(".secweb/cluster.properties");
        Path flinkClasspath = Path.of("deploy/cluster/target/flink-classpath.txt");
        boolean fresh = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--kafka-port" -> kafkaPort = number(args, ++i, a, 1, 65535);
                case "--es-port" -> esPort = number(args, ++i, a, 1, 65535);
                case "--flink-port" -> flinkPort = number(args, ++i, a, 1, 65535);
                case "--task-managers" -> taskManagers = number(args, ++i, a, 1, 8);
                case "--data-dir" -> {
                    dataDir = Path.of(value(args, ++i, a));
                    dataDirGiven = true;
                }
                case "--fresh" -> fresh = true;
                case "--conf-dir" -> confDir = Path.of(value(args, ++i, a));
                case "--config" -> config = Path.of(value(args, ++i, a));
                case "--feed" -> feed = Path.of(value(args, ++i, a));
                case "--no-feed" -> feed = null;
                case "--state-file" -> stateFile = Path.of(value(args, ++i, a));
                case "--flink-classpath" -> flinkClasspath = Path.of(value(args, ++i, a));
                default -> throw new ConfigException("unknown option '" + a + "'\n" + USAGE);
            }
        }
        return new ClusterOptions(kafkaPort, esPort, flinkPort, taskManagers, dataDir.toAbsolutePath(), dataDirGiven,
                confDir.toAbsolutePath(), config, feed, jarsDir, stateFile, flinkClasspath, fresh);
    }

    static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new ConfigException("option " + option + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    static int number(String[] args, int i, String option, int min, int max) {
        String v = value(args, i, option);
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new ConfigException("option " + option + " must be between " + min + " and " + max + ", not " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException("option " + option + " needs a number, not '" + v + "'");
        }
    }
}
