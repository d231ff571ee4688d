package io.secweb.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code ./secweb stop}: stops the local stack {@code ./secweb local --detach} started. */
@Command(name = "stop", description = "Stops the local stack that secweb local --detach started (Kafka, Elasticsearch, Flink, the "
        + "dashboard); its data folder goes too unless it was named with --data-dir.")
final class StopCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        BackgroundProcess.LOCAL_STACK.stop(System.out);
        return 0;
    }
}
