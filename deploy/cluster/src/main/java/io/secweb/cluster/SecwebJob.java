package io.secweb.cluster;

import io.secweb.jobs.alerts.AlertsJob;
import io.secweb.jobs.indicators.IndicatorsJob;
import io.secweb.jobs.ingest.IngestJob;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The deployable jobs: each has its own jar, {@code jobs/target/secweb-<name>.jar} (Main-Class set), built by the jobs
 * module's shade executions, and the main class {@code ./secweb deploy} and {@code flink run -c} name.
 */
public enum SecwebJob {
    INGEST("ingest", IngestJob.class.getName(), IngestJob.NAME),
    INDICATORS("indicators", IndicatorsJob.class.getName(), IndicatorsJob.NAME),
    ALERTS("alerts", AlertsJob.class.getName(), AlertsJob.NAME);

    private final String shortName;
    private final String mainClass;
    private final String flinkJobName;

    SecwebJob(String shortName, String mainClass, String flinkJobName) {
        this.shortName = shortName;
        this.mainClass = mainClass;
        this.flinkJobName = flinkJobName;
    }

    public String shortName() {
        return shortName;
    }

    public String mainClass() {
        return mainClass;
    }

    /** The name the job runs under in Flink (the web UI, {@code /jobs/overview}). */
    public String flinkJobName() {
        return flinkJobName;
    }

    public Path jar(Path jarsDir) {
        return jarsDir.resolve("secweb-" + shortName + ".jar");
    }

    public static SecwebJob named(String name) {
        for (SecwebJob j : values()) {
            if (j.shortName.equals(name.toLowerCase(Locale.ROOT))) {
                return j;
            }
        }
        throw new IllegalArgumentException("unknown job '" + name + "'; the jobs are " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(SecwebJob::shortName).collect(Collectors.joining(", "));
    }
}
