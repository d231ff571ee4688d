package io.secweb.core.alerts;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.secweb.core.alerts.AlertStatus.FIRING;
import static io.secweb.core.alerts.AlertStatus.FLAPPING;
import static io.secweb.core.alerts.AlertStatus.OK;
import static io.secweb.core.alerts.AlertStatus.PENDING;
import static io.secweb.core.alerts.AlertStatus.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AlertStateMachineTest {
    private static final LocalDate DAY0 = LocalDate.of(2024, 6, 1);
    private static final String KEY = "indo-pacific/PHL";

    /** Feeds ticks one by one, keeping the state as a Flink function would. */
    private static final class Series {
        final AlertStateMachine machine;
        AlertState state = AlertState.initial(KEY);
        final List<AlertTransition> emitted = new ArrayList<>();

        Series(AlertRule rule) {
            machine = new AlertStateMachine(rule);
        }

        List<AlertTransition> tick(int day, double value, long support) {
            AlertStateMachine.Result r = machine.apply(state, AlertTick.of(DAY0.plusDays(day), value, support));
            state = r.state();
            emitted.addAll(r.transitions());
            return r.transitions();
        }

        List<AlertTransition> tick(int day, double value) {
            return tick(day, value, 100);
        }
    }

    private static AlertRule above(int forTicks, double fire, double clear, AlertRule.Flap flap, long minSupport) {
        return new AlertRule("phl-high", "PHL high", "", List.of("indo-pacific"),
                new AlertRule.Indicator("coercion_received", AlertRule.Level.COUNTRY, List.of("PHL")),
                new AlertRule.Condition(AlertRule.ConditionType.ABOVE, null, fire, clear, null),
                forTicks, flap, minSupport, AlertRule.Severity.CRITICAL, Map.of());
    }

    @Test
    void firesOnlyAfterThreeConsecutiveBreaches() {
        Series s = new Series(above(3, 8, 6, AlertRule.Flap.NONE, 0));

        assertThat(s.tick(0, 9)).extracting(AlertTransition::from, AlertTransition::to).containsExactly(tuple(OK, PENDING));
        assertThat(s.tick(1, 9)).isEmpty();
        assertThat(s.tick(2, 5)).extracting(AlertTransition::to).containsExactly(OK);
        s.tick(3, 9);
        s.tick(4, 10);
        assertThat(s.state.status()).isEqualTo(PENDING);
        List<AlertTransition> fired = s.tick(5, 11);

        assertThat(fired).singleElement().satisfies(t -> {
            assertThat(t.from()).isEqualTo(PENDING);
            assertThat(t.to()).isEqualTo(FIRING);
            assertThat(t.value()).isEqualTo(11);
            assertThat(t.threshold()).isEqualTo(8);
            assertThat(t.day()).isEqualTo(DAY0.plusDays(5));
        });
        // the episode is named after its first breach, day 3, not the day it fired
        assertThat(fired.get(0).episodeId()).isEqualTo(s.emitted.get(2).episodeId()).isNotEqualTo(s.emitted.get(0).episodeId());
    }

    @Test
    void firesAtOnceWhenForIsOne() {
        Series s = new Series(above(1, 8, 6, AlertRule.Flap.NONE, 0));

        assertThat(s.tick(0, 8)).extracting(AlertTransition::from, AlertTransition::to).containsExactly(tuple(OK, FIRING));
    }

    @Test
    void doesNotClearUntilTheClearThreshold() {
        Series s = new Series(above(1, 8, 6, AlertRule.Flap.NONE, 0));
        s.tick(0, 9);

        assertThat(s.tick(1, 7)).isEmpty();
        assertThat(s.tick(2, 6)).isEmpty();
        assertThat(s.state.status()).isEqualTo(FIRING);
        List<AlertTransition> resolved = s.tick(3, 5.5);
        assertThat(resolved).extracting(AlertTransition::from, AlertTransition::to, AlertTransition::threshold)
                .containsExactly(tuple(FIRING, RESOLVED, 6.0));
        assertThat(resolved.get(0).episodeId()).isEqualTo(s.emitted.get(0).episodeId());
        assertThat(s.tick(4, 5)).extracting(AlertTransition::from, AlertTransition::to).containsExactly(tuple(RESOLVED, OK));
    }

    @Test
    void aNewBreachAfterResolutionStartsANewEpisode() {
        Series s = new Series(above(1, 8, 6, AlertRule.Flap.NONE, 0));
        s.tick(0, 9);
        s.tick(1, 5);
        s.tick(2, 9);

        assertThat(s.emitted).extracting(AlertTransition::to).containsExactly(FIRING, RESOLVED, FIRING);
        assertThat(s.emitted.get(2).episodeId()).isNotEqualTo(s.emitted.get(0).episodeId());
    }

    @Test
    void flappingHoldsNotifications() {
        Series s = new Series(above(1, 8, 6, new AlertRule.Flap(4, 10), 0));
        s.tick(0, 9);   // FIRING
        s.tick(1, 5);   // RESOLVED
        s.tick(2, 9);   // FIRING
        List<AlertTransition> fourth = s.tick(3, 5);

        assertThat(fourth).extracting(AlertTransition::from, AlertTransition::to).containsExactly(tuple(FIRING, FLAPPING));
        for (int day = 4; day < 10; day++) {
            assertThat(s.tick(day, day % 2 == 0 ? 9 : 5)).as("day %d", day).isEmpty();
        }
        assertThat(s.state.status()).isEqualTo(FLAPPING);
        assertThat(s.emitted).filteredOn(AlertTransition::notifies).hasSize(3);
    }

    @Test
    void aCalmFlapWindowEndsFlapping() {
        Series s = new Series(above(1, 8, 6, new AlertRule.Flap(4, 5), 0));
        s.tick(0, 9);
        s.tick(1, 5);
        s.tick(2, 9);
        s.tick(3, 5);
        assertThat(s.state.status()).isEqualTo(FLAPPING);
        List<AlertTransition> after = new ArrayList<>();
        for (int day = 4; day < 12; day++) {
            after.addAll(s.tick(day, 5));
        }

        // the receiver last heard FIRING (day 2): it hears the end once the series is calm for a whole flap window
        assertThat(after).extracting(AlertTransition::from, AlertTransition::to)
                .containsExactly(tuple(FLAPPING, RESOLVED), tuple(RESOLVED, OK));
        assertThat(after.get(0).notifies()).isTrue();
        assertThat(s.tick(12, 9)).extracting(AlertTransition::from, AlertTransition::to).containsExactly(tuple(OK, FIRING));
    }

    @Test
    void supportFloorBlocksTinyDenominators() {
        Series s = new Series(above(2, 8, 6, AlertRule.Flap.NONE, 5));

        assertThat(s.tick(0, 50, 1)).isEmpty();
        assertThat(s.tick(1, 50, 4)).isEmpty();
        assertThat(s.state.status()).isEqualTo(OK);
        s.tick(2, 9, 5);
        s.tick(3, 9, 6);
        assertThat(s.state.status()).isEqualTo(FIRING);
        // a thin day neither clears nor breaks the episode
        assertThat(s.tick(4, 0, 2)).isEmpty();
        assertThat(s.state.status()).isEqualTo(FIRING);
    }

    @Test
    void aThinDayDoesNotBreakAPendingStreak() {
        Series s = new Series(above(2, 8, 6, AlertRule.Flap.NONE, 5));
        s.tick(0, 9);
        s.tick(1, 0, 1);

        assertThat(s.tick(2, 9)).extracting(AlertTransition::to).containsExactly(FIRING);
    }

    @Test
    void aRestatedTickDoesNotDuplicateATransition() {
        Series s = new Series(above(1, 8, 6, AlertRule.Flap.NONE, 0));
        s.tick(0, 5);
        assertThat(s.tick(1, 9)).hasSize(1);

        assertThat(s.tick(1, 9.5)).as("same day restated, still breaching").isEmpty();
        assertThat(s.tick(1, 10)).isEmpty();
        assertThat(s.state.status()).isEqualTo(FIRING);
        assertThat(s.emitted).extracting(AlertTransition::to).containsExactly(FIRING);
    }

    @Test
    void aRestatedTickIsReevaluatedFromTheStateBeforeThatDay() {
        Series s = new Series(above(2, 8, 6, AlertRule.Flap.NONE, 0));
        s.tick(0, 9);
        s.tick(1, 5);   // back to OK
        assertThat(s.state.status()).isEqualTo(OK);

        // the day is restated upwards: now it is the second consecutive breach, counted once
        assertThat(s.tick(1, 9)).extracting(AlertTransition::from, AlertTransition::to).containsExactly(tuple(PENDING, FIRING));
        assertThat(s.tick(1, 9.2)).isEmpty();
        assertThat(s.state.status()).isEqualTo(FIRING);
    }

    @Test
    void aRestatedEarlierDayReevaluatesEveryLaterDayAndPublishesOnlyWhatIsNew() {
        Series s = new Series(above(2, 8, 6, AlertRule.Flap.NONE, 0));
        s.tick(0, 5);
        s.tick(1, 9);   // PENDING
        s.tick(2, 5);   // OK again
        s.tick(3, 9);   // PENDING
        s.tick(4, 7);   // OK again

        // a late event restates day 2 upwards (and the indicators restate the days after it: unchanged here)
        List<AlertTransition> restated = s.tick(2, 9);

        // days 1-2-3 are now three consecutive breaches: FIRING on day 2, still firing on day 3, 7 on day 4 is above clear
        assertThat(restated).extracting(AlertTransition::day, AlertTransition::from, AlertTransition::to)
                .containsExactly(tuple(DAY0.plusDays(2), PENDING, FIRING));
        assertThat(s.state.status()).isEqualTo(FIRING);
        assertThat(s.state.lastDay()).isEqualTo(DAY0.plusDays(4));
        assertThat(s.tick(4, 7)).as("the same tick again").isEmpty();
    }

    @Test
    void aRestatementThatRemovesAnEpisodeRetractsItsFiringAndResolvedChanges() {
        Series s = new Series(above(1, 8, 6, AlertRule.Flap.NONE, 0));
        s.tick(0, 5);
        s.tick(1, 9);   // FIRING
        s.tick(2, 5);   // RESOLVED
        s.tick(3, 5);   // OK (bookkeeping)

        // a retracted incident restates day 1 below the line: the episode never happened
        List<AlertTransition> restated = s.tick(1, 5);

        assertThat(restated).extracting(AlertTransition::day, AlertTransition::from, AlertTransition::to).containsExactly(
                tuple(DAY0.plusDays(1), FIRING, AlertStatus.RETRACTED),
                tuple(DAY0.plusDays(2), RESOLVED, AlertStatus.RETRACTED));
        assertThat(restated).allSatisfy(t -> {
            assertThat(t.notifies()).as("a receiver that was paged hears the retraction").isTrue();
            assertThat(t.episodeId()).isEqualTo(s.emitted.get(0).episodeId());
        });
        assertThat(s.state.status()).isEqualTo(OK);
        assertThat(s.tick(1, 5.5)).as("restated again, still calm: nothing more to retract").isEmpty();
    }

    @Test
    void aRetractedFiringComesBackWhenTheDayIsRestatedAboveTheLineAgain() {
        Series s = new Series(above(1, 8, 6, AlertRule.Flap.NONE, 0));
        s.tick(0, 5);
        s.tick(1, 9);   // FIRING, episode of day 1
        s.tick(2, 9);

        List<AlertTransition> down = s.tick(1, 5);
        // day 1 is calm now, so the episode starts on day 2: the day-1 firing is retracted, day 2 fires
        assertThat(down).extracting(AlertTransition::day, AlertTransition::from, AlertTransition::to).containsExactly(
                tuple(DAY0.plusDays(1), FIRING, AlertStatus.RETRACTED),
                tuple(DAY0.plusDays(2), OK, FIRING));

        List<AlertTransition> up = s.tick(1, 9);
        assertThat(up).extracting(AlertTransition::day, AlertTransition::from, AlertTransition::to).containsExactly(
                tuple(DAY0.plusDays(2), FIRING, AlertStatus.RETRACTED),
                tuple(DAY0.plusDays(1), OK, FIRING));
        assertThat(s.state.status()).isEqualTo(FIRING);
    }

    @Test
    void aRestatementPassAppliedAtOnceRaisesNothingOnTheWay() {
        AlertStateMachine m = new AlertStateMachine(above(2, 0.5, 0.3, AlertRule.Flap.NONE, 0));
        AlertState state = AlertState.initial(KEY);
        List<AlertTransition> original = new ArrayList<>();
        for (int d = 0; d <= 20; d++) {   // an incident of 0.8 halving every 10 days: fires on day 1, resolves on day 15
            AlertStateMachine.Result r = m.apply(state, AlertTick.of(DAY0.plusDays(d), 0.8 * Math.pow(0.5, d / 10.0), 100));
            state = r.state();
            original.addAll(r.transitions());
        }
        assertThat(original).extracting(AlertTransition::to).containsExactly(PENDING, FIRING, RESOLVED, OK);

        // the incident is withdrawn: every day restated to 0, as one pass
        List<AlertTick> pass = new ArrayList<>();
        for (int d = 0; d <= 20; d++) {
            pass.add(AlertTick.of(DAY0.plusDays(d), 0, 100));
        }
        AlertStateMachine.Result atOnce = m.applyAll(state, pass);
        assertThat(atOnce.transitions()).extracting(AlertTransition::day, AlertTransition::from, AlertTransition::to).containsExactly(
                tuple(DAY0.plusDays(1), FIRING, AlertStatus.RETRACTED), tuple(DAY0.plusDays(15), RESOLVED, AlertStatus.RETRACTED));
        assertThat(atOnce.state().status()).isEqualTo(OK);

        // the same pass day by day raises an episode on the way at every step
        AlertState oneByOne = state;
        List<AlertTransition> onTheWay = new ArrayList<>();
        for (AlertTick t : pass) {
            AlertStateMachine.Result r = m.apply(oneByOne, t);
            oneByOne = r.state();
            onTheWay.addAll(r.transitions());
        }
        assertThat(oneByOne.current()).isEqualTo(atOnce.state().current());
        assertThat(onTheWay.stream().filter(t -> t.to() == FIRING).count()).isGreaterThan(3);
    }

    @Test
    void theSameTicksInAnyArrivalOrderWithinTheWindowGiveTheSameState() {
        double[] values = {5, 9, 9, 7, 5, 9, 9, 9, 5, 4};
        Series inOrder = new Series(above(2, 8, 6, new AlertRule.Flap(4, 10), 0));
        for (int d = 0; d < values.length; d++) {
            inOrder.tick(d, values[d]);
        }
        Series shuffled = new Series(above(2, 8, 6, new AlertRule.Flap(4, 10), 0));
        for (int d : new int[] {0, 2, 1, 5, 3, 4, 9, 6, 8, 7}) {
            shuffled.tick(d, values[d]);
        }

        assertThat(shuffled.state.current()).isEqualTo(inOrder.state.current());
        assertThat(shuffled.emitted).extracting(AlertTransition::to).contains(FIRING, RESOLVED);
    }

    @Test
    void aTickOlderThanTheRestatementWindowIsIgnored() {
        AlertStateMachine m = new AlertStateMachine(above(1, 8, 6, AlertRule.Flap.NONE, 0), 30);
        AlertState s = m.apply(AlertState.initial(KEY), AlertTick.of(DAY0, 5, 100)).state();
        s = m.apply(s, AlertTick.of(DAY0.plusDays(100), 5, 100)).state();

        AlertStateMachine.Result old = m.apply(s, AlertTick.of(DAY0.plusDays(50), 9, 100));

        assertThat(old.transitions()).isEmpty();
        assertThat(old.state()).isEqualTo(s);
        assertThat(s.days()).hasSize(1);
    }

    @Test
    void changeAgainstTheBaselineFiresOnAPercentRise() {
        AlertRule rule = new AlertRule("surge", "surge", "", List.of("us-alliance-system"),
                new AlertRule.Indicator("spoke_to_spoke_share", AlertRule.Level.SCOPE, List.of()),
                new AlertRule.Condition(AlertRule.ConditionType.CHANGE_PCT, AlertRule.Baseline.WEEKS_52, 25, 10, null),
                1, AlertRule.Flap.NONE, 0, AlertRule.Severity.WARNING, Map.of());
        AlertStateMachine m = new AlertStateMachine(rule);
        AlertTick calm = new AlertTick(DAY0, 0.22, 5.0, 10.0, 0.4, true, null, null, 50);
        AlertTick surge = new AlertTick(DAY0.plusDays(1), 0.26, 8.0, 30.0, 1.9, true, null, null, 50);

        AlertStateMachine.Result first = m.apply(AlertState.initial("us-alliance-system"), calm);
        AlertStateMachine.Result second = m.apply(first.state(), surge);

        assertThat(first.transitions()).isEmpty();
        assertThat(second.transitions()).singleElement().satisfies(t -> {
            assertThat(t.to()).isEqualTo(FIRING);
            assertThat(t.measured()).isEqualTo(30.0);
            assertThat(t.value()).isEqualTo(0.26);
        });
    }

    @Test
    void highestSinceFiresOnANewRecordAndResolvesOnceClearBelowThePeak() {
        AlertRule rule = new AlertRule("jpn-phl", "record", "", List.of("indo-pacific"),
                new AlertRule.Indicator("exercise_weight", AlertRule.Level.DYAD, List.of("JPN", "PHL")),
                new AlertRule.Condition(AlertRule.ConditionType.HIGHEST_SINCE, null, Double.NaN, 0.5, 10),
                1, AlertRule.Flap.NONE, 0, AlertRule.Severity.INFO, Map.of());
        AlertStateMachine m = new AlertStateMachine(rule);
        AlertState s = AlertState.initial("JPN-PHL");

        // 2010: a higher value 14 years before; 2018: a higher value 6 years before the record
        AlertStateMachine.Result notInTenYears = m.apply(s, since(0, 3.0, LocalDate.of(2018, 3, 1)));
        AlertStateMachine.Result record = m.apply(notInTenYears.state(), since(1, 3.4, LocalDate.of(2010, 3, 1)));
        AlertStateMachine.Result higher = m.apply(record.state(), since(2, 3.6, null));
        AlertStateMachine.Result slightlyLower = m.apply(higher.state(), since(3, 3.2, DAY0.plusDays(2)));
        AlertStateMachine.Result wellBelow = m.apply(slightlyLower.state(), since(4, 3.0, DAY0.plusDays(2)));

        assertThat(notInTenYears.transitions()).isEmpty();
        assertThat(record.transitions()).extracting(AlertTransition::to).containsExactly(FIRING);
        assertThat(higher.transitions()).isEmpty();
        assertThat(slightlyLower.transitions()).isEmpty();
        assertThat(wellBelow.transitions()).singleElement().satisfies(t -> {
            assertThat(t.to()).isEqualTo(RESOLVED);
            assertThat(t.peak()).isEqualTo(3.6);
            assertThat(t.episodeId()).isEqualTo(record.transitions().get(0).episodeId());
        });
    }

    @Test
    void highestSinceNeedsTheBaseline() {
        AlertRule rule = new AlertRule("jpn-phl", "record", "", List.of("indo-pacific"),
                new AlertRule.Indicator("exercise_weight", AlertRule.Level.DYAD, List.of("JPN", "PHL")),
                new AlertRule.Condition(AlertRule.ConditionType.HIGHEST_SINCE, null, Double.NaN, 0.5, 10),
                1, AlertRule.Flap.NONE, 0, AlertRule.Severity.INFO, Map.of());

        AlertStateMachine.Result r = new AlertStateMachine(rule).apply(AlertState.initial("JPN-PHL"), AlertTick.of(DAY0, 9.0, 10));

        assertThat(r.transitions()).isEmpty();
        assertThat(r.state().current().ticks()).isZero();
    }

    private static AlertTick since(int day, double value, LocalDate highestSince) {
        return new AlertTick(DAY0.plusDays(day), value, null, null, null, true, highestSince, null, 10);
    }

    @Test
    void stateRoundTripsThroughJavaSerialization() throws IOException, ClassNotFoundException {
        Series s = new Series(above(2, 8, 6, new AlertRule.Flap(4, 10), 0));
        s.tick(0, 9);
        s.tick(1, 9);
        s.tick(2, 9);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s.state);
        }
        AlertState restored;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            restored = (AlertState) in.readObject();
        }

        assertThat(restored).isEqualTo(s.state);
        // the restored state carries on the same episode: a restatement of day 2 emits nothing, the clear resolves it
        assertThat(s.machine.apply(restored, AlertTick.of(DAY0.plusDays(2), 9.1, 100)).transitions()).isEmpty();
        assertThat(s.machine.apply(restored, AlertTick.of(DAY0.plusDays(3), 5, 100)).transitions())
                .singleElement().satisfies(t -> {
                    assertThat(t.to()).isEqualTo(RESOLVED);
                    assertThat(t.episodeId()).isEqualTo(s.emitted.get(0).episodeId());
                });
    }
}
