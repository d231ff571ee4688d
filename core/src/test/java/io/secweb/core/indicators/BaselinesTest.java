package io.secweb.core.indicators;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BaselinesTest {
    private static final LocalDate DAY = LocalDate.parse("2024-06-30");

    private static TreeMap<LocalDate, Double> series(Object... dayValue) {
        TreeMap<LocalDate, Double> s = new TreeMap<>();
        for (int i = 0; i < dayValue.length; i += 2) {
            s.put((LocalDate) dayValue[i], ((Number) dayValue[i + 1]).doubleValue());
        }
        return s;
    }

    @Test
    void comparesWithTheValues4And52WeeksEarlier() {
        Baseline b = Baselines.of(series(DAY.minusDays(364), 80, DAY.minusDays(28), 100, DAY, 120), DAY);

        assertThat(b.changeVs4Weeks()).isCloseTo(20.0, within(1e-12));
        assertThat(b.changeVs52Weeks()).isCloseTo(50.0, within(1e-12));
    }

    @Test
    void aChangeNeedsANonZeroValueOnThatVeryDay() {
        Baseline gap = Baselines.of(series(DAY.minusDays(27), 100, DAY.minusDays(29), 100, DAY, 120), DAY);
        assertThat(gap.changeVs4Weeks()).isNull();
        assertThat(gap.changeVs52Weeks()).isNull();

        assertThat(Baselines.of(series(DAY.minusDays(28), 0, DAY, 3), DAY).changeVs4Weeks()).isNull();
    }

    @Test
    void aRiseFromANegativeValueIsAPositiveChange() {
        assertThat(Baselines.of(series(DAY.minusDays(28), -10, DAY, -5), DAY).changeVs4Weeks()).isCloseTo(50.0, within(1e-12));
        assertThat(Baselines.of(series(DAY.minusDays(28), 10, DAY, 0), DAY).changeVs4Weeks()).isCloseTo(-100.0, within(1e-12));
    }

    @Test
    void theZScoreIsAgainstThePopulationSpreadOfTheTrailing364Days() {
        // trailing 1, 2, 3, 4: mean 2.5, population variance 1.25; (5 - 2.5) / sqrt(1.25) = sqrt(5)
        Baseline b = Baselines.of(series(
                DAY.minusDays(365), 1000,                 // one day too old: not in the window
                DAY.minusDays(364), 1, DAY.minusDays(200), 2, DAY.minusDays(100), 3, DAY.minusDays(1), 4,
                DAY, 5,
                DAY.plusDays(1), -1000), DAY);             // later days never count

        assertThat(b.zScore52Weeks()).isCloseTo(Math.sqrt(5), within(1e-12));
    }

    @Test
    void theZScoreNeedsTwoValuesAndSomeSpread() {
        assertThat(Baselines.of(series(DAY.minusDays(3), 1, DAY, 5), DAY).zScore52Weeks()).isNull();
        assertThat(Baselines.of(series(DAY.minusDays(3), 0.1, DAY.minusDays(2), 0.1, DAY.minusDays(1), 0.1, DAY, 5), DAY).zScore52Weeks())
                .as("equal values, whatever the rounding of their mean").isNull();
        assertThat(Baselines.of(series(DAY.minusDays(2), 1, DAY.minusDays(1), 3, DAY, 5), DAY).zScore52Weeks()).isCloseTo(3.0, within(1e-12));
    }

    @Test
    void highestSinceIsTheLastEarlierDayThatWasHigher() {
        TreeMap<LocalDate, Double> s = series(
                LocalDate.parse("2020-01-01"), 5, LocalDate.parse("2021-01-01"), 9, LocalDate.parse("2022-01-01"), 3,
                LocalDate.parse("2023-01-01"), 7, DAY, 7);

        Baseline b = Baselines.of(s, DAY);

        assertThat(b.highestSince()).as("the 7 of 2023 is not higher").isEqualTo(LocalDate.parse("2021-01-01"));
        assertThat(b.lowestSince()).isEqualTo(LocalDate.parse("2022-01-01"));
    }

    @Test
    void aValueAtOrAboveEveryEarlierOneIsTheHighestOnRecord() {
        TreeMap<LocalDate, Double> s = series(LocalDate.parse("2020-01-01"), 5, LocalDate.parse("2021-01-01"), 9, DAY, 9);

        Baseline b = Baselines.of(s, DAY);

        assertThat(b.highestSince()).isNull();
        assertThat(b.lowestSince()).isEqualTo(LocalDate.parse("2020-01-01"));
        assertThat(Baselines.of(series(DAY, 1), DAY)).isEqualTo(new Baseline(null, null, null, null, null));
    }

    @Test
    void aDayWithoutAValueHasNoBaseline() {
        assertThat(Baselines.of(series(DAY.minusDays(28), 1, DAY.minusDays(1), 2), DAY)).isEqualTo(Baseline.NONE);
        TreeMap<LocalDate, Double> nan = series(DAY.minusDays(28), 1);
        nan.put(DAY, Double.NaN);
        assertThat(Baselines.of(nan, DAY)).isEqualTo(Baseline.NONE);
    }

    /**
     * Three years of a random walk with gaps and repeated values, fed day by day into a pruned history (a day restated
     * now and then) must give exactly what the definitions give over the full series.
     */
    @Test
    void aPrunedHistoryAgreesWithTheDefinitionsOverTheFullSeries() {
        Random random = new Random(20240630);
        TreeMap<LocalDate, Double> full = new TreeMap<>();
        SeriesHistory history = SeriesHistory.empty();
        LocalDate first = LocalDate.parse("2021-01-01");
        double level = 10;
        int lateness = 7;
        int compared = 0;
        int maxRecent = 0;
        int maxStack = 0;
        for (LocalDate day = first; day.isBefore(first.plusYears(3)); day = day.plusDays(1)) {
            level += random.nextGaussian();
            if (random.nextInt(10) == 0) {
                continue; // a gap
            }
            double value = Math.round(level * 2) / 2.0; // half steps: equal values happen
            full.put(day, value);
            history = history.with(day, value);
            if (random.nextInt(15) == 0) {
                LocalDate restated = day.minusDays(1 + random.nextInt(lateness));
                double corrected = value + random.nextInt(5) - 2;
                full.put(restated, corrected);
                history = history.with(restated, corrected);
                assertSame(history, full, restated);
            }
            history = history.prunedFor(day.minusDays(lateness));
            maxRecent = Math.max(maxRecent, history.recent().size());
            maxStack = Math.max(maxStack, Math.max(history.highs().size(), history.lows().size()));
            assertSame(history, full, day);
            assertThat(Baselines.of(full, day)).usingRecursiveComparison().withComparatorForType(BaselinesTest::close, Double.class)
                    .isEqualTo(bruteForce(full, day));
            compared++;
        }

        assertThat(compared).isGreaterThan(900);
        assertThat(history.evictedThrough()).isNotNull();
        assertThat(maxRecent).as("a year and the lateness").isLessThanOrEqualTo(365 + lateness);
        assertThat(maxStack).as("record stacks stay small for a wandering series").isLessThan(100);
    }

    private static void assertSame(SeriesHistory history, TreeMap<LocalDate, Double> full, LocalDate day) {
        assertThat(Baselines.of(history, day)).as("baseline of %s", day)
                .usingRecursiveComparison().withComparatorForType(BaselinesTest::close, Double.class)
                .isEqualTo(bruteForce(full, day));
    }

    private static int close(Double a, Double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) ? 0 : Double.compare(a, b);
    }

    /** The definitions, straight over the full series. */
    private static Baseline bruteForce(NavigableMap<LocalDate, Double> s, LocalDate day) {
        Double v = s.get(day);
        if (v == null) {
            return Baseline.NONE;
        }
        Double b4 = s.get(day.minusDays(28));
        Double b52 = s.get(day.minusDays(364));
        List<Double> trailing = new ArrayList<>(s.subMap(day.minusDays(364), true, day.minusDays(1), true).values());
        Double z = null;
        if (trailing.size() >= 2) {
            double mean = trailing.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double var = trailing.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / trailing.size();
            if (Math.sqrt(var) > 1e-12 * Math.max(1, Math.abs(mean))) {
                z = (v - mean) / Math.sqrt(var);
            }
        }
        LocalDate higher = null;
        LocalDate lower = null;
        for (Map.Entry<LocalDate, Double> e : s.headMap(day, false).descendingMap().entrySet()) {
            if (higher == null && e.getValue() > v) {
                higher = e.getKey();
            }
            if (lower == null && e.getValue() < v) {
                lower = e.getKey();
            }
        }
        return new Baseline(
                b4 == null || b4 == 0 ? null : (v - b4) / Math.abs(b4) * 100,
                b52 == null || b52 == 0 ? null : (v - b52) / Math.abs(b52) * 100,
                z, higher, lower);
    }
}
