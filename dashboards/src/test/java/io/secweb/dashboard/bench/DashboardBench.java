package io.secweb.dashboard.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ./secweb bench-dashboard [--url URL] [--scope S] [--as-of DAY] [--requests N]}: latency of the dashboard API's
 * endpoints against a running dashboard (./secweb local), as numbers — p50, p95, max and requests per second, one client,
 * warm-up first. Not a test: nothing here passes or fails.
 */
public final class DashboardBench {
    private DashboardBench() {}

    /** {@code URL SCOPE AS_OF REQUESTS}, as {@code ./secweb bench-dashboard} passes them (it parses and checks the options). */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: DashboardBench URL SCOPE AS_OF REQUESTS   (./secweb bench-dashboard --help)");
            System.exit(2);
        }
        String url = args[0];
        String scope = args[1];
        String asOf = args[2];
        int requests = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> paths = List.of(
                "/api/scopes",
                "/api/status?scope=" + scope,
                "/api/indicators?scope=" + scope,
                "/api/indicators?scope=" + scope + "&from=" + asOf.substring(0, 4) + "-01-01&to=" + asOf,
                "/api/snapshot?scope=" + scope + "&as_of=" + asOf,
                "/api/network?scope=" + scope + "&as_of=" + asOf,
                "/api/countries?scope=" + scope + "&as_of=" + asOf,
                "/api/alerts?scope=" + scope,
                "/api/events?limit=50",
                "/api/events?q=exercise&country=PHL");
        System.out.printf("dashboard bench: %s, %d requests per endpoint after 5 warm-up requests%n", url, requests);
        System.out.printf("%-72s %9s %9s %9s %8s %9s%n", "endpoint", "p50 ms", "p95 ms", "max ms", "req/s", "bytes");
        for (String path : paths) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).GET().build();
            int bytes = 0;
            for (int i = 0; i < 5; i++) {
                HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    System.err.println(path + " answered " + r.statusCode() + ": " + new String(r.body()));
                    System.exit(1);
                }
                bytes = r.body().length;
            }
            long[] nanos = new long[requests];
            long start = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                long t = System.nanoTime();
                http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                nanos[i] = System.nanoTime() - t;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            System.out.printf("%-72s %9.1f %9.1f %9.1f %8.1f %9d%n", path, nanos[requests / 2] / 1e6,
                    nanos[(int) Math.min(requests - 1, Math.ceil(requests * 0.95) - 1)] / 1e6, nanos[requests - 1] / 1e6,
                    requests / seconds, bytes);
        }
    }
}
