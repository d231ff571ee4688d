package io.secweb.core.indicators;

import java.time.LocalDate;

/**
 * A day's value of a series against its own past ({@link Baselines}). Every field is null when it cannot be said.
 *
 * @param changeVs4Weeks  change in % against the value 28 days earlier: {@code (v − b) / |b| × 100}; null when that
 *                        day has no value or its value is 0
 * @param changeVs52Weeks the same against 364 days earlier (52 weeks, so the same weekday)
 * @param zScore52Weeks   {@code (v − mean) / std} over the values of the 364 days before the day (population standard
 *                        deviation); null with fewer than two values or no spread
 * @param highestSince    the last earlier day whose value was strictly higher: the value is the highest since the day
 *                        after it; null when no earlier value was higher, i.e. the value is the <b>highest on
 *                        record</b> (equalling the record counts)
 * @param lowestSince     the last earlier day whose value was strictly lower; null when it is the <b>lowest on
 *                        record</b>
 */
public record Baseline(Double changeVs4Weeks, Double changeVs52Weeks, Double zScore52Weeks, LocalDate highestSince, LocalDate lowestSince) {

    /** Nothing to say: the day itself has no value. */
    public static final Baseline NONE = new Baseline(null, null, null, null, null);
}
