package io.secweb.jobs.alerts;

import io.secweb.jobs.documents.DocumentIds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The alert state machine of one rule, as a pure function from (state, tick) to (state, changes), on event time.
 * <ul>
 *   <li>{@code for} consecutive breaching ticks before FIRING (PENDING in between; a calm tick ends PENDING);</li>
 *   <li>hysteresis: FIRING ends (RESOLVED) only once the value is back past the clear threshold; RESOLVED becomes OK on
 *       the next calm tick;</li>
 *   <li>flap guard: {@code changes} FIRING/RESOLVED changes within {@code within} ticks turn the series FLAPPING and hold
 *       further changes back, until {@code within} ticks pass without one (then FIRING, or RESOLVED if it calmed);</li>
 *   <li>support floor: a tick backed by fewer than {@code min_support} events (or lacking its baseline) neither breaches
 *       nor clears, and does not count as a tick;</li>
 *   <li>a restated tick (the same day again) is re-evaluated from the state before that day; changes already emitted
 *       for the day are not emitted again. A restatement that no longer crosses does not retract what was emitted;
 *       ticks older than the last day are ignored (restatements arrive within the indicators' allowed lateness, before
 *       the next day's tick).</li>
 * </ul>
 * Holds no state of its own; thread-safe.
 */
public final class AlertStateMachine {
    private final AlertRule rule;

    public AlertStateMachine(AlertRule rule) {
        this.rule = rule;
    }

    /** The new state and the changes to publish, in order. */
    public record Result(AlertState state, List<AlertTransition> transitions) {}

    public Result apply(AlertState state, AlertTick tick) {
        LocalDate day = tick.day();
        if (state.lastDay() != null && day.isBefore(state.lastDay())) {
            return new Result(state, List.of());
        }
        boolean restated = day.equals(state.lastDay());
        AlertState.Progress base = restated ? state.beforeLastDay() : state.current();
        Set<String> emitted = new HashSet<>(restated ? state.emittedOnLastDay() : Set.of());

        List<AlertTransition> changes = new ArrayList<>();
        AlertState.Progress next = step(base, state.key(), tick, changes);
        List<AlertTransition> fresh = new ArrayList<>();
        for (AlertTransition t : changes) {
            if (emitted.add(t.from() + ">" + t.to() + "@" + t.episodeId())) {
                fresh.add(t);
            }
        }
        return new Result(new AlertState(state.key(), next, base, day, emitted), List.copyOf(fresh));
    }

    private AlertState.Progress step(AlertState.Progress p, String key, AlertTick tick, List<AlertTransition> out) {
        AlertRule.Condition c = rule.condition();
        double measured = AlertConditions.measure(c, tick);
        if (tick.support() < rule.minSupport() || Double.isNaN(measured)) {
            return p;
        }
        long ticks = p.ticks() + 1;
        boolean breach = AlertConditions.breaches(c, tick, measured);
        AlertStatus was = p.underlying();
        AlertStatus now = was;
        int streak = p.streak();
        LocalDate episodeStart = p.episodeStart();
        double peak = p.peak();
        double threshold = c.fire();
        switch (was) {
            case OK, RESOLVED -> {
                if (breach) {
                    streak = 1;
                    episodeStart = tick.day();
                    peak = measured;
                    now = rule.forTicks() <= 1 ? AlertStatus.FIRING : AlertStatus.PENDING;
                } else {
                    now = AlertStatus.OK;
                    streak = 0;
                    threshold = c.clear();
                }
            }
            case PENDING -> {
                if (breach) {
                    streak++;
                    peak = AlertConditions.extreme(c, peak, measured);
                    now = streak >= rule.forTicks() ? AlertStatus.FIRING : AlertStatus.PENDING;
                } else {
                    now = AlertStatus.OK;
                    streak = 0;
                }
            }
            case FIRING -> {
                if (AlertConditions.clears(c, tick, measured, peak)) {
                    now = AlertStatus.RESOLVED;
                    streak = 0;
                    threshold = c.clear();
                } else {
                    peak = AlertConditions.extreme(c, peak, measured);
                }
            }
            default -> throw new IllegalStateException("underlying status cannot be " + was);
        }
        // the episode id (and peak) of a change to OK is still that of the episode that just ended
        LocalDate changeEpisode = episodeStart;
        double changePeak = peak;
        if (now == AlertStatus.OK) {
            episodeStart = null;
            peak = Double.NaN;
        }

        List<Long> changeTicks = new ArrayList<>();
        for (Long t : p.changeTicks()) {
            if (t > ticks - rule.flap().within()) {
                changeTicks.add(t);
            }
        }
        if (now != was && (now == AlertStatus.FIRING || now == AlertStatus.RESOLVED)) {
            changeTicks.add(ticks);
        }

        AlertStatus shown = p.status();
        LocalDate flapStart = p.flapStart();
        if (shown != AlertStatus.FLAPPING) {
            if (changeTicks.size() >= rule.flap().changes()) {
                flapStart = changeEpisode != null ? changeEpisode : tick.day();
                out.add(transition(key, tick, shown, AlertStatus.FLAPPING, flapStart, measured, c.fire(), changePeak));
                shown = AlertStatus.FLAPPING;
            } else {
                if (now != was) {
                    out.add(transition(key, tick, was, now, changeEpisode, measured, threshold, changePeak));
                }
                shown = now;
            }
        } else if (changeTicks.isEmpty()) {
            // calm for a whole flap window: show the series as it is again. A series that calmed down shows RESOLVED
            // (notifying, so that a receiver that saw FIRING before the flapping hears the end), then OK on its next
            // calm tick; one that kept firing shows FIRING.
            AlertStatus settled = now == AlertStatus.FIRING ? AlertStatus.FIRING : AlertStatus.RESOLVED;
            out.add(transition(key, tick, AlertStatus.FLAPPING, settled, flapStart, measured,
                    settled == AlertStatus.FIRING ? c.fire() : c.clear(), changePeak));
            shown = settled;
            if (settled == AlertStatus.RESOLVED) {
                now = AlertStatus.RESOLVED;
                streak = 0;
                episodeStart = null;
                peak = Double.NaN;
            }
            flapStart = null;
        }
        return new AlertState.Progress(shown, now, streak, episodeStart, flapStart, peak, ticks, changeTicks);
    }

    private AlertTransition transition(String key, AlertTick tick, AlertStatus from, AlertStatus to, LocalDate episodeDay,
                                       double measured, double threshold, double peak) {
        LocalDate episode = episodeDay != null ? episodeDay : tick.day();
        double decided = rule.condition().since() && to != AlertStatus.RESOLVED ? Double.NaN : threshold;
        return new AlertTransition(rule.id(), key, tick.day(), from, to, DocumentIds.sha1(rule.id(), key, episode.toString()),
                tick.value(), measured, decided, peak);
    }
}
