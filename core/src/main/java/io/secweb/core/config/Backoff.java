package io.secweb.core.config;

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
        Duration delay = initial;
        for (int i = 1; i < attempt && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
