package io.secweb.core.alerts;

import io.secweb.core.documents.DocumentIds;

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
 *   <li>a restated tick (a day seen before, with new values) is re-evaluated from the progress before that day through
 *       every later day of the restatement window; changes already emitted are not emitted again, and a change to
 *       FIRING, RESOLVED or FLAPPING emitted for one of those days that the re-evaluation no longer produces is
 *       retracted: a RETRACTED change (from = the status it went to) is emitted, the original stays on record (a
 *       receiver may have acted on it). Ticks older than the window are ignored.</li>
 * </ul>
 * Holds no state of its own; thread-safe.
 */
public final class AlertStateMachine {
    /** Restatements reach back at most this far by default: the indicators' default allowed lateness. */
    public static final int DEFAULT_RESTATEMENT_WINDOW_DAYS = 365;

    private final AlertRule rule;
    private final int restatementWindowDays;

    public AlertStateMachine(AlertRule rule) {
        this(rule, DEFAULT_RESTATEMENT_WINDOW_DAYS);
    }

    /** @param restatementWindowDays how far back a restated tick is still re-evaluated (the indicators' allowed lateness) */
    public AlertStateMachine(AlertRule rule, int restatementWindowDays) {
        this.rule = rule;
        this.restatementWindowDays = restatementWindowDays;
    }

    /** The new state and the changes to publish, in order. */
    public record Result(AlertState state, List<AlertTransition> transitions) {}

    public Result apply(AlertState state, AlertTick tick) {
        return applyAll(state, List.of(tick));
    }

    /**
     * Applies several ticks at once — a restatement pass of many days — and re-evaluates once from the earliest day
     * that changed: the changes and retractions published are the net result of the whole pass, with none raised on
     * the way by a mix of restated and not yet restated days. Later ticks of the same day replace earlier ones.
     */
    public Result applyAll(AlertState state, List<AlertTick> ticks) {
        List<AlertState.Day> days = new ArrayList<>(state.days());
        LocalDate fromDay = null;
        for (AlertTick tick : ticks) {
            LocalDate day = tick.day();
            LocalDate last = days.isEmpty() ? null : days.get(days.size() - 1).tick().day();
            if (last == null || day.isAfter(last)) {
                // a new day: its progress before is the series' current one (recomputed below if earlier days change)
                days.add(new AlertState.Day(tick, state.current()));
            } else {
                int at = indexOf(days, day);
                if (at < 0) {
                    int insertAt = -at - 1;
                    if (insertAt == 0 && windowStart(last).isAfter(day)) {
                        continue;   // older than the restatement window
                    }
                    // a day that had no tick (sparse series) gets one: it starts from the progress before the next day
                    days.add(insertAt, new AlertState.Day(tick, days.get(insertAt).before()));
                } else if (days.get(at).tick().equals(tick)) {
                    continue;       // the same tick again: nothing to re-evaluate
                } else {
                    days.set(at, new AlertState.Day(tick, days.get(at).before()));
                }
            }
            fromDay = fromDay == null || day.isBefore(fromDay) ? day : fromDay;
        }
        if (fromDay == null) {
            return new Result(state, List.of());
        }
        int from = indexOf(days, fromDay);
        // (re-)evaluate from that day through the last one, publishing only what was not published before
        Set<String> emitted = new HashSet<>(state.emitted());
        String reevaluatedFrom = days.get(from).tick().day().toString();
        Set<String> produced = new HashSet<>();
        List<AlertTransition> fresh = new ArrayList<>();
        AlertState.Progress p = days.get(from).before();
        for (int i = from; i < days.size(); i++) {
            AlertState.Day d = days.get(i);
            days.set(i, new AlertState.Day(d.tick(), p));
            List<AlertTransition> changes = new ArrayList<>();
            p = step(p, state.key(), d.tick(), changes);
            for (AlertTransition t : changes) {
                String k = emittedKey(t);
                produced.add(k);
                if (emitted.add(k)) {
                    fresh.add(t);
                }
            }
        }
        // changes to FIRING, RESOLVED or FLAPPING emitted for the re-evaluated days that the new values no longer produce:
        // retract them (first, in day order). Stale PENDING and OK changes are bookkeeping and stay as they are.
        List<String> stale = emitted.stream().filter(k -> k.compareTo(reevaluatedFrom) >= 0 && !produced.contains(k) && retractable(k))
                .sorted().toList();
        for (int i = 0; i < stale.size(); i++) {
            emitted.remove(stale.get(i));
            fresh.add(i, retraction(state.key(), stale.get(i)));
        }
        LocalDate last = days.get(days.size() - 1).tick().day();
        LocalDate start = windowStart(last);
        if (days.get(0).tick().day().isBefore(start)) {
            days.removeIf(d -> d.tick().day().isBefore(start));
            // keys start with the ISO day, which sorts as text
            String first = start.toString();
            emitted.removeIf(k -> k.compareTo(first) < 0);
        }
        return new Result(new AlertState(state.key(), p, last, days, emitted), List.copyOf(fresh));
    }

    /** "day from>to episode": keys sort by day as text (ISO days). */
    private static String emittedKey(AlertTransition t) {
        return t.day() + " " + t.from() + ">" + t.to() + " " + t.episodeId();
    }

    private static boolean retractable(String emittedKey) {
        return emittedKey.contains(">FIRING ") || emittedKey.contains(">RESOLVED ") || emittedKey.contains(">FLAPPING ");
    }

    private AlertTransition retraction(String key, String emittedKey) {
        String[] parts = emittedKey.split(" ");
        AlertStatus retracted = AlertStatus.valueOf(parts[1].substring(parts[1].indexOf('>') + 1));
        return AlertTransition.retraction(rule.id(), key, LocalDate.parse(parts[0]), retracted, parts[2]);
    }

    private LocalDate windowStart(LocalDate lastDay) {
        return lastDay.minusDays(restatementWindowDays);
    }

    private static int indexOf(List<AlertState.Day> days, LocalDate day) {
        int lo = 0;
        int hi = days.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = days.get(mid).tick().day().compareTo(day);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
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
