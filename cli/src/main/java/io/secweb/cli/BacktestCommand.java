package io.secweb.cli;

import io.secweb.jobs.replay.Backtest;
import io.secweb.jobs.replay.ReplayOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ./secweb backtest --rules R --feed F…}: see {@link Backtest}. */
@Command(name = "backtest",
        description = {"Replays history through alert rules and prints, per rule and series, what would have fired.",
                "Runs ingest, indicators and the rules in Flink batch mode straight from the files into the run's own "
                        + "indices (no Kafka, never paging); the would-have-fired alerts stay in secweb-replay-<ID>-alerts."})
final class BacktestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rules", paramLabel = "FILE|DIR", required = true,
            description = "the alert rules to test (a rule file or a directory of *.yaml rules)")
    Path rules;

    @Option(names = "--feed", paramLabel = "FILE", required = true,
            description = "a feed file (repeat for several); canonical JSONL or a dataset (see --format)")
    List<Path> feeds;

    @Mixin
    FeedFilter filter;

    @Mixin
    RunTarget target;

    @Option(names = "--keep-indicators",
            description = "also write the run's indicator documents (millions for decades of history: several times slower); "
                    + "without it only events, dead letters and alerts are written")
    boolean keepIndicators;

    /** What to test, as the backtest takes it. */
    Backtest.Options options() {
        ReplayOptions replay = target.replayOptions(spec, feeds, filter, 0, false, ReplayOptions.DEFAULT_KAFKA);
        return new Backtest.Options(rules, replay, keepIndicators);
    }

    @Override
    public Integer call() throws Exception {
        Backtest.run(options(), System.out);
        RunLog.tell(System.out);
        return 0;
    }
}
