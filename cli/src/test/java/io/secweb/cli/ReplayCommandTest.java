package io.secweb.cli;

import io.secweb.jobs.replay.Backtest;
import io.secweb.jobs.replay.ReplayOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The command lines of replay, backfill and backtest: what they read into the replay options, and what they refuse. */
class ReplayCommandTest {

    private static ReplayOptions replay(String... args) {
        ReplayCommand c = Secweb.parse(ReplayCommand.class, args);
        return c.arguments.options(c.speed, c.kafka);
    }

    @Test
    void aReplayDefaultsToTheLocalStackAtFullSpeedInItsOwnRun() {
        ReplayOptions o = replay("replay", "a.jsonl", "b.csv");

        assertThat(o.files()).containsExactly(Path.of("a.jsonl"), Path.of("b.csv"));
        assertThat(o.kafka()).isEqualTo("127.0.0.1:9092");
        assertThat(o.esUrl()).isEqualTo("http://127.0.0.1:9200");
        assertThat(o.config()).isEqualTo(Path.of("deploy/config/local.yaml"));
        assertThat(o.daysPerSecond()).isZero();
        assertThat(o.runId()).isNull();
        assertThat(o.live()).isFalse();
    }

    @Test
    void aReplayTakesAFormatARangeASpeedAndARunId() {
        ReplayOptions o = replay("replay", "mme.csv", "--format", "mme", "--from", "2000-01-01", "--to", "2010-12-31", "--speed", "30",
                "--run-id", "mme-1", "--kafka", "broker:9093");

        assertThat(o.format()).isEqualTo("mme");
        assertThat(o.from()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(o.to()).isEqualTo(LocalDate.of(2010, 12, 31));
        assertThat(o.daysPerSecond()).isEqualTo(30);
        assertThat(o.runId()).isEqualTo("mme-1");
        assertThat(o.kafka()).isEqualTo("broker:9093");
    }

    @Test
    void saysExactlyWhatIsWrongWithTheCommandLine() {
        assertThat(Secweb.run("replay", "f.jsonl", "--from", "2024-01-01", "--to", "2023-01-01").err())
                .startsWith("secweb replay: --to 2023-01-01 is before --from 2024-01-01");
        assertThat(Secweb.run("replay", "f.jsonl", "--speed", "fast").err())
                .startsWith("secweb replay: Invalid value for option '--speed': takes 'max' or a positive number of event days per second, got 'fast'");
        assertThat(Secweb.run("replay", "f.jsonl", "--run-id", "My Run").err())
                .startsWith("secweb replay: Invalid value for option '--run-id': must be lower-case letters, digits, '-' or '_'");
        assertThat(Secweb.run("replay", "f.jsonl", "--live", "--run-id", "r1").err())
                .startsWith("secweb replay: --live restates the live indices; it takes no --run-id");
        assertThat(Secweb.run("replay").err()).startsWith("secweb replay: Missing required parameter: 'FILE'");
        assertThat(Secweb.run("replay", "f.jsonl", "--from", "2010-13-01"))
                .satisfies(r -> assertThat(r.exit()).isEqualTo(2))
                .satisfies(r -> assertThat(r.err()).startsWith(
                        "secweb replay: Invalid value for option '--from': needs a date like 2020-01-31, got '2010-13-01'"));
    }

    @Test
    void aBackfillTakesTheReplaysOptionsButNoKafkaAndNoSpeed() {
        ReplayOptions o = Secweb.parse(BackfillCommand.class, "backfill", "a.jsonl", "--live", "--es-url", "http://es:9200").arguments
                .options(0, ReplayOptions.DEFAULT_KAFKA);

        assertThat(o.live()).isTrue();
        assertThat(o.esUrl()).isEqualTo("http://es:9200");
        assertThat(Secweb.run("backfill", "a.jsonl", "--speed", "30").err()).startsWith("secweb backfill: Unknown option: '--speed'");
    }

    @Test
    void aBacktestNeedsRulesAndAFeed() {
        assertThat(Secweb.run("backtest", "--feed", "f.jsonl").err()).startsWith("secweb backtest: Missing required option: '--rules=FILE|DIR'");
        assertThat(Secweb.run("backtest", "--rules", "r").err()).startsWith("secweb backtest: Missing required option: '--feed=FILE'");
    }

    @Test
    void liveOptionsAreNoBacktestOptions() {
        Secweb.Run run = Secweb.run("backtest", "--rules", "r", "--feed", "f.jsonl", "--live");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("secweb backtest: Unknown option: '--live'").contains("batch mode");
    }

    @Test
    void aBacktestPassesItsFeedsAndRunToTheReplayOptions() {
        Backtest.Options o = Secweb.parse(BacktestCommand.class, "backtest", "--rules", "deploy/config/rules", "--feed", "a.jsonl",
                "--feed", "b.csv", "--from", "2010-01-01", "--run-id", "bt1").options();

        assertThat(o.rules()).isEqualTo(Path.of("deploy/config/rules"));
        assertThat(o.replay().files()).extracting(Object::toString).containsExactly("a.jsonl", "b.csv");
        assertThat(o.replay().from()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(o.replay().runId()).isEqualTo("bt1");
        assertThat(o.keepIndicators()).isFalse();
        assertThat(Secweb.parse(BacktestCommand.class, "backtest", "--rules", "r", "--feed", "f", "--keep-indicators").options()
                .keepIndicators()).isTrue();
    }
}
