package io.secweb.cli;

import picocli.CommandLine.Command;

import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code ./secweb stop}: stops the local stack {@code ./secweb local --detach} started. */
@Command(name = "stop", description = "Stops the local stack that secweb local --detach started (Kafka, Elasticsearch, Flink, the "
        + "dashboard); its data folder goes too unless it was named with --data-dir.")
final class StopCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        var running = BackgroundProcess.LOCAL_STACK.running();
        if (running.isEmpty()) {
            BackgroundProcess.LOCAL_STACK.stop(Duration.ZERO);
            System.out.println("secweb: no local stack is running");
            return 0;
        }
        System.out.println("secweb: stopping the local stack (pid " + running.get().pid() + ") …");
        BackgroundProcess.LOCAL_STACK.stop(Duration.ofMinutes(2));
        System.out.println("secweb: stopped");
        return 0;
    }
}
