package io.secweb.cli;

import io.secweb.jobs.replay.Backfill;
import io.secweb.jobs.replay.ReplayOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ./secweb backfill FILE…}: see {@link Backfill}. */
@Command(name = "backfill", sortOptions = false, sortSynopsis = false,
        description = {"Years of history in minutes: the ingest and indicators pipelines (and the configured alert rules) in "
                + "Flink batch mode, straight from the files to Elasticsearch; no Kafka.",
                "Into the run's own secweb-replay-<ID>-* indices, or with --live into the live indices."})
final class BackfillCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "feed files: canonical JSONL or a dataset (see --format)")
    List<Path> files;

    @Mixin
    FeedFilter filter;

    @Mixin
    RunTarget target;

    @Option(names = "--live", description = "restate the live indices")
    boolean live;

    @Override
    public Integer call() throws Exception {
        ReplayOptions options = target.replayOptions(spec, files, filter, 0, live, ReplayOptions.DEFAULT_KAFKA);
        Backfill.run(options, System.out);
        RunLog.tell(System.out);
        return 0;
    }
}
