package io.secweb.jobs.bench;

import io.secweb.core.alerts.AlertRule;
import io.secweb.core.alerts.AlertState;
import io.secweb.core.alerts.AlertStateMachine;
import io.secweb.core.alerts.AlertTick;
import io.secweb.core.alerts.IndicatorReading;
import io.secweb.core.alerts.IndicatorReadings;
import io.secweb.core.alerts.RuleLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The per-tick cost of the alerts hot path: reading an indicator document (JSON → reading) and one state-machine step
 * of a shipped rule on a noisy series that keeps crossing its thresholds. Run with {@code ./secweb bench AlertBenchmarks}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AlertBenchmarks {
    private static final String DOCUMENT = """
            {"@timestamp":"2024-06-17","event":{"kind":"metric","dataset":"secweb.indicators"},"secweb":{"level":"country",
             "scope":"indo-pacific","day":"2024-06-17","final":true,"revision":0,"country":"PHL",
             "values":{"betweenness":0.02,"clustering":0.4,"coercion_exerted":0.0,"coercion_received":4.6,"degree":9.0,
             "hub_dependence":0.3,"strength":21.5},
             "baselines":{"coercion_received":{"change_4w_pct":35.2,"change_52w_pct":120.4,"z_52w":3.1,"lowest_since":"2024-06-16"}},
             "provenance":{"events_by_layer":{"agreement":40,"exercise":120,"coercion":22},
              "top_events":[{"id":"co-2024-06-17","layer":"coercion","weight":0.9,"url":"https://example.org/a"}],
              "algorithm_version":"1","run":{"mode":"live","id":"live"}}}}""";

    private AlertStateMachine machine;
    private AlertTick[] ticks;
    private AlertState state;
    private int next;

    @Setup
    public void setUp() {
        Path rules = Path.of("../deploy/config/rules/philippines-coercion-high.yaml");
        AlertRule rule = new RuleLoader().load(rules.toFile().exists() ? rules : Path.of("deploy/config/rules/philippines-coercion-high.yaml"));
        machine = new AlertStateMachine(rule);
        Random random = new Random(42);
        ticks = new AlertTick[10_000];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = AlertTick.of(LocalDate.of(2000, 1, 1).plusDays(i), 2.0 + random.nextGaussian(), 10);
        }
        state = AlertState.initial("indo-pacific/country/PHL");
    }

    @Benchmark
    public IndicatorReading readIndicatorDocument() {
        return IndicatorReadings.parse("doc", DOCUMENT);
    }

    @Benchmark
    public List<?> stateMachineStep() {
        if (next == ticks.length) {
            next = 0;
            state = AlertState.initial("indo-pacific/country/PHL");
        }
        AlertStateMachine.Result r = machine.apply(state, ticks[next++]);
        state = r.state();
        return r.transitions();
    }
}
