package io.secweb.jobs.config;

import io.secweb.core.config.ConfigException;
import io.secweb.core.config.ConfigLoader;
import io.secweb.core.config.SecwebConfig;

import java.nio.file.Path;

/**
 * Command line of a job: {@code --config FILE} plus overrides of the few settings that differ per machine.
 * Unknown or incomplete options are refused with a message that names them.
 */
public final class JobArguments {
    public static final String USAGE = """
            usage: <job> [--config FILE] [--kafka HOST:PORT] [--es-url URL]
              --config FILE     YAML configuration (default: built-in defaults, see deploy/config/local.yaml)
              --kafka HOST:PORT Kafka bootstrap servers, overrides kafka.bootstrap_servers
              --es-url URL      Elasticsearch url, overrides elasticsearch.url""";

    private JobArguments() {}

    public static SecwebConfig parse(String... args) {
        SecwebConfig config = null;
        String kafka = null;
        String esUrl = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--config" -> config = ConfigLoader.load(Path.of(value(args, ++i, a)));
                case "--kafka" -> kafka = value(args, ++i, a);
                case "--es-url" -> esUrl = value(args, ++i, a);
                default -> throw new ConfigException("unknown option '" + a + "'\n" + USAGE);
            }
        }
        if (config == null) {
            config = SecwebConfig.defaults();
        }
        if (kafka != null) {
            config = config.withKafka(kafka);
        }
        if (esUrl != null) {
            config = config.withElasticsearchUrl(esUrl);
        }
        ConfigLoader.validate(config, "from the command line");
        // secrets are read where the clients are built; reading them here first turns a bad one into a usage error
        io.secweb.jobs.security.KafkaSecurity.fromEnvironment();
        io.secweb.core.elasticsearch.ElasticsearchConnection.of(config.elasticsearch().url());
        return config;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new ConfigException("option " + option + " needs a value\n" + USAGE);
        }
        return args[i];
    }
}
