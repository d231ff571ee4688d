package io.secweb.cli;

import io.secweb.core.config.ConfigLoader;
import io.secweb.core.config.SecwebConfig;
import io.secweb.dashboard.DashboardServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/** {@code ./secweb dashboard}: the dashboard server alone (the local stack starts its own). */
@Command(name = "dashboard",
        description = {"The dashboard alone, over an Elasticsearch that already holds secweb indices (secweb local starts its "
                + "own). The configuration's dashboard section sets its address and port.", "Runs until Ctrl-C."})
final class DashboardCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "FILE", defaultValue = "deploy/config/local.yaml",
            description = "configuration: elasticsearch and dashboard sections (default ${DEFAULT-VALUE})")
    Path config;

    @Override
    public Integer call() throws Exception {
        SecwebConfig configuration = ConfigLoader.load(config);
        AtomicReference<DashboardServer> server = new AtomicReference<>();
        Foreground.run("secweb-dashboard", () -> {
            server.set(DashboardServer.start(configuration));
            System.out.println("secweb dashboard on " + server.get().url() + " (Ctrl-C stops it)");
        }, () -> {
            if (server.get() != null) {
                server.get().close();
            }
        });
        return 0;
    }
}
