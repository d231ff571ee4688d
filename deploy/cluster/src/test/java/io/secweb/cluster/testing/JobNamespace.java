package io.secweb.cluster.testing;

import io.secweb.cluster.DeployOptions;
import io.secweb.cluster.FlinkRestClient;
import io.secweb.cluster.SecwebJob;
import io.secweb.infra.testing.RealInfrastructure;
import io.secweb.infra.testing.TestNames;
import io.secweb.jobs.setup.StackSetup;
import io.secweb.jobs.testing.Elastic;
import io.secweb.schemas.Topics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A test's own namespace on the shared broker, node and cluster: topics (2 partitions) and index templates under a
 * unique prefix, and a job configuration file for it in the cluster's work folder. {@link #close()} drops its indices.
 * Use with {@code RealInfrastructure} and {@link RealFlinkCluster}.
 */
public final class JobNamespace implements AutoCloseable {
    private final String name;
    private final Elastic elastic;
    private final Path config;

    private JobNamespace(String name, Elastic elastic, Path config) {
        this.name = name;
        this.elastic = elastic;
        this.config = config;
    }

    public static JobNamespace create(String prefix) throws IOException {
        String name = TestNames.unique(prefix);
        Elastic elastic = new Elastic();
        StackSetup.createTopics(RealInfrastructure.kafka().bootstrapServers(), new Topics(name + "."), 2);
        StackSetup.installTemplates(elastic.client(), name);
        Path config = RealFlinkCluster.workDir().resolve(name + ".yaml");
        Files.writeString(config, """
                kafka:
                  topic_prefix: "%1$s."
                  consumer_group: %1$s-ingest
                  transactional_id_prefix: %1$s
                  starting_offsets: earliest
                  partitions: 2
                elasticsearch:
                  index_prefix: %1$s
                indicators:
                  first_day: 2024-01-01
                  consumer_group: %1$s-indicators
                alerts:
                  rules: %2$s
                  consumer_group: %1$s-alerts
                """.formatted(name, Path.of("../config/rules").toAbsolutePath().normalize()));
        return new JobNamespace(name, elastic, config);
    }

    public String name() {
        return name;
    }

    public Elastic elastic() {
        return elastic;
    }

    public Path config() {
        return config;
    }

    /** What {@code ./secweb deploy} would be given for {@code jobs} with {@code configFile}, against this cluster and infrastructure. */
    public static DeployOptions deployOptions(FlinkRestClient rest, Path configFile, List<SecwebJob> jobs) {
        return new DeployOptions(rest.baseUrl(), RealInfrastructure.kafka().bootstrapServers(), RealInfrastructure.elasticsearch().url(),
                configFile, Path.of(System.getProperty("secweb.jobs.jars")), jobs, null, null, Path.of("target/no-cluster-state"));
    }

    @Override
    public void close() throws IOException {
        StackSetup.deleteIndices(elastic.client(), name);
        elastic.close();
    }
}
