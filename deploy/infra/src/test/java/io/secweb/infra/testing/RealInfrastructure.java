package io.secweb.infra.testing;

import io.secweb.infra.ElasticsearchNode;
import io.secweb.infra.KafkaBroker;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The shared test fixture: one real Kafka broker (in-process, KRaft) and one real Elasticsearch node (child
 * process), started once per test JVM on free ports and stopped when the test plan ends. Tests get their own
 * topics and index names from {@link TestNames}, so they never collide with each other or with a local stack.
 *
 * <pre>{@code @ExtendWith(RealInfrastructure.class) class MyIT { ... RealInfrastructure.kafka() ... }}</pre>
 */
public final class RealInfrastructure implements BeforeAllCallback {
    private static KafkaBroker kafka;
    private static ElasticsearchNode elasticsearch;

    @Override
    public void beforeAll(ExtensionContext context) {
        startOnce(context);
    }

    private static synchronized void startOnce(ExtensionContext context) {
        if (kafka != null) {
            return;
        }
        try {
            // world-traversable: the Elasticsearch node runs as nobody when the tests run as root
            Path base = Files.createTempDirectory("secweb-it-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            long t0 = System.nanoTime();
            kafka = KafkaBroker.start(0, base.resolve("kafka"));
            long t1 = System.nanoTime();
            elasticsearch = ElasticsearchNode.start(0, base.resolve("es"), "512m");
            long t2 = System.nanoTime();
            System.out.printf("[RealInfrastructure] Kafka %s in %d ms, Elasticsearch %s in %d ms%n",
                    kafka.bootstrapServers(), (t1 - t0) / 1_000_000, elasticsearch.url(), (t2 - t1) / 1_000_000);
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RealInfrastructure.class.getName(),
                    (AutoCloseable) RealInfrastructure::stopAll);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void stopAll() {
        if (elasticsearch != null) {
            elasticsearch.close();
            elasticsearch = null;
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
    }

    public static KafkaBroker kafka() {
        if (kafka == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(RealInfrastructure.class)");
        }
        return kafka;
    }

    public static ElasticsearchNode elasticsearch() {
        if (elasticsearch == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(RealInfrastructure.class)");
        }
        return elasticsearch;
    }
}
