package io.secweb.jobs.replay;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@code ./secweb replay}, {@code backfill} and {@code backtest} read and where they write: the feed files (and
 * their format, null to detect it), the event days to keep ({@code from}/{@code to}, null for no bound), the replay speed
 * in event days per second (0 = as fast as possible), the run id (null to generate one), whether to restate the live
 * indices instead, and the Kafka, Elasticsearch and configuration file to use.
 */
public record ReplayOptions(List<Path> files, String format, LocalDate from, LocalDate to, double daysPerSecond, String runId,
                            boolean live, String kafka, String esUrl, Path config) {
    public static final String DEFAULT_KAFKA = "127.0.0.1:9092";
    public static final String DEFAULT_ES_URL = "http://127.0.0.1:9200";
    public static final Path DEFAULT_CONFIG = Path.of("deploy/config/local.yaml");

    public ReplayOptions {
        files = List.copyOf(files);
    }
}
