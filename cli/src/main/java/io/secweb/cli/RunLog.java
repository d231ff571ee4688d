package io.secweb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The log file of one run of a command, {@code .secweb/logs/<command>-<timestamp>.log}: the CLI's log4j2
 * configuration ({@link #CONFIGURATION}) writes every log line there and nothing to the console. It is named before the
 * command runs (and before any library logs), and created only when something is logged.
 */
final class RunLog {
    /** The log4j2 configuration of CLI runs, on the classpath. */
    static final String CONFIGURATION = "secweb-cli-log4j2.properties";
    /** The system property the configuration reads the file name from. */
    static final String FILE_PROPERTY = "secweb.log.file";
    /** The folder of the log files (default .secweb/logs, under the repository root the launcher runs from). */
    static final String DIR_PROPERTY = "secweb.logs.dir";
    private static final int KEEP = 30;
    private static Path file;

    private RunLog() {}

    /** Names the log file of this run of {@code command} (e.g. "replay", "cluster-up") and prunes old ones. */
    static synchronized void start(String command) {
        Path dir = Path.of(System.getProperty(DIR_PROPERTY, ".secweb/logs"));
        file = dir.resolve(command + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".log");
        System.setProperty(FILE_PROPERTY, file.toString());
        prune(dir);
    }

    /** The log file of this run, written to or not yet. */
    static synchronized Path named() {
        return file;
    }

    /** The log file of this run, once something was written to it. */
    static synchronized Optional<Path> file() {
        return file != null && Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    /** The summary's last line: where this run's log is (when anything was logged). */
    static void tell(PrintStream out) {
        file().ifPresent(f -> out.println("log: " + f));
    }

    /** Keeps the newest log files only: every run writes its own. */
    private static void prune(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> logs = s.filter(p -> p.getFileName().toString().endsWith(".log"))
                    .sorted(Comparator.comparing(RunLog::modified).reversed()).toList();
            for (Path old : logs.subList(Math.min(KEEP, logs.size()), logs.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            // pruning is housekeeping; the run goes on
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
