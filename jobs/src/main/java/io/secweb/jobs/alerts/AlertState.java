package io.secweb.jobs.alerts;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The whole state of one (rule, key) series, small and serialisable so a keyed Flink function can hold it as one
 * value. Besides the current {@link Progress} it keeps the progress as it was before the last day was applied and the
 * changes already emitted for that day, so a restated day is re-evaluated from the right starting point without
 * emitting the same change twice.
 */
public record AlertState(String key, Progress current, Progress beforeLastDay, LocalDate lastDay, Set<String> emittedOnLastDay)
        implements Serializable {

    public AlertState {
        emittedOnLastDay = Set.copyOf(emittedOnLastDay);
    }

    /** A series never seen before. */
    public static AlertState initial(String key) {
        return new AlertState(key, Progress.START, Progress.START, null, Set.of());
    }

    public AlertStatus status() {
        return current.status();
    }

    /**
     * @param status       what the series shows (FLAPPING while the flap guard holds notifications)
     * @param underlying   what the series would show without the flap guard
     * @param streak       consecutive breaching ticks so far
     * @param episodeStart the day of the current episode's first breach, or null outside an episode
     * @param flapStart    the episode day the series went FLAPPING in, or null when not flapping
     * @param peak         the most extreme measured quantity of the current episode (NaN outside an episode)
     * @param ticks        ticks evaluated so far (those below the support floor do not count)
     * @param changeTicks  the tick numbers of the recent FIRING/RESOLVED changes, within the flap window
     */
    public record Progress(AlertStatus status, AlertStatus underlying, int streak, LocalDate episodeStart, LocalDate flapStart,
                           double peak, long ticks, List<Long> changeTicks) implements Serializable {
        public static final Progress START = new Progress(AlertStatus.OK, AlertStatus.OK, 0, null, null, Double.NaN, 0, List.of());

        public Progress {
            changeTicks = List.copyOf(changeTicks);
        }
    }
}
