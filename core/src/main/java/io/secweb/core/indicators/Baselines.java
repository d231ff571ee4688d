package io.secweb.core.indicators;

import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * Baselines of a daily indicator series (DESIGN: "change against 4 and 52 weeks earlier, z-score against the
 * trailing 52 weeks, highest/lowest since"), computed from the full series or from its bounded
 * {@link SeriesHistory}; both give the same {@link Baseline}. Days without a value (gaps) are simply absent.
 */
public final class Baselines {
    /** A spread this small relative to the mean is rounding noise of equal values, not variation. */
    private static final double NO_SPREAD = 1e-12;

    private Baselines() {}

    /** The baseline of a day of a full series; {@link Baseline#NONE} when the day has no (finite) value. */
    public static Baseline of(SortedMap<LocalDate, Double> series, LocalDate day) {
        Double v = series.get(day);
        if (v == null || !Double.isFinite(v)) {
            return Baseline.NONE;
        }
        return of(SeriesHistory.of(series), day);
    }

    /**
     * The baseline of a day from a history; {@link Baseline#NONE} when the day has no value or is too old for the
     * history to answer exactly ({@link SeriesHistory#supports(LocalDate)}).
     */
    public static Baseline of(SeriesHistory history, LocalDate day) {
        Double v = history.valueOn(day);
        if (v == null || !history.supports(day)) {
            return Baseline.NONE;
        }
        return new Baseline(
                changePercent(v, history.valueOn(day.minusDays(28))),
                changePercent(v, history.valueOn(day.minusDays(SeriesHistory.LOOKBACK_DAYS))),
                zScore(v, history.between(day.minusDays(SeriesHistory.LOOKBACK_DAYS), day.minusDays(1))),
                history.lastHigherBefore(day, v),
                history.lastLowerBefore(day, v));
    }

    /** {@code (v − base) / |base| × 100}, so a rise is positive even from a negative base; null without a base or at 0. */
    static Double changePercent(double v, Double base) {
        if (base == null || base == 0.0) {
            return null;
        }
        return (v - base) / Math.abs(base) * 100.0;
    }

    /** Against the population mean and standard deviation of the trailing values; null with < 2 values or no spread. */
    static Double zScore(double v, List<SeriesHistory.Point> trailing) {
        int n = trailing.size();
        if (n < 2) {
            return null;
        }
        double sum = 0;
        for (SeriesHistory.Point p : trailing) {
            sum += p.value();
        }
        double mean = sum / n;
        double squares = 0;
        for (SeriesHistory.Point p : trailing) {
            double d = p.value() - mean;
            squares += d * d;
        }
        double std = Math.sqrt(squares / n);
        if (std <= NO_SPREAD * Math.max(1.0, Math.abs(mean))) {
            return null;
        }
        return (v - mean) / std;
    }
}
