package io.secweb.cli;

import io.secweb.jobs.replay.ReplayOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;

/** What replay and backfill share: the feed files, what of them to read, the run they write and whether it is the live one. */
final class ReplayArguments {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "feed files: canonical JSONL or a dataset (see --format)")
    List<Path> files;

    @Mixin
    FeedFilter filter;

    @Mixin
    RunTarget target;

    @Option(names = "--live", description = "restate the live indices instead (a replay publishes to the live feed topics, where the "
            + "running jobs restate them)")
    boolean live;

    /** The replay options these arguments give, at {@code speed} event days per second through {@code kafka}. */
    ReplayOptions options(double speed, String kafka) {
        return target.replayOptions(command, files, filter, speed, live, kafka);
    }
}
