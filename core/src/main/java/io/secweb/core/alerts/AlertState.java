package io.secweb.core.alerts;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The whole state of one (rule, key) series, small and serialisable so a keyed Flink function can hold it as one
 * value. Besides the current {@link Progress} it keeps, for the restatement window, every day's tick with the progress
 * before it, and the changes already emitted: a restated day (a late event, revision + 1) is re-evaluated from the
 * progress before that day through every later day, and only changes not emitted before are published.
 *
 * @param days    the ticks of the window, oldest first, each with the progress before it
 * @param emitted keys of the changes emitted within the window ({@code day from>to episode})
 */
public record AlertState(String key, Progress current, LocalDate lastDay, List<Day> days, Set<String> emitted)
        implements Serializable {

    public AlertState {
        days = List.copyOf(days);
        emitted = Set.copyOf(emitted);
    }

    /** A series never seen before. */
    public static AlertState initial(String key) {
        return new AlertState(key, Progress.START, null, List.of(), Set.of());
    }

    public AlertStatus status() {
        return current.status();
    }

    /** One evaluated day: its tick and the progress before it. */
    public record Day(AlertTick tick, Progress before) implements Serializable {}

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
