package io.secweb.cluster;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code ./secweb deploy} deploys and where: the Flink REST API (null: the local cluster's, from the state file),
 * Kafka and Elasticsearch for the jobs (null: the local cluster's, or the configuration file's with another REST API),
 * the jobs' configuration, where the jars are, which jobs, their parallelism (null: the cluster's default) and a
 * savepoint to start from (with one job).
 */
public record DeployOptions(String restUrl, String kafka, String esUrl, Path config, Path jarsDir, List<SecwebJob> jobs,
                            Integer parallelism, String savepoint, Path stateFile) {
    public DeployOptions {
        jobs = List.copyOf(jobs);
    }
}
