package io.secweb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A process the launcher started in the background ({@code ./secweb local --detach}, {@code ./secweb cluster up}): its pid
 * file, whether it still runs, and stopping it — SIGTERM, so that it stops what it started, then after a while a kill
 * of it and every process it started.
 */
record BackgroundProcess(String what, String parts, Path pidFile) {
    static final BackgroundProcess LOCAL_STACK = new BackgroundProcess("local stack", "Kafka, Elasticsearch, Flink, the dashboard",
            Path.of(".secweb/local.pid"));
    static final BackgroundProcess CLUSTER = new BackgroundProcess("local cluster", "TaskManagers, JobManager, Elasticsearch, Kafka",
            Path.of(".secweb/cluster.pid"));
    /** How long it may take to stop what it started before it is killed. */
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    /** The process, if its pid file names one that is alive (and is not this one). */
    Optional<ProcessHandle> running() {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> p.pid() != ProcessHandle.current().pid());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Stops the process and the {@code parts} it started, saying so on {@code out}, or that none was running. */
    void stop(PrintStream out) throws IOException, InterruptedException {
        Optional<ProcessHandle> process = running();
        if (process.isEmpty()) {
            Files.deleteIfExists(pidFile);
            out.println("secweb: no " + what + " is running");
            return;
        }
        ProcessHandle p = process.get();
        out.println("secweb: stopping the " + what + " (pid " + p.pid() + "): " + parts + " …");
        p.destroy();
        try {
            p.onExit().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            System.err.println("secweb: the " + what + " still runs after " + PATIENCE.toMinutes() + " minutes; killing it");
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        Files.deleteIfExists(pidFile);
        out.println("secweb: stopped");
    }
}
