package io.secweb.jobs.config;

import io.secweb.core.config.ConfigException;
import io.secweb.core.config.ConfigLoader;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.elasticsearch.ElasticsearchConnection;
import io.secweb.jobs.security.KafkaSecurity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * Command line of a job jar's main (and of the setup step): {@code --config FILE} plus overrides of the few settings
 * that differ per machine. A picocli mixin, so a command that takes the same options declares them once.
 */
@Command(name = "job")
public final class JobArguments {
    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration (default: built-in defaults, see deploy/config/local.yaml)")
    Path config;

    @Option(names = "--kafka", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers, overrides kafka.bootstrap_servers")
    String kafka;

    @Option(names = "--es-url", paramLabel = "URL", description = "Elasticsearch url, overrides elasticsearch.url")
    String esUrl;

    /**
     * The configuration these options name: the file (or the defaults) with the overrides, validated. The secrets are
     * read here once too, so that a bad one is reported before any job starts.
     */
    public SecwebConfig config() {
        SecwebConfig c = config == null ? SecwebConfig.defaults() : ConfigLoader.load(config);
        if (kafka != null) {
            c = c.withKafka(kafka);
        }
        if (esUrl != null) {
            c = c.withElasticsearchUrl(esUrl);
        }
        ConfigLoader.validate(c, "from the command line");
        KafkaSecurity.fromEnvironment();
        ElasticsearchConnection.of(c.elasticsearch().url());
        return c;
    }

    /** A job main's command line: the configuration, or a {@link ConfigException} naming the bad argument, with the usage. */
    public static SecwebConfig parse(String... args) {
        JobArguments arguments = new JobArguments();
        CommandLine commandLine = new CommandLine(arguments);
        try {
            commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new ConfigException(e.getMessage() + "\n" + commandLine.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing());
        }
        return arguments.config();
    }
}
