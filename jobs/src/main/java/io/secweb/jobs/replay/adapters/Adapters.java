package io.secweb.jobs.replay.adapters;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every dataset adapter, by format name. */
public final class Adapters {
    private static final List<FeedAdapter> ALL = List.of();

    private Adapters() {}

    public static List<FeedAdapter> all() {
        return ALL;
    }

    public static Optional<FeedAdapter> byFormat(String format) {
        return ALL.stream().filter(a -> a.format().equals(format)).findFirst();
    }

    public static Optional<FeedAdapter> detect(Path file, String firstLine) {
        return ALL.stream().filter(a -> a.recognises(file, firstLine)).findFirst();
    }
}
