package io.secweb.dashboard;

import io.secweb.core.config.ConfigException;
import io.secweb.core.config.ConfigLoader;
import io.secweb.core.config.SecwebConfig;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./secweb dashboard [--config FILE]}: the dashboard server alone, over an Elasticsearch that already holds
 * secweb indices (the local stack starts it by itself). Thin: reads the configuration and starts {@link DashboardServer}.
 */
public final class DashboardMain {
    private DashboardMain() {}

    public static void main(String[] args) throws InterruptedException {
        Path configFile = Path.of("deploy/config/local.yaml");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                configFile = Path.of(args[++i]);
            } else {
                System.err.println("usage: ./secweb dashboard [--config FILE]   (the dashboard section sets address and port)");
                System.exit(2);
            }
        }
        SecwebConfig config;
        try {
            config = ConfigLoader.load(configFile);
        } catch (ConfigException e) {
            System.err.println("secweb dashboard: " + e.getMessage());
            System.exit(2);
            return;
        }
        DashboardServer server = DashboardServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "secweb-dashboard-stop"));
        System.out.println("secweb dashboard on " + server.url() + " (Ctrl-C stops it)");
        stopped.await();
    }
}
