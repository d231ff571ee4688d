package io.secweb.jobs.testing;

import io.secweb.jobs.flink.SecwebFlinkTypes;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** The execution environment of a test job on the MiniCluster (a test's {@code MiniClusterExtension}). */
public final class TestJobs {
    private TestJobs() {}

    /**
     * Strict types (a Kryo fallback fails at once, as in the jobs), no restarts (a failure fails the test instead of
     * retrying) and parallelism 1: one input keeps its records in order, as one Kafka partition does.
     */
    public static StreamExecutionEnvironment environment() {
        SecwebFlinkTypes.register();
        Configuration conf = new Configuration();
        conf.setString("pipeline.generic-types", "false");
        conf.setString("restart-strategy.type", "none");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(1);
        return env;
    }
}
