package io.secweb.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code ./secweb bench-dashboard}: the dashboard API's latency per endpoint. */
@Command(name = "bench-dashboard", description = "Latency of the dashboard API's endpoints against a running dashboard (secweb local): p50, p95, max and "
                + "requests per second, one client, after a warm-up. Numbers, not tests.")
final class BenchDashboardCommand implements Callable<Integer> {
    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://127.0.0.1:8080", description = "the dashboard (default ${DEFAULT-VALUE})")
    String url;

    @Option(names = "--scope", paramLabel = "S", defaultValue = "us-alliance-system", description = "the scope asked for (default ${DEFAULT-VALUE})")
    String scope;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", defaultValue = "2024-06-30", converter = OptionValues.Day.class,
            description = "the day asked for (default ${DEFAULT-VALUE})")
    java.time.LocalDate asOf;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "50", converter = OptionValues.Requests.class,
            description = "requests per endpoint, 1 to 100000 (default ${DEFAULT-VALUE})")
    int requests;

    @Override
    public Integer call() throws Exception {
        return ChildJava.runTestMain("dashboards", List.of(), "io.secweb.dashboard.bench.DashboardBench",
                List.of(url, scope, asOf.toString(), Integer.toString(requests)));
    }
}
