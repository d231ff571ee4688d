package io.secweb.core.feed;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;

/**
 * A progress bar for long replays: bar, count, current event day, rate and ETA. On a terminal it redraws one line;
 * otherwise (CI logs, pipes) it prints a line every 10 %.
 */
public final class Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final long total;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    private long lastDraw;
    private int lastDecile = -1;

    public Progress(PrintStream out, long total) {
        this(out, total, System.console() != null);
    }

    Progress(PrintStream out, long total, boolean terminal) {
        this.out = out;
        this.total = Math.max(total, 1);
        this.terminal = terminal;
    }

    public void update(long done, LocalDate day) {
        long now = System.nanoTime();
        int decile = (int) (done * 10 / total);
        boolean finished = done >= total;
        if (terminal ? now - lastDraw < 100_000_000L && !finished : decile == lastDecile && !finished) {
            return;
        }
        lastDraw = now;
        lastDecile = decile;
        out.print((terminal ? "\r" : "") + line(done, day, now) + (terminal ? "" : "\n"));
        out.flush();
    }

    public void finish() {
        if (terminal) {
            out.println();
        }
    }

    String line(long done, LocalDate day, long now) {
        double seconds = Math.max((now - startNanos) / 1e9, 1e-9);
        double rate = done / seconds;
        int filled = (int) (WIDTH * done / total);
        long etaSeconds = rate > 0 ? (long) ((total - done) / rate) : 0;
        return String.format("[%s%s] %3d%% %,d/%,d events  %s  %,.0f events/s  ETA %s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                done * 100 / total, done, total, day == null ? "" : day, rate, format(Duration.ofSeconds(etaSeconds)));
    }

    private static String format(Duration d) {
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
