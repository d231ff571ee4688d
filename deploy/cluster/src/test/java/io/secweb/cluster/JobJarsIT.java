package io.secweb.cluster;

import io.secweb.cluster.testing.RealFlinkCluster;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each job's deployable jar (jobs/target/secweb-&lt;job&gt;.jar) names its main class, carries it, and duplicates nothing
 * of the cluster's classpath under org/apache/flink (a duplicated Flink class is how class-loading errors start);
 * logging is the cluster's too.
 */
class JobJarsIT {
    private static Set<String> clusterFlinkClasses;

    private static synchronized Set<String> clusterFlinkClasses() throws IOException {
        if (clusterFlinkClasses == null) {
            Set<String> classes = new HashSet<>();
            for (String jar : Files.readString(Path.of(System.getProperty("secweb.flink.classpath"))).strip().split(":")) {
                try (JarFile f = new JarFile(jar)) {
                    f.stream().map(JarEntry::getName).filter(n -> n.startsWith("org/apache/flink/") && n.endsWith(".class")).forEach(classes::add);
                }
            }
            clusterFlinkClasses = classes;
        }
        return clusterFlinkClasses;
    }

    @ParameterizedTest
    @EnumSource(SecwebJob.class)
    void theJarNamesAndCarriesItsMainClass(SecwebJob job) throws IOException {
        try (JarFile jar = new JarFile(RealFlinkCluster.jar(job).toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo(job.mainClass());
            assertThat(jar.getEntry(job.mainClass().replace('.', '/') + ".class")).isNotNull();
        }
    }

    @ParameterizedTest
    @EnumSource(SecwebJob.class)
    void theJarDuplicatesNoClassOfTheFlinkClusterAndNoLogging(SecwebJob job) throws IOException {
        try (JarFile jar = new JarFile(RealFlinkCluster.jar(job).toFile())) {
            List<String> entries = jar.stream().map(JarEntry::getName).toList();
            Set<String> duplicated = entries.stream().filter(clusterFlinkClasses()::contains).collect(Collectors.toSet());

            assertThat(clusterFlinkClasses()).as("the cluster classpath was read").hasSizeGreaterThan(10_000);
            assertThat(duplicated).as("Flink classes the cluster already has").isEmpty();
            assertThat(entries).as("logging bindings").noneMatch(n -> n.startsWith("org/slf4j/") || n.startsWith("org/apache/logging/"));
            // what the cluster lacks is in: the Kafka connector and client, the Elasticsearch client, our contracts
            assertThat(entries).contains("org/apache/flink/connector/kafka/source/KafkaSource.class",
                    "org/apache/kafka/clients/producer/KafkaProducer.class", "co/elastic/clients/elasticsearch/ElasticsearchClient.class",
                    "io/secweb/schemas/event/FeedEvent.class", "secweb/config/network.yaml");
        }
    }

    @ParameterizedTest
    @EnumSource(SecwebJob.class)
    void serviceFilesOfTheBundledLibrariesAreMergedNotOverwritten(SecwebJob job) throws IOException {
        try (JarFile jar = new JarFile(RealFlinkCluster.jar(job).toFile())) {
            String providers = new String(jar.getInputStream(jar.getEntry("META-INF/services/org.apache.kafka.common.config.provider.ConfigProvider"))
                    .readAllBytes());
            // kafka-clients ships several config providers in one service file; all must survive shading
            assertThat(providers).contains("FileConfigProvider", "DirectoryConfigProvider", "EnvVarConfigProvider");
        }
    }
}
