package io.secweb.core.alerts;

import io.secweb.core.indicators.SeriesHistory;

import java.time.LocalDate;

/**
 * The alerts job's own history of one watched series, for highest/lowest-since rules on series whose indicator
 * documents carry no baselines (dyads): the bounded {@link SeriesHistory} (a year of points plus record stacks, exact
 * for "last higher/lower day" questions) and the first day seen, so that "highest in N years" is only said once N
 * years of the series have been seen.
 */
public record SinceHistory(LocalDate firstDay, SeriesHistory history) {

    public static SinceHistory empty() {
        return new SinceHistory(null, SeriesHistory.empty());
    }

    /**
     * The tick of the day's value, with highest/lowest since from this history; no baseline until {@code years} are
     * covered, nor for a day the history can no longer answer exactly (older than what it keeps).
     */
    public AlertTick tick(AlertTick plain, int years) {
        boolean covered = firstDay != null && !firstDay.isAfter(plain.day().minusYears(years));
        if (!covered || !history.accepts(plain.day())) {
            return plain;
        }
        return new AlertTick(plain.day(), plain.value(), plain.change4wPct(), plain.change52wPct(), plain.z52w(), true,
                history.lastHigherBefore(plain.day(), plain.value()), history.lastLowerBefore(plain.day(), plain.value()), plain.support());
    }

    /**
     * This history with the day's value recorded (a restated day replaces its value), keeping every point of the
     * restatement window before {@code latestDay} exact.
     */
    public SinceHistory with(LocalDate day, double value, LocalDate latestDay, int restatementWindowDays) {
        LocalDate first = firstDay == null || day.isBefore(firstDay) ? day : firstDay;
        LocalDate latest = latestDay == null || day.isAfter(latestDay) ? day : latestDay;
        return new SinceHistory(first, history.with(day, value).prunedFor(latest.minusDays(restatementWindowDays)));
    }
}
