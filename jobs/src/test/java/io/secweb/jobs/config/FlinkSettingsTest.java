package io.secweb.jobs.config;

import io.secweb.core.config.ConfigLoader;
import io.secweb.core.config.SecwebConfig;
import org.apache.flink.configuration.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FlinkSettingsTest {
    private static final SecwebConfig NO_FLINK_SECTION = ConfigLoader.parse("kafka:\n  partitions: 1\n", "test.yaml");

    @Test
    void withoutAClusterCheckpointsGoToTheTempFolderEveryTenSeconds() {
        Configuration c = FlinkSettings.from(NO_FLINK_SECTION, new Configuration());

        assertThat(c.toMap()).containsEntry("execution.checkpointing.interval", "10 s")
                .containsEntry("pipeline.generic-types", "false");
        assertThat(c.toMap().get("execution.checkpointing.dir")).startsWith("file:").endsWith("secweb-checkpoints/");
    }

    @Test
    void onAClusterTheClustersCheckpointStorageAndIntervalApply(@TempDir Path conf) throws Exception {
        Files.writeString(conf.resolve("config.yaml"), """
                execution.checkpointing.dir: file:///var/lib/flink/checkpoints
                execution.checkpointing.interval: 5 s
                """);
        Configuration c = FlinkSettings.from(NO_FLINK_SECTION, FlinkSettings.clusterConfiguration(conf.toString()));

        assertThat(c.toMap()).doesNotContainKeys("execution.checkpointing.dir", "execution.checkpointing.interval")
                .containsEntry("pipeline.generic-types", "false");
    }

    @Test
    void theFilesFlinkSectionWinsOverTheCluster(@TempDir Path conf) throws Exception {
        Files.writeString(conf.resolve("config.yaml"), "execution.checkpointing.interval: 5 s\n");
        SecwebConfig config = ConfigLoader.parse("flink:\n  execution.checkpointing.interval: 30 s\n", "test.yaml");

        Configuration c = FlinkSettings.from(config, FlinkSettings.clusterConfiguration(conf.toString()));

        assertThat(c.toMap()).containsEntry("execution.checkpointing.interval", "30 s");
    }

    @Test
    void aFolderWithoutConfigYamlIsNoCluster(@TempDir Path empty) {
        assertThat(FlinkSettings.clusterConfiguration(empty.toString()).toMap()).isEmpty();
        assertThat(FlinkSettings.clusterConfiguration(null).toMap()).isEmpty();
    }
}
