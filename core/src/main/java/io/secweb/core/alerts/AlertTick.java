package io.secweb.core.alerts;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One event-time tick of a watched series, as an indicator document carries it: the day, the value, its baselines
 * (null where the indicators could not say, see {@link io.secweb.core.indicators.Baseline}) and the number of
 * events behind it (the document's provenance counts). A tick lacking what its rule's condition needs, like one below
 * the support floor, neither breaches nor clears.
 *
 * @param change4wPct  % change against the value 28 days earlier
 * @param change52wPct % change against the value 364 days earlier
 * @param z52w         z-score against the trailing 52 weeks
 * @param hasBaseline  the document carried a baseline for this series (without one, highest/lowest since cannot be said)
 * @param highestSince the last earlier day with a higher value; null = the highest on record
 * @param lowestSince  the last earlier day with a lower value; null = the lowest on record
 */
public record AlertTick(LocalDate day, double value, Double change4wPct, Double change52wPct, Double z52w, boolean hasBaseline,
                        LocalDate highestSince, LocalDate lowestSince, long support) implements Serializable {

    /** A tick for above/below rules, which need no baseline. */
    public static AlertTick of(LocalDate day, double value, long support) {
        return new AlertTick(day, value, null, null, null, false, null, null, support);
    }
}
