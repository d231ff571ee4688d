package io.secweb.cli;

import io.secweb.jobs.replay.ReplayOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;
import java.util.List;

/** Where a replay, backfill or backtest writes: its run id (the indices it owns), Elasticsearch and the configuration. */
final class RunTarget {
    @Option(names = "--run-id", paramLabel = "ID", converter = OptionValues.RunId.class,
            description = "name of the run (default: generated); results go to secweb-replay-<ID>-* indices")
    String runId;

    @Option(names = "--es-url", paramLabel = "URL", defaultValue = ReplayOptions.DEFAULT_ES_URL,
            description = "Elasticsearch (default ${DEFAULT-VALUE}, the local stack)")
    String esUrl;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "deploy/config/local.yaml",
            description = "configuration (default ${DEFAULT-VALUE})")
    Path config;

    /** The replay options of a command: these, the feed and its filter; a contradiction is a usage error of {@code command}. */
    ReplayOptions replayOptions(CommandSpec command, List<Path> files, FeedFilter filter, double speed, boolean live, String kafka) {
        if (filter.from != null && filter.to != null && filter.to.isBefore(filter.from)) {
            throw new ParameterException(command.commandLine(), "--to " + filter.to + " is before --from " + filter.from);
        }
        if (live && runId != null) {
            throw new ParameterException(command.commandLine(), "--live restates the live indices; it takes no --run-id");
        }
        return new ReplayOptions(files, filter.format, filter.from, filter.to, speed, runId, live, kafka, esUrl, config);
    }
}
