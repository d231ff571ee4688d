package io.secweb.jobs.indicators;

import io.secweb.core.documents.IndicatorDocument;
import io.secweb.core.indicators.Baseline;
import io.secweb.core.indicators.Baselines;
import io.secweb.core.indicators.IndicatorSet;
import io.secweb.core.indicators.SeriesHistory;
import io.secweb.core.indicators.SeriesKeys;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps, in keyed state, the daily series of a scope's indicators and of its countries' indicators, each as a
 * bounded {@link SeriesHistory} (a year of days plus record-high/low stacks), and answers their baselines.
 */
final class BaselineStore {
    private final MapState<String, SeriesHistory> series;

    BaselineStore(RuntimeContext context) {
        this.series = context.getMapState(new MapStateDescriptor<>("series", Types.STRING, TypeInformation.of(SeriesHistory.class)));
    }

    /** Records the day's values and returns the baselines of every series on that day, by {@link SeriesKeys} key. */
    Map<String, IndicatorDocument.BaselineValues> record(IndicatorSet set) throws Exception {
        LocalDate day = set.snapshot().day();
        Map<String, IndicatorDocument.BaselineValues> out = new HashMap<>();
        for (Map.Entry<String, Double> v : set.scope().entrySet()) {
            record(SeriesKeys.scope(v.getKey()), day, v.getValue(), out);
        }
        for (Map.Entry<String, java.util.SortedMap<String, Double>> c : set.countries().entrySet()) {
            for (Map.Entry<String, Double> v : c.getValue().entrySet()) {
                record(SeriesKeys.country(c.getKey(), v.getKey()), day, v.getValue(), out);
            }
        }
        return out;
    }

    private void record(String key, LocalDate day, double value, Map<String, IndicatorDocument.BaselineValues> out) throws Exception {
        SeriesHistory h = series.get(key);
        h = (h == null ? SeriesHistory.empty() : h).with(day, value);
        series.put(key, h);
        Baseline b = Baselines.of(h, day);
        if (b.changeVs4Weeks() != null || b.changeVs52Weeks() != null || b.zScore52Weeks() != null || b.highestSince() != null
                || b.lowestSince() != null) {
            out.put(key, new IndicatorDocument.BaselineValues(b.changeVs4Weeks(), b.changeVs52Weeks(), b.zScore52Weeks(),
                    b.highestSince(), b.lowestSince()));
        }
    }

    /** Moves days that no restatement can reach (before {@code earliestRestatable} − 52 weeks) into the compact stacks. */
    void prune(LocalDate earliestRestatable) throws Exception {
        List<Map.Entry<String, SeriesHistory>> pruned = new ArrayList<>();
        for (Map.Entry<String, SeriesHistory> e : series.entries()) {
            SeriesHistory p = e.getValue().prunedFor(earliestRestatable);
            if (p != e.getValue()) {
                pruned.add(Map.entry(e.getKey(), p));
            }
        }
        for (Map.Entry<String, SeriesHistory> e : pruned) {
            series.put(e.getKey(), e.getValue());
        }
    }
}
