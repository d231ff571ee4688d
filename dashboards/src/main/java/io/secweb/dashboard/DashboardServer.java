package io.secweb.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.elasticsearch.ElasticsearchClients;
import io.secweb.core.elasticsearch.ElasticsearchConnection;
import io.secweb.core.network.model.NetworkConfig;
import io.secweb.dashboard.api.ApiResponses;
import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.country.CountryRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The dashboard server: the read-only JSON API under {@code /api/} and the static page under {@code /}, on the JDK's
 * HTTP server. Only GET and HEAD are answered (anything else is a 405); it binds to {@code dashboard.bind_address}
 * (127.0.0.1 by default); the browser never talks to Elasticsearch, and the page loads nothing from other hosts
 * (a Content-Security-Policy of {@code 'self'} says so to the browser too).
 */
public final class DashboardServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);
    private static final String STATIC = "/secweb/dashboard/static";
    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "json", "application/json", "txt", "text/plain; charset=utf-8",
            "ico", "image/x-icon");

    private final HttpServer http;
    private final ExecutorService threads;
    private final ElasticsearchClients clients;
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private final ObjectMapper json = SecwebJson.mapper();
    private final String echartsPath;
    private final String pageSettings;

    private record Route(Set<String> params, Function<QueryParams, Object> handler) {}

    private DashboardServer(SecwebConfig config, NetworkConfig network) throws IOException {
        SecwebConfig.Dashboard d = config.dashboard();
        this.clients = new ElasticsearchClients(ElasticsearchConnection.of(config.elasticsearch().url()));
        DashboardQueries queries = new DashboardQueries(clients.sync(), config.elasticsearch().indexPrefix(), d.maxResults());
        DashboardApi api = new DashboardApi(queries, network, CountryRegistry.bundled(), config.elasticsearch().indexPrefix());
        routes.put("/api/health", new Route(Set.of(), api::health));
        routes.put("/api/scopes", new Route(Set.of(), api::scopes));
        routes.put("/api/status", new Route(Set.of("scope"), api::status));
        routes.put("/api/indicators", new Route(Set.of("scope", "from", "to", "step", "names"), api::indicators));
        routes.put("/api/snapshot", new Route(Set.of("scope", "as_of"), api::snapshot));
        routes.put("/api/network", new Route(Set.of("scope", "as_of"), api::network));
        routes.put("/api/countries", new Route(Set.of("scope", "as_of"), api::countries));
        routes.put("/api/country", new Route(Set.of("scope", "country", "from", "to", "as_of"), api::country));
        routes.put("/api/dyads", new Route(Set.of("scope", "as_of", "country"), api::dyads));
        routes.put("/api/alerts", new Route(Set.of("scope", "from", "to", "notifying", "limit"), api::alerts));
        routes.put("/api/events", new Route(Set.of("type", "country", "from", "to", "q", "ids", "limit", "offset"), api::events));
        this.echartsPath = WebJars.path("org.webjars.npm", "echarts", "dist/echarts.min.js");
        this.pageSettings = "{\"poll_interval_ms\":" + d.pollInterval().toMillis() + "}";

        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "secweb-dashboard-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.http = HttpServer.create(new InetSocketAddress(d.bindAddress(), d.port()), 64);
        http.createContext("/", this::handle);
        http.setExecutor(threads);
        http.start();
    }

    /** Starts the server for a configuration: its Elasticsearch, index prefix, scopes and {@code dashboard} section. */
    public static DashboardServer start(SecwebConfig config) {
        try {
            DashboardServer server = new DashboardServer(config, NetworkConfig.of(config));
            LOG.info("dashboard on {} over {} ({}-*)", server.url(), config.elasticsearch().url(), config.elasticsearch().indexPrefix());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("the dashboard cannot listen on " + config.dashboard().bindAddress() + ":"
                    + config.dashboard().port() + ": " + e.getMessage(), e);
        }
    }

    /** The base url, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        InetSocketAddress a = http.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        return "http://" + host + ":" + a.getPort();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            boolean head = method.equals("HEAD");
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            if (!head && !method.equals("GET")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                sendJson(ex, 405, new ApiResponses.ApiError(405, "method_not_allowed",
                        "the dashboard is read-only: " + method + " is not allowed, only GET and HEAD"), false);
                return;
            }
            URI uri = ex.getRequestURI();
            String path = uri.getPath();
            if (path.startsWith("/api/") || path.equals("/api")) {
                api(ex, path, uri.getRawQuery(), head);
            } else {
                staticFile(ex, path, head);
            }
        } catch (RuntimeException e) {
            LOG.warn("dashboard request {} failed", ex.getRequestURI(), e);
        }
    }

    private void api(HttpExchange ex, String path, String query, boolean head) throws IOException {
        Route route = routes.get(path);
        if (route == null) {
            sendJson(ex, 404, new ApiResponses.ApiError(404, "not_found", "no endpoint " + path + "; endpoints: "
                    + String.join(", ", routes.keySet())), head);
            return;
        }
        try {
            Object body = route.handler().apply(QueryParams.parse(query, route.params()));
            sendJson(ex, 200, body, head);
        } catch (ApiException e) {
            sendJson(ex, e.status(), new ApiResponses.ApiError(e.status(), e.code(), e.getMessage()), head);
        } catch (UncheckedIOException e) {
            LOG.warn("Elasticsearch unreachable for {}: {}", path, e.getMessage());
            sendJson(ex, 503, new ApiResponses.ApiError(503, "elasticsearch_unavailable",
                    "Elasticsearch did not answer: " + e.getMessage()), head);
        } catch (RuntimeException e) {
            LOG.warn("dashboard API {} failed", path, e);
            sendJson(ex, 500, new ApiResponses.ApiError(500, "internal_error", String.valueOf(e.getMessage())), head);
        }
    }

    private void sendJson(HttpExchange ex, int status, Object body, boolean head) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        send(ex, status, bytes, head);
    }

    private static void send(HttpExchange ex, int status, byte[] bytes, boolean head) throws IOException {
        if (head) {
            ex.getResponseHeaders().set("Content-Length", Integer.toString(bytes.length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void staticFile(HttpExchange ex, String path, boolean head) throws IOException {
        String resource;
        if (path.equals("/") || path.equals("/index.html")) {
            resource = STATIC + "/index.html";
        } else if (path.equals("/vendor/echarts.min.js")) {
            resource = echartsPath;
        } else if (path.equals("/settings.json")) {
            ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            send(ex, 200, pageSettings.getBytes(StandardCharsets.UTF_8), head);
            return;
        } else if (path.startsWith("/static/") && !path.contains("..")) {
            resource = STATIC + path.substring("/static".length());
        } else {
            resource = null;
        }
        InputStream in = resource == null ? null : DashboardServer.class.getResourceAsStream(resource);
        if (in == null) {
            ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            send(ex, 404, ("not found: " + path + "\n").getBytes(StandardCharsets.UTF_8), head);
            return;
        }
        byte[] bytes;
        try (in) {
            bytes = in.readAllBytes();
        }
        String ext = resource.substring(resource.lastIndexOf('.') + 1);
        ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        ex.getResponseHeaders().set("Content-Security-Policy", CSP);
        ex.getResponseHeaders().set("Cache-Control", resource.equals(echartsPath) ? "max-age=86400" : "no-cache");
        send(ex, 200, bytes, head);
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
        try {
            clients.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
