package io.secweb.cluster;

import io.secweb.core.config.ConfigException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Command line of {@code ./secweb deploy}. */
public record DeployOptions(String restUrl, String kafka, String esUrl, Path config, Path jarsDir, List<SecwebJob> jobs,
                            Integer parallelism, String savepoint, Path stateFile) {
    public static final String USAGE = """
            usage: ./secweb deploy [options]
              --job NAME          deploy only this job (repeatable; jobs: %s; default: all)
              --config FILE       the jobs' configuration (default deploy/cluster/jobs.yaml)
              --rest URL          Flink REST API of another cluster (default: the local cluster's, from .secweb/cluster.properties)
              --kafka HOST:PORT   Kafka bootstrap servers (default: the local cluster's broker; with --rest, the file's)
              --es-url URL        Elasticsearch (default: the local cluster's node; with --rest, the file's)
              --jars DIR          where secweb-<job>.jar are (default jobs/target)
              --parallelism N     parallelism of each job (default: the cluster's parallelism.default)
              --from-savepoint P  start the job from a savepoint or retained checkpoint (with one --job)"""
            .formatted(SecwebJob.names());

    public static DeployOptions parse(String... args) {
        String rest = null;
        String kafka = null;
        String esUrl = null;
        Path config = Path.of("deploy/cluster/jobs.yaml");
        Path jars = Path.of("jobs/target");
        List<SecwebJob> jobs = new ArrayList<>();
        String savepoint = null;
        Integer parallelism = null;
        Path stateFile = Path.of(".secweb/cluster.properties");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--job" -> {
                    String name = ClusterOptions.value(args, ++i, a);
                    try {
                        jobs.add(SecwebJob.named(name));
                    } catch (IllegalArgumentException e) {
                        throw new ConfigException(e.getMessage());
                    }
                }
                case "--config" -> config = Path.of(ClusterOptions.value(args, ++i, a));
                case "--rest" -> rest = ClusterOptions.value(args, ++i, a);
                case "--kafka" -> kafka = ClusterOptions.value(args, ++i, a);
                case "--es-url" -> esUrl = ClusterOptions.value(args, ++i, a);
                case "--jars" -> jars = Path.of(ClusterOptions.value(args, ++i, a));
                case "--parallelism" -> parallelism = ClusterOptions.number(args, ++i, a, 1, 64);
                case "--from-savepoint" -> savepoint = ClusterOptions.value(args, ++i, a);
                case "--state-file" -> stateFile = Path.of(ClusterOptions.value(args, ++i, a));
                default -> throw new ConfigException("unknown option '" + a + "'\n" + USAGE);
            }
        }
        if (jobs.isEmpty()) {
            jobs.addAll(Arrays.asList(SecwebJob.values()));
        }
        if (savepoint != null && jobs.size() != 1) {
            throw new ConfigException("--from-savepoint restores one job: name it with --job");
        }
        return new DeployOptions(rest, kafka, esUrl, config, jars, List.copyOf(jobs), parallelism, savepoint, stateFile);
    }
}
