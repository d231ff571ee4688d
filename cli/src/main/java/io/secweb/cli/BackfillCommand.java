package io.secweb.cli;

import io.secweb.jobs.replay.Backfill;
import io.secweb.jobs.replay.ReplayOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code ./secweb backfill FILE…}: see {@link Backfill}. */
@Command(name = "backfill",
        description = {"Years of history in minutes: the ingest and indicators pipelines (and the configured alert rules) in "
                + "Flink batch mode, straight from the files to Elasticsearch; no Kafka.",
                "Into the run's own secweb-replay-<ID>-* indices, or with --live into the live indices."})
final class BackfillCommand implements Callable<Integer> {
    @Mixin
    ReplayArguments arguments;

    @Override
    public Integer call() throws Exception {
        Backfill.run(arguments.options(0, ReplayOptions.DEFAULT_KAFKA), System.out);
        RunLog.tell(System.out);
        return 0;
    }
}
