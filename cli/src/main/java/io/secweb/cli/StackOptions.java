package io.secweb.cli;

import io.secweb.cli.OptionValues.Port;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** What the local stack and the local cluster share: the ports of Kafka, Elasticsearch and Flink, and the feed published at start. */
final class StackOptions {
    @Option(names = "--kafka-port", paramLabel = "N", defaultValue = "9092", converter = Port.class, description = "Kafka broker port (default ${DEFAULT-VALUE})")
    int kafkaPort;

    @Option(names = "--es-port", paramLabel = "N", defaultValue = "9200", converter = Port.class, description = "Elasticsearch port (default ${DEFAULT-VALUE})")
    int esPort;

    @Option(names = "--flink-port", paramLabel = "N", defaultValue = "8081", converter = Port.class, description = "Flink web UI and REST port (default ${DEFAULT-VALUE})")
    int flinkPort;

    @Option(names = "--feed", paramLabel = "FILE", defaultValue = "deploy/local/feeds/curated-2000-2026.jsonl",
            description = "JSONL feed published at start (default ${DEFAULT-VALUE})")
    Path feed;

    @Option(names = "--no-feed", description = "publish nothing at start")
    boolean noFeed;

    /** The feed to publish at start, or null for none. */
    Path startFeed() {
        return noFeed ? null : feed;
    }
}
