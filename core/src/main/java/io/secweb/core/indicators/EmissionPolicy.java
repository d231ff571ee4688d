package io.secweb.core.indicators;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * When a country or dyad document is written for a day, so that their number follows activity rather than
 * days × pairs: when any value differs from the previous day's by more than the relative tolerance (or appears, or drops to zero — written once, with zeros), and every Monday otherwise (a weekly heartbeat, so a series can be drawn without gaps longer than a
 * week). Decayed ties below the model's floor are already zero and so never keep a dyad alive. A pure function of
 * two days' values: live runs, restatements and replays make the same decisions.
 */
public final class EmissionPolicy {
    private EmissionPolicy() {}

    public static boolean emit(LocalDate day, Map<String, Double> previous, Map<String, Double> current, double tolerance) {
        boolean had = previous != null && !previous.isEmpty();
        if (current == null || current.isEmpty()) {
            // a tie or a country that has just gone quiet is written once, with zeros
            return had;
        }
        if (day.getDayOfWeek() == DayOfWeek.MONDAY || previous == null || !previous.keySet().equals(current.keySet())) {
            return true;
        }
        for (Map.Entry<String, Double> e : current.entrySet()) {
            double now = e.getValue();
            double before = Objects.requireNonNullElse(previous.get(e.getKey()), 0.0);
            double scale = Math.max(Math.abs(before), Math.abs(now));
            if (scale > 0 && Math.abs(now - before) / scale > tolerance) {
                return true;
            }
        }
        return false;
    }
}
