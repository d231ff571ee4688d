package io.secweb.local;

import java.nio.file.Path;

/**
 * How {@code ./secweb local} runs the stack: the ports, an existing Elasticsearch ({@code esUrl}, null to start a node),
 * the configuration, the feed published at start (null for none), the data folder (null for a fresh one under /tmp) and
 * whether to keep it on stop, and the dashboard port (null for the configuration's).
 */
public record LocalStackOptions(int kafkaPort, int esPort, String esUrl, int flinkUiPort, Path config, Path feed, Path dataDir,
                                boolean keepData, Integer dashboardPort) {
    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int DEFAULT_ES_PORT = 9200;
    public static final int DEFAULT_FLINK_PORT = 8081;
    public static final Path DEFAULT_CONFIG = Path.of("deploy/config/local.yaml");
    public static final Path DEFAULT_FEED = Path.of("deploy/local/feeds/curated-2000-2026.jsonl");
}
