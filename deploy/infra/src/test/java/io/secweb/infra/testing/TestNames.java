package io.secweb.infra.testing;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique, readable names for a test's own topics, index prefixes and consumer groups. */
public final class TestNames {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    private TestNames() {}

    /** e.g. {@code it-3k9x-7-correction} — lower case, valid as a topic name and as an index prefix. */
    public static String unique(String label) {
        return ("it-" + RUN + "-" + COUNTER.incrementAndGet() + "-" + label).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }
}
