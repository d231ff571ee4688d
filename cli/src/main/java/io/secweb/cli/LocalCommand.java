package io.secweb.cli;

import io.secweb.core.config.ConfigException;
import io.secweb.core.config.ConfigLoader;
import io.secweb.core.config.SecwebConfig;
import io.secweb.local.LocalStack;
import io.secweb.local.LocalStackOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ./secweb local}: see {@link LocalStack}. */
@Command(name = "local",
        description = {"The whole system on this machine: a Kafka broker, an Elasticsearch node (or an existing one), Flink "
                + "with its web UI running the ingest, indicators and alerts jobs, the dashboard, and the curated feed published.",
                "Runs until Ctrl-C; with --detach in the background until secweb stop."})
final class LocalCommand implements Callable<Integer> {
    @Mixin
    StackOptions stack;

    @Option(names = "--es-url", paramLabel = "URL", description = "use an existing Elasticsearch instead of starting one")
    String esUrl;

    @Option(names = "--dashboard-port", paramLabel = "N", converter = OptionValues.Port.class,
            description = "dashboard port (default: dashboard.port of the configuration, 8080)")
    Integer dashboardPort;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "deploy/config/local.yaml",
            description = "configuration (default ${DEFAULT-VALUE})")
    Path config;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "keep Kafka, Elasticsearch and checkpoint data in DIR across runs (default: a fresh folder under /tmp, "
                    + "deleted on stop)")
    Path dataDir;

    @Option(names = "--detach", description = "run in the background (the launcher script does it); stop with secweb stop")
    boolean detach;

    /** The stack's options these arguments give; a feed file that does not exist is named. */
    LocalStackOptions options() {
        Path startFeed = stack.startFeed();
        if (startFeed != null && !Files.isRegularFile(startFeed)) {
            throw new ConfigException("feed file " + startFeed + " does not exist (name another with --feed FILE, or --no-feed)");
        }
        Path data = dataDir == null ? null : dataDir.toAbsolutePath();
        return new LocalStackOptions(stack.kafkaPort, stack.esPort, esUrl, stack.flinkPort, config, startFeed, data, data != null,
                dashboardPort);
    }

    @Override
    public Integer call() throws Exception {
        BackgroundProcess.LOCAL_STACK.running().ifPresent(p -> {
            throw new ConfigException("a local stack is already running (pid " + p.pid() + "); stop it with ./secweb stop");
        });
        LocalStackOptions options = options();
        SecwebConfig configuration = ConfigLoader.load(options.config());
        System.out.println("secweb: the log is " + RunLog.named());
        LocalStack stack = new LocalStack();
        Foreground.run("secweb-local", () -> stack.start(options, configuration), stack::stop);
        return 0;
    }
}
