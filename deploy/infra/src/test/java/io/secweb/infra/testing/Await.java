package io.secweb.infra.testing;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits on a condition with a deadline, instead of sleeping and hoping. */
public final class Await {
    private Await() {}

    public static void until(String what, Duration timeout, Supplier<Boolean> condition) {
        until(what, timeout, condition, () -> null);
    }

    /** As {@link #until(String, Duration, Supplier)}; on timeout the message adds what {@code diagnosis} says of the state. */
    public static void until(String what, Duration timeout, Supplier<Boolean> condition, Supplier<String> diagnosis) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Throwable last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(condition.get())) {
                    return;
                }
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
        String state;
        try {
            state = diagnosis.get();
        } catch (RuntimeException e) {
            state = "(no diagnosis: " + e.getMessage() + ")";
        }
        throw new AssertionError("timed out after " + timeout + " waiting for " + what + (state == null ? "" : "; " + state), last);
    }
}
