package io.secweb.core.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10));

    @Test
    void doublesFromTheInitialDelay() {
        assertThat(backoff.delay(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.delay(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.delay(3)).isEqualTo(Duration.ofMillis(800));
        assertThat(backoff.delay(6)).isEqualTo(Duration.ofMillis(6400));
    }

    @Test
    void isCappedAtTheMaximum() {
        assertThat(backoff.delay(7)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.delay(8)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void neverExceedsTheMaximumHoweverManyAttempts() {
        for (int attempt : new int[] {31, 32, 63, 64, 65, 1_000, Integer.MAX_VALUE}) {
            assertThat(backoff.delay(attempt)).as("attempt %d", attempt).isEqualTo(Duration.ofSeconds(10));
        }
    }

    @Test
    void anInitialEqualToTheMaximumIsAFixedDelay() {
        Backoff fixed = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertThat(fixed.delay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(fixed.delay(40)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void rejectsAZeroOrNegativeInitialDelay() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMillis(-1), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAMaximumShorterThanTheInitialDelay() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("initial <= max");
    }
}
