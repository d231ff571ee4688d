package io.secweb.core.alerts;

import java.time.LocalDate;

/**
 * How a tick compares with a rule's condition: the measured quantity (the value for above/below and
 * highest/lowest since, the % change or z-score against the chosen baseline), whether it breaches, and whether a firing
 * episode clears.
 */
final class AlertConditions {
    private AlertConditions() {}

    /**
     * True when the rule watches for a rise: above, highest_since, and change_pct / zscore with a non-negative fire
     * threshold (a negative one watches for a fall).
     */
    static boolean rising(AlertRule.Condition c) {
        return switch (c.type()) {
            case ABOVE, HIGHEST_SINCE -> true;
            case BELOW, LOWEST_SINCE -> false;
            case CHANGE_PCT, ZSCORE -> c.fire() >= 0;
        };
    }

    /** The measured quantity, or {@code NaN} when the tick lacks what the condition needs. */
    static double measure(AlertRule.Condition c, AlertTick t) {
        return switch (c.type()) {
            case ABOVE, BELOW -> t.value();
            case CHANGE_PCT -> orNaN(c.baseline() == AlertRule.Baseline.WEEKS_4 ? t.change4wPct() : t.change52wPct());
            case ZSCORE -> orNaN(t.z52w());
            case HIGHEST_SINCE, LOWEST_SINCE -> t.hasBaseline() ? t.value() : Double.NaN;
        };
    }

    private static double orNaN(Double d) {
        return d == null ? Double.NaN : d;
    }

    /**
     * The tick breaches: the measured quantity is at or past the fire threshold; for highest (lowest) since, no higher
     * (lower) value in the rule's years before the day.
     */
    static boolean breaches(AlertRule.Condition c, AlertTick t, double measured) {
        return switch (c.type()) {
            case HIGHEST_SINCE -> extremeFor(t.highestSince(), t.day(), c.years());
            case LOWEST_SINCE -> extremeFor(t.lowestSince(), t.day(), c.years());
            default -> rising(c) ? measured >= c.fire() : measured <= c.fire();
        };
    }

    private static boolean extremeFor(LocalDate lastBeyond, LocalDate day, int years) {
        return lastBeyond == null || lastBeyond.isBefore(day.minusYears(years));
    }

    /**
     * A firing episode clears: the measured quantity is back past the clear threshold; for highest (lowest) since, the
     * value no longer breaches and is at least {@code clear} below the episode's peak (above its trough).
     */
    static boolean clears(AlertRule.Condition c, AlertTick t, double measured, double peak) {
        return switch (c.type()) {
            case HIGHEST_SINCE -> !breaches(c, t, measured) && measured <= peak - c.clear();
            case LOWEST_SINCE -> !breaches(c, t, measured) && measured >= peak + c.clear();
            default -> rising(c) ? measured < c.clear() : measured > c.clear();
        };
    }

    /** The more extreme of two measured quantities, in the direction the rule watches. */
    static double extreme(AlertRule.Condition c, double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        return rising(c) ? Math.max(a, b) : Math.min(a, b);
    }
}
