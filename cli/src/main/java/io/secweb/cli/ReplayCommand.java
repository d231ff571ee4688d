package io.secweb.cli;

import io.secweb.jobs.replay.Replay;
import io.secweb.jobs.replay.ReplayOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code ./secweb replay FILE…}: see {@link Replay}. */
@Command(name = "replay",
        description = {"Publishes feed files (canonical JSONL or a dataset) to Kafka in event-time order, with a progress bar and "
                + "a summary.",
                "Without --live the run has its own namespace: its own topics, and the ingest, indicators and alerts jobs "
                        + "process them (bounded) into secweb-replay-<ID>-* indices, never paging anyone.",
                "With --live the records go to the live topics, where the running jobs restate the live indices."})
final class ReplayCommand implements Callable<Integer> {
    @Mixin
    ReplayArguments arguments;

    @Option(names = "--speed", paramLabel = "max|N", defaultValue = "max", converter = OptionValues.Speed.class,
            description = "as fast as possible (default) or N event days per second (a quiet stretch longer than 30 event days "
                    + "passes as 30)")
    double speed;

    @Option(names = "--kafka", paramLabel = "HOST:PORT", defaultValue = ReplayOptions.DEFAULT_KAFKA,
            description = "Kafka (default ${DEFAULT-VALUE}, the local stack)")
    String kafka;

    @Override
    public Integer call() throws Exception {
        Replay.run(arguments.options(speed, kafka), System.out, System.err);
        RunLog.tell(System.out);
        return 0;
    }
}
