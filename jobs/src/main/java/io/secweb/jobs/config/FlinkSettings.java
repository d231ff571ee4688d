package io.secweb.jobs.config;

import org.apache.flink.configuration.Configuration;

import java.nio.file.Path;

/** The Flink configuration every secweb job runs with: the file's {@code flink:} section over the project's defaults. */
public final class FlinkSettings {
    private FlinkSettings() {}

    /**
     * Defaults: no Kryo, checkpoints every 10 s to files under the temp folder unless {@code execution.checkpointing.dir}
     * says where (the indicators' state outgrows the JobManager's 5 MB in-memory checkpoints).
     */
    public static Configuration from(SecwebConfig config) {
        Configuration c = new Configuration();
        c.setString("pipeline.generic-types", "false");
        c.setString("execution.checkpointing.interval", "10 s");
        c.setString("execution.checkpointing.dir", Path.of(System.getProperty("java.io.tmpdir"), "secweb-checkpoints").toUri().toString());
        config.flink().forEach(c::setString);
        return c;
    }
}
