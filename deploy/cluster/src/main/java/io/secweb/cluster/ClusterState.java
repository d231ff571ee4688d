package io.secweb.cluster;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where a running local cluster is: written by {@code ./secweb cluster up} to {@code .secweb/cluster.properties} and read by
 * {@code ./secweb deploy} and {@code ./secweb cluster status}, so they need no addresses on the command line.
 */
public record ClusterState(String restUrl, String kafka, String elasticsearchUrl, Path dataDir, Path confDir) {
    public void write(Path file) {
        Properties p = new Properties();
        p.setProperty("rest.url", restUrl);
        p.setProperty("kafka.bootstrap_servers", kafka);
        p.setProperty("elasticsearch.url", elasticsearchUrl);
        p.setProperty("data.dir", dataDir.toString());
        p.setProperty("conf.dir", confDir.toString());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(file)) {
                p.store(w, "the local secweb cluster (./secweb cluster up)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The state of the running cluster, or null when the file does not exist. */
    public static ClusterState read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ClusterState(p.getProperty("rest.url"), p.getProperty("kafka.bootstrap_servers"), p.getProperty("elasticsearch.url"),
                Path.of(p.getProperty("data.dir")), Path.of(p.getProperty("conf.dir")));
    }
}
