package io.secweb.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StandaloneFlinkClusterConfTest {
    @Test
    void theRunsSettingsReplaceTheTemplatesKeysAndTheRestAreAppended(@TempDir Path template, @TempDir Path target) throws Exception {
        Files.writeString(template.resolve("config.yaml"), """
                # the template
                rest.port: 8081
                parallelism.default: 2
                """);
        Files.writeString(template.resolve("log4j.properties"), "rootLogger.level = INFO\n");
        Map<String, String> run = new LinkedHashMap<>();
        run.put("rest.port", "18081");
        run.put("web.upload.dir", "/tmp/x/upload");

        StandaloneFlinkCluster.writeConf(template, target, run);

        assertThat(Files.readAllLines(target.resolve("config.yaml"))).containsExactly("# the template", "rest.port: 18081",
                "parallelism.default: 2", "", "# set by the launcher for this run", "web.upload.dir: /tmp/x/upload");
        assertThat(target.resolve("log4j.properties")).hasContent("rootLogger.level = INFO");
        assertThat(template.resolve("config.yaml")).content().contains("rest.port: 8081");
    }
}
