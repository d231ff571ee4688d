package io.secweb.core.feed;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When each record of an event-time ordered feed is due, in wall-clock seconds after the first, when publishing at
 * {@code daysPerSecond} event days per second. A quiet stretch between two consecutive records counts as at most
 * {@code maxQuietDays}: the curated feed's 1951 treaty would otherwise hold the next record (2000) back for three
 * minutes at 100 days per second. {@code daysPerSecond == 0} means as fast as possible: everything is due at once.
 *
 * <p>Not thread-safe: one instance walks one feed in order. A record earlier than the one before it (the feed is not
 * sorted) is due at once.
 */
public final class Pacing {
    /** The quiet-stretch cap used by the replay command and the local stack: a month of event time. */
    public static final long DEFAULT_MAX_QUIET_DAYS = 30;

    private final double daysPerSecond;
    private final long maxQuietDays;
    private LocalDate previous;
    private long paceDays;

    public Pacing(double daysPerSecond, long maxQuietDays) {
        if (daysPerSecond < 0 || Double.isNaN(daysPerSecond) || Double.isInfinite(daysPerSecond)) {
            throw new IllegalArgumentException("daysPerSecond must be 0 (as fast as possible) or a positive number, got " + daysPerSecond);
        }
        if (maxQuietDays < 1) {
            throw new IllegalArgumentException("maxQuietDays must be at least 1, got " + maxQuietDays);
        }
        this.daysPerSecond = daysPerSecond;
        this.maxQuietDays = maxQuietDays;
    }

    /** Seconds after the first record at which the record starting on {@code day} is due; call once per record, in feed order. */
    public double dueSeconds(LocalDate day) {
        if (previous != null) {
            long gap = ChronoUnit.DAYS.between(previous, day);
            paceDays += Math.max(0, Math.min(gap, maxQuietDays));
        }
        if (previous == null || day.isAfter(previous)) {
            previous = day;
        }
        return daysPerSecond == 0 ? 0 : paceDays / daysPerSecond;
    }

    public boolean paced() {
        return daysPerSecond > 0;
    }
}
