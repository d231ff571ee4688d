package io.secweb.cli;

import java.util.concurrent.CountDownLatch;

/**
 * Runs a service in the foreground until the JVM is asked to stop (Ctrl-C, or SIGTERM from {@code ./secweb stop}): the
 * stop runs once, in a shutdown hook, also when the start fails half-way (the command then exits 1, which runs it).
 */
final class Foreground {
    /** Something that starts a service; it may fail. */
    interface Start {
        void run() throws Exception;
    }

    private Foreground() {}

    /** Starts, then blocks until the JVM exits. */
    static void run(String name, Start start, Runnable stop) throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            stopped.countDown();
        }, name + "-stop"));
        start.run();
        stopped.await();
        // the JVM is shutting down (that is what released the latch): returning would exit again and block; wait for the halt
        Thread.currentThread().join();
    }
}
