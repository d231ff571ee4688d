package io.secweb.core.alerts;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One state change of one (rule, key) series on one event-time day. {@code value} is the indicator's value that day,
 * {@code measured} the quantity compared with the thresholds (the value, the % change or the z-score),
 * {@code threshold} the one that decided the change (fire on the way in, clear on the way out; NaN for highest/lowest
 * since on the way in) and {@code peak} the most extreme measured quantity of the episode so far. The episode id is
 * deterministic: sha-1 of rule, key and the day of the episode's first breach.
 */
public record AlertTransition(String ruleId, String key, LocalDate day, AlertStatus from, AlertStatus to, String episodeId,
                              double value, double measured, double threshold, double peak) implements Serializable {

    /** FIRING and RESOLVED changes, and the retraction of one, are the ones that page; everything else is only recorded. */
    public boolean notifies() {
        return to == AlertStatus.FIRING || to == AlertStatus.RESOLVED
                || to == AlertStatus.RETRACTED && (from == AlertStatus.FIRING || from == AlertStatus.RESOLVED);
    }

    /**
     * The retraction of the change to {@code retracted} on {@code day} of episode {@code episodeId}: its {@code from} is
     * the status that change went to; no values (the day no longer crosses).
     */
    public static AlertTransition retraction(String ruleId, String key, LocalDate day, AlertStatus retracted, String episodeId) {
        return new AlertTransition(ruleId, key, day, retracted, AlertStatus.RETRACTED, episodeId, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN);
    }
}
