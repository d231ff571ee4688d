package io.secweb.jobs.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * An HTTP proxy in front of the real Elasticsearch node that misbehaves on demand: it answers chosen bulk requests
 * with 429 or 503 instead of forwarding them, or stops listening for a while so that connections are refused.
 * Everything else is forwarded unchanged, so the client talks to the real node.
 */
public final class FaultInjectingProxy implements AutoCloseable {
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "transfer-encoding", "keep-alive", "host", "upgrade");

    private final URI target;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger bulkRequests = new AtomicInteger();
    private final ConcurrentLinkedQueue<Integer> injected = new ConcurrentLinkedQueue<>();
    private volatile IntFunction<Integer> bulkFault = n -> null;
    private volatile HttpServer server;

    public FaultInjectingProxy(String targetUrl) throws IOException {
        this.target = URI.create(targetUrl);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        this.port = server.getAddress().getPort();
        start(server);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** For the n-th bulk request (1-based) return an HTTP status to answer instead of forwarding, or null to forward. */
    public void onBulk(IntFunction<Integer> fault) {
        this.bulkFault = fault;
    }

    public int bulkRequests() {
        return bulkRequests.get();
    }

    /** Statuses answered instead of forwarding, in order. */
    public List<Integer> injected() {
        return List.copyOf(injected);
    }

    /** Stops listening (connections are refused) and listens again on the same port after {@code outage}. */
    public void refuseConnectionsFor(Duration outage) {
        HttpServer s = server;
        server = null;
        s.stop(0);
        Thread restarter = new Thread(() -> {
            try {
                Thread.sleep(outage.toMillis());
                HttpServer again = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
                start(again);
                server = again;
            } catch (Exception e) {
                throw new IllegalStateException("the proxy could not listen again on port " + port, e);
            }
        }, "proxy-restarter");
        restarter.setDaemon(true);
        restarter.start();
    }

    public boolean listening() {
        return server != null;
    }

    private void start(HttpServer s) {
        s.createContext("/", this::handle);
        s.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "fault-proxy");
            t.setDaemon(true);
            return t;
        }));
        s.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String path = exchange.getRequestURI().getRawPath();
            if (path.endsWith("/_bulk")) {
                Integer status = bulkFault.apply(bulkRequests.incrementAndGet());
                if (status != null) {
                    injected.add(status);
                    respond(exchange, status, """
                            {"error":{"type":"%s","reason":"injected by the test proxy"},"status":%d}"""
                            .formatted(status == 429 ? "es_rejected_execution_exception" : "unavailable_shards_exception", status));
                    return;
                }
            }
            HttpRequest.Builder forward = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
                    .timeout(Duration.ofSeconds(60))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                    values.forEach(v -> forward.header(name, v));
                }
            });
            HttpResponse<byte[]> response;
            try {
                response = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] out = response.body();
            exchange.sendResponseHeaders(response.statusCode(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/vnd.elasticsearch+json;compatible-with=9");
        exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(bytes);
        }
    }

    @Override
    public void close() {
        HttpServer s = server;
        if (s != null) {
            s.stop(0);
        }
    }
}
