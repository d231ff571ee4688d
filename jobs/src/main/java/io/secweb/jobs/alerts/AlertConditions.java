package io.secweb.jobs.alerts;

/**
 * Turns a tick into the quantity a rule's thresholds are about: the value itself (above/below), the % change or
 * z-score against the chosen baseline, or the margin beyond the previous extreme (highest/lowest since).
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
        boolean weeks4 = c.baseline() == AlertRule.Baseline.WEEKS_4;
        double mean = weeks4 ? t.mean4w() : t.mean52w();
        double sd = weeks4 ? t.sd4w() : t.sd52w();
        return switch (c.type()) {
            case ABOVE, BELOW -> t.value();
            // a zero baseline has no meaningful % change; the support floor is the guard for thin series
            case CHANGE_PCT -> mean == 0 ? Double.NaN : (t.value() - mean) / Math.abs(mean) * 100.0;
            case ZSCORE -> sd == 0 || Double.isNaN(sd) ? Double.NaN : (t.value() - mean) / sd;
            case HIGHEST_SINCE -> t.value() - t.previousHigh();
            // positive when the value is below the previous low, so fire/clear read the same way as highest_since
            case LOWEST_SINCE -> t.previousLow() - t.value();
        };
    }

    /** The measured quantity is at or past the fire threshold (strictly past the previous extreme for *_since). */
    static boolean breaches(AlertRule.Condition c, double measured) {
        return switch (c.type()) {
            case HIGHEST_SINCE, LOWEST_SINCE -> measured > c.fire();
            default -> rising(c) ? measured >= c.fire() : measured <= c.fire();
        };
    }

    /** The measured quantity is back past the clear threshold (for *_since: no longer beyond the previous extreme by more than clear). */
    static boolean clears(AlertRule.Condition c, double measured) {
        return switch (c.type()) {
            case HIGHEST_SINCE, LOWEST_SINCE -> measured <= c.clear();
            default -> rising(c) ? measured < c.clear() : measured > c.clear();
        };
    }
}
