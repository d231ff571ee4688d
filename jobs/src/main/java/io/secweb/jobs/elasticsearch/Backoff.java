package io.secweb.jobs.elasticsearch;

import java.io.Serializable;
import java.time.Duration;

/** Exponential backoff, doubling from {@code initial} up to {@code max}, with no upper bound on attempts. */
public record Backoff(Duration initial, Duration max) implements Serializable {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max, got " + initial + " and " + max);
        }
    }

    /** Delay before retry number {@code attempt} (1 = the first retry). */
    public Duration delay(int attempt) {
        int shift = Math.min(Math.max(attempt - 1, 0), 30);
        long millis = initial.toMillis() << shift;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
