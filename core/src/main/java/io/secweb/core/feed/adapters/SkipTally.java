package io.secweb.core.feed.adapters;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Counts the rows an adapter did not map, by reason; sorted by reason so that equal files give equal results. */
final class SkipTally {
    private final Map<String, Integer> counts = new TreeMap<>();

    void add(String reason) {
        counts.merge(reason, 1, Integer::sum);
    }

    void add(String reason, int rows) {
        if (rows > 0) {
            counts.merge(reason, rows, Integer::sum);
        }
    }

    Map<String, Integer> asMap() {
        return Collections.unmodifiableMap(new TreeMap<>(counts));
    }
}
