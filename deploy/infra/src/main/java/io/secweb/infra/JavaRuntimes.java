package io.secweb.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds a Java runtime of at least a given feature version, for Elasticsearch (which needs 21+). */
public final class JavaRuntimes {
    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)");

    private JavaRuntimes() {}

    /**
     * Looks in ES_JAVA_HOME, then JAVA_HOME, then the running JVM, then every JDK under /usr/lib/jvm and /opt/java,
     * newest first.
     */
    public static Optional<Path> find(int minimumFeature) {
        List<Path> candidates = new ArrayList<>();
        for (String env : List.of("ES_JAVA_HOME", "JAVA_HOME")) {
            String v = System.getenv(env);
            if (v != null && !v.isBlank()) {
                candidates.add(Path.of(v));
            }
        }
        candidates.add(Path.of(System.getProperty("java.home")));
        for (String root : List.of("/usr/lib/jvm", "/opt/java", "/usr/local/lib/jvm")) {
            Path dir = Path.of(root);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.sorted(Comparator.comparingInt(JavaRuntimes::feature).reversed()).forEach(candidates::add);
                } catch (IOException ignored) {
                    // unreadable folder: skip it
                }
            }
        }
        return candidates.stream()
                .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .filter(home -> feature(home) >= minimumFeature)
                .findFirst();
    }

    /** The feature version from a runtime's {@code release} file, or 0 when unknown. */
    static int feature(Path home) {
        try (Stream<String> lines = Files.lines(home.resolve("release"))) {
            return lines.map(VERSION::matcher).filter(Matcher::find).map(m -> Integer.parseInt(m.group(1))).findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
