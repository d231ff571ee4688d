package io.secweb.jobs.alerts;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One event-time tick of a watched series: the day, the value, the baselines it is compared with and the number of
 * events behind it (from the provenance counts). A baseline that is not known yet is {@code NaN}; such a tick, like one
 * below the support floor, neither breaches nor clears.
 *
 * @param mean4w        mean of the 4-week baseline window
 * @param sd4w          standard deviation of the 4-week baseline window
 * @param mean52w       mean of the 52-week baseline window
 * @param sd52w         standard deviation of the 52-week baseline window
 * @param previousHigh  highest value in the rule's {@code years} before this day (highest_since)
 * @param previousLow   lowest value in the rule's {@code years} before this day (lowest_since)
 */
public record AlertTick(LocalDate day, double value, double mean4w, double sd4w, double mean52w, double sd52w,
                        double previousHigh, double previousLow, long support) implements Serializable {

    /** A tick for above/below rules, which need no baseline. */
    public static AlertTick of(LocalDate day, double value, long support) {
        return new AlertTick(day, value, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, support);
    }
}
