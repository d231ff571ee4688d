package io.secweb.local;

import io.secweb.core.config.ConfigException;

import java.nio.file.Path;

/** Command line of {@code ./secweb local}. */
public record LocalStackOptions(int kafkaPort, int esPort, String esUrl, int flinkUiPort, Path config, Path feed, Path dataDir,
                                boolean keepData, Integer dashboardPort) {
    public static final String USAGE = """
            usage: ./secweb local [options]
              --kafka-port N     Kafka broker port (default 9092)
              --es-port N        port of the embedded Elasticsearch node (default 9200)
              --es-url URL       use an existing Elasticsearch instead of starting one
              --flink-port N     Flink web UI port (default 8081)
              --dashboard-port N dashboard port (default: dashboard.port of the configuration, 8080)
              --config FILE      configuration (default deploy/config/local.yaml)
              --feed FILE        JSONL feed to publish at start (default deploy/local/feeds/curated-2000-2026.jsonl)
              --no-feed          publish nothing at start
              --data-dir DIR     keep Kafka, Elasticsearch and checkpoint data in DIR across runs
                                 (default: a fresh folder under /tmp, deleted on stop)
              --detach           run in the background; stop with ./secweb stop""";

    public static LocalStackOptions parse(String... args) {
        int kafkaPort = 9092;
        int esPort = 9200;
        String esUrl = null;
        int flinkPort = 8081;
        Path config = Path.of("deploy/config/local.yaml");
        Path feed = Path.of("deploy/local/feeds/curated-2000-2026.jsonl");
        Path dataDir = null;
        Integer dashboardPort = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--kafka-port" -> kafkaPort = port(args, ++i, a);
                case "--es-port" -> esPort = port(args, ++i, a);
                case "--es-url" -> esUrl = value(args, ++i, a);
                case "--flink-port" -> flinkPort = port(args, ++i, a);
                case "--dashboard-port" -> dashboardPort = port(args, ++i, a);
                case "--config" -> config = Path.of(value(args, ++i, a));
                case "--feed" -> feed = Path.of(value(args, ++i, a));
                case "--no-feed" -> feed = null;
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, a)).toAbsolutePath();
                case "--detach" -> { /* handled by the launcher script */ }
                case "-h", "--help" -> throw new ConfigException(USAGE);
                default -> throw new ConfigException("unknown option '" + a + "'\n" + USAGE);
            }
        }
        if (feed != null && !feed.toFile().isFile()) {
            throw new ConfigException("feed file " + feed + " does not exist");
        }
        return new LocalStackOptions(kafkaPort, esPort, esUrl, flinkPort, config, feed, dataDir, dataDir != null, dashboardPort);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new ConfigException("option " + option + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static int port(String[] args, int i, String option) {
        String v = value(args, i, option);
        try {
            int p = Integer.parseInt(v);
            if (p < 1 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new ConfigException("option " + option + " needs a port number between 1 and 65535, got '" + v + "'");
        }
    }
}
