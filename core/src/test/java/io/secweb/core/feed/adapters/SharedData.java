package io.secweb.core.feed.adapters;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public datasets in the shared data folder next to the repository ({@code ../shared/data} from the project
 * root, so {@code ../../shared/data} from the jobs module). They are read, never copied into the repository; a test
 * that needs one is skipped, with a message saying where it looked, when the folder is not there.
 */
final class SharedData {
    static final Path ROOT = Path.of("../../shared/data");
    private static final Map<String, AdapterResult> READ = new ConcurrentHashMap<>();

    private SharedData() {}

    /** The file, or the calling test is skipped (an assumption failure) when it is not readable. */
    static Path require(String relative) {
        Path file = ROOT.resolve(relative);
        Assumptions.assumeTrue(Files.isReadable(file),
                () -> "shared dataset " + file.toAbsolutePath().normalize() + " not found: test skipped (the datasets are not part of the repository)");
        return file;
    }

    /** The adapter's result for the file, read once per test JVM. */
    static AdapterResult read(FeedAdapter adapter, String relative) {
        Path file = require(relative);
        return READ.computeIfAbsent(adapter.format() + ":" + relative, k -> {
            try {
                return adapter.read(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
