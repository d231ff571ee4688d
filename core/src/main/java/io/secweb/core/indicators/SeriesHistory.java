package io.secweb.core.indicators;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What {@link Baselines} needs of a daily series, in bounded space: the recent days verbatim, plus for the days
 * evicted before them two monotonic stacks that still answer "highest since" and "lowest since" exactly. This record
 * is the form a Flink job keeps per series in state (plain fields and lists of records; a real Flink type, no Kryo).
 *
 * <p>{@code recent} holds every value from {@code earliestQueryDay − 364} on (see {@link #prunedFor(LocalDate)}): the
 * 52-week change, the 52-week z-score and the scan for a higher or lower value need nothing older. {@code highs} are
 * the evicted points strictly higher than every evicted point after them ("record highs", values strictly decreasing
 * by day); {@code lows} the evicted points strictly lower than every evicted point after them. The last earlier day
 * with a value above {@code v} is either in {@code recent} or, if no recent day beats {@code v}, is the last of
 * {@code highs} above {@code v} (an evicted day that beats {@code v} but was popped from the stack had a later evicted
 * day at least as high). A stack stays short for a series that moves up and down; its worst case is a series that
 * falls (for highs) or rises (for lows) on every evicted day.
 *
 * @param recent         points ascending by day, no two on one day
 * @param highs          record-high stack of evicted points, ascending by day
 * @param lows           record-low stack of evicted points, ascending by day
 * @param evictedThrough the last evicted day, or null when nothing has been evicted; days up to it can no longer be
 *                       recorded or queried
 */
public record SeriesHistory(List<Point> recent, List<Point> highs, List<Point> lows, LocalDate evictedThrough) implements Serializable {

    /** Days a baseline looks back: 52 weeks. */
    public static final int LOOKBACK_DAYS = 364;

    /** One day's value. */
    public record Point(LocalDate day, double value) implements Serializable {}

    public SeriesHistory {
        recent = recent == null ? List.of() : List.copyOf(recent);
        highs = highs == null ? List.of() : List.copyOf(highs);
        lows = lows == null ? List.of() : List.copyOf(lows);
    }

    public static SeriesHistory empty() {
        return new SeriesHistory(List.of(), List.of(), List.of(), null);
    }

    /** The whole series, nothing evicted; non-finite (and null) values are left out. */
    public static SeriesHistory of(SortedMap<LocalDate, Double> series) {
        List<Point> points = new ArrayList<>(series.size());
        for (Map.Entry<LocalDate, Double> e : series.entrySet()) {
            if (e.getValue() != null && Double.isFinite(e.getValue())) {
                points.add(new Point(e.getKey(), e.getValue()));
            }
        }
        return new SeriesHistory(points, List.of(), List.of(), null);
    }

    /**
     * This history with the value of a day set (added, or replacing a restated day). A non-finite value removes the
     * day. A day already evicted is ignored: restating it would need the evicted values; a job keeps its allowed
     * lateness well inside the retained year.
     */
    public SeriesHistory with(LocalDate day, double value) {
        if (!accepts(day)) {
            return this;
        }
        List<Point> points = new ArrayList<>(recent);
        int i = indexOf(day);
        if (i >= 0) {
            points.remove(i);
        }
        if (Double.isFinite(value)) {
            points.add(i >= 0 ? i : -i - 1, new Point(day, value));
        }
        return new SeriesHistory(points, highs, lows, evictedThrough);
    }

    /** True when the day can still be recorded: it is after the last evicted day. */
    public boolean accepts(LocalDate day) {
        return evictedThrough == null || day.isAfter(evictedThrough);
    }

    /**
     * True when {@link Baselines#of(SeriesHistory, LocalDate)} answers exactly for the day: nothing from the 364 days
     * before it has been evicted.
     */
    public boolean supports(LocalDate day) {
        return evictedThrough == null || day.minusDays(LOOKBACK_DAYS).isAfter(evictedThrough);
    }

    /**
     * This history with every day before {@code earliestQueryDay − 364} moved out of {@code recent} into the stacks,
     * so that baselines of {@code earliestQueryDay} and later days stay exact. A job passes the earliest day it may
     * still restate (e.g. its current day minus the allowed lateness), keeping about a year of points per series.
     */
    public SeriesHistory prunedFor(LocalDate earliestQueryDay) {
        LocalDate keepFrom = earliestQueryDay.minusDays(LOOKBACK_DAYS);
        int n = 0;
        while (n < recent.size() && recent.get(n).day().isBefore(keepFrom)) {
            n++;
        }
        if (n == 0) {
            return this;
        }
        List<Point> h = new ArrayList<>(highs);
        List<Point> l = new ArrayList<>(lows);
        for (Point p : recent.subList(0, n)) {
            while (!h.isEmpty() && h.get(h.size() - 1).value() <= p.value()) {
                h.remove(h.size() - 1);
            }
            h.add(p);
            while (!l.isEmpty() && l.get(l.size() - 1).value() >= p.value()) {
                l.remove(l.size() - 1);
            }
            l.add(p);
        }
        return new SeriesHistory(recent.subList(n, recent.size()), h, l, recent.get(n - 1).day());
    }

    /** The value of a retained day, or null. */
    public Double valueOn(LocalDate day) {
        int i = indexOf(day);
        return i >= 0 ? recent.get(i).value() : null;
    }

    /** Retained values of the days {@code from..to} inclusive, ascending by day. */
    public List<Point> between(LocalDate from, LocalDate to) {
        int a = indexOf(from);
        a = a >= 0 ? a : -a - 1;
        int b = indexOf(to);
        b = b >= 0 ? b + 1 : -b - 1;
        return a >= b ? List.of() : Collections.unmodifiableList(recent.subList(a, b));
    }

    /** The last day before {@code day} with a value strictly above {@code v}, or null. */
    public LocalDate lastHigherBefore(LocalDate day, double v) {
        for (int i = insertionPoint(day) - 1; i >= 0; i--) {
            if (recent.get(i).value() > v) {
                return recent.get(i).day();
            }
        }
        // highs: values strictly decreasing, so those above v are a prefix; its last element is the latest
        int lo = 0;
        int hi = highs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (highs.get(mid).value() > v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? null : highs.get(lo - 1).day();
    }

    /** The last day before {@code day} with a value strictly below {@code v}, or null. */
    public LocalDate lastLowerBefore(LocalDate day, double v) {
        for (int i = insertionPoint(day) - 1; i >= 0; i--) {
            if (recent.get(i).value() < v) {
                return recent.get(i).day();
            }
        }
        int lo = 0;
        int hi = lows.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lows.get(mid).value() < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? null : lows.get(lo - 1).day();
    }

    /** Index of the day in {@code recent}, or {@code -(insertion point) - 1}. */
    private int indexOf(LocalDate day) {
        int lo = 0;
        int hi = recent.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = recent.get(mid).day().compareTo(day);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -lo - 1;
    }

    /** Number of retained points before the day. */
    private int insertionPoint(LocalDate day) {
        int i = indexOf(day);
        return i >= 0 ? i : -i - 1;
    }
}
