package io.secweb.jobs.alerts;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One state change of one (rule, key) series on one event-time day. {@code value} is the quantity compared with the
 * thresholds (the value, the % change, the z-score, or the margin beyond the previous extreme) and {@code threshold}
 * the one that decided the change (fire on the way up, clear on the way down). The episode id is deterministic:
 * sha-1 of rule, key and the day the episode's first breach happened.
 */
public record AlertTransition(String ruleId, String key, LocalDate day, AlertStatus from, AlertStatus to, String episodeId,
                              double value, double threshold) implements Serializable {

    /** FIRING and RESOLVED changes are the ones that page; everything else is only recorded. */
    public boolean notifies() {
        return to == AlertStatus.FIRING || to == AlertStatus.RESOLVED;
    }
}
