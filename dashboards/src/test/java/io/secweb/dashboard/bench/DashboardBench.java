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

    public static void main(String[] args) throws Exception {
        String url = "http://127.0.0.1:8080";
        String scope = "us-alliance-system";
        String asOf = "2024-06-30";
        int requests = 50;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--scope" -> scope = args[++i];
                case "--as-of" -> asOf = args[++i];
                case "--requests" -> requests = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: ./secweb bench-dashboard [--url URL] [--scope S] [--as-of DAY] [--requests N]");
                    System.exit(2);
                }
            }
        }
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
