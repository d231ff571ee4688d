package io.secweb.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real single-node Elasticsearch, run as a child process of this JVM on a Java 21+ runtime. Elasticsearch refuses
 * to run as root, so when we are root it runs as uid/gid 65534 (nobody). The node gets SIGTERM when this JVM exits
 * (shutdown hook) and, through {@code setpriv --pdeathsig}, also when this JVM dies without running its hooks.
 */
public final class ElasticsearchNode implements AutoCloseable {
    private static final int NOBODY = 65534;

    private final Path runDir;
    private final int httpPort;
    private final int transportPort;
    private final Path esHome;
    private final Path javaHome;
    private final String heap;
    private Process process;
    private Thread shutdownHook;

    private ElasticsearchNode(Path esHome, Path javaHome, Path runDir, int httpPort, int transportPort, String heap) {
        this.esHome = esHome;
        this.javaHome = javaHome;
        this.runDir = runDir;
        this.httpPort = httpPort;
        this.transportPort = transportPort;
        this.heap = heap;
    }

    /**
     * Starts a node on {@code httpPort} (0 = a free port) with data under {@code runDir}, and waits until it is healthy.
     */
    public static ElasticsearchNode start(int httpPort, Path runDir, String heap) {
        if (httpPort != 0 && Ports.inUse(httpPort)) {
            throw new IllegalStateException("Elasticsearch cannot listen on port " + httpPort + ": something else is already "
                    + "listening there (use it with --es-url http://127.0.0.1:" + httpPort + ", or choose another port with --es-port)");
        }
        Path javaHome = JavaRuntimes.find(21).orElseThrow(() -> new IllegalStateException(
                "Elasticsearch " + ElasticsearchDistribution.VERSION + " needs a Java 21 or newer runtime, and none was found in "
                        + "ES_JAVA_HOME, JAVA_HOME or /usr/lib/jvm. Install one (for example Eclipse Temurin 21 or 25, or "
                        + "'apt-get install openjdk-21-jre-headless' where your distribution has it) and point ES_JAVA_HOME at it, "
                        + "or use an existing cluster with --es-url."));
        ElasticsearchNode node = new ElasticsearchNode(ElasticsearchDistribution.home(), javaHome, runDir,
                httpPort == 0 ? Ports.free() : httpPort, Ports.free(), heap);
        node.launch();
        return node;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void launch() {
        try {
            Path conf = runDir.resolve("config");
            if (!Files.exists(conf)) {
                copyTree(esHome.resolve("config"), conf);
            }
            for (String d : List.of("data", "logs", "tmp")) {
                Files.createDirectories(runDir.resolve(d));
            }
            List<String> cmd = new ArrayList<>(List.of("setpriv", "--pdeathsig", "TERM"));
            if (isRoot()) {
                requireTraversableByNobody(runDir);
                chownTree(runDir);
                cmd.addAll(List.of("--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
            }
            cmd.addAll(List.of("--", "bash", esHome.resolve("bin/elasticsearch").toString(),
                    "-Ediscovery.type=single-node",
                    "-Enetwork.host=127.0.0.1",
                    "-Ehttp.port=" + httpPort,
                    "-Etransport.port=" + transportPort,
                    "-Epath.data=" + runDir.resolve("data"),
                    "-Epath.logs=" + runDir.resolve("logs"),
                    "-Expack.security.enabled=false",
                    "-Ecluster.routing.allocation.disk.threshold_enabled=false",
                    "-Ecluster.name=secweb-local",
                    "-Enode.name=secweb-node-1"));
            ProcessBuilder pb = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(runDir.resolve("console.log").toFile()));
            pb.environment().put("ES_JAVA_HOME", javaHome.toString());
            pb.environment().put("ES_PATH_CONF", conf.toString());
            pb.environment().put("ES_TMPDIR", runDir.resolve("tmp").toString());
            pb.environment().put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
            pb.environment().remove("JAVA_TOOL_OPTIONS");
            process = pb.start();
            shutdownHook = new Thread(this::stopProcess, "elasticsearch-stopper");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            awaitHealthy(Duration.ofMinutes(3));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=5s"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch exited with code " + process.exitValue() + " while starting; its output:\n"
                        + tail(runDir.resolve("console.log"), 40));
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
            }
            sleep(300);
        }
        stopProcess();
        throw new IllegalStateException("Elasticsearch did not become healthy within " + timeout + "; see " + runDir.resolve("logs"));
    }

    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public long pid() {
        return process.pid();
    }

    /** Stops the node (SIGTERM, then SIGKILL after a minute) and waits for every process it started. */
    public synchronized void stop() {
        stopProcess();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run
            }
            shutdownHook = null;
        }
    }

    /** Starts the node again on the same ports and data (for outage tests). */
    public synchronized void restart() {
        stop();
        launch();
    }

    private void stopProcess() {
        Process p = process;
        if (p == null) {
            return;
        }
        List<ProcessHandle> tree = Stream.concat(Stream.of(p.toHandle()), p.descendants()).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : tree) {
            try {
                h.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static void copyTree(Path src, Path dst) throws IOException {
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path target = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void requireTraversableByNobody(Path dir) throws IOException {
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (!Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException("Elasticsearch runs as the unprivileged user nobody, which cannot enter " + p
                        + " (mode " + java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p))
                        + "); put its data folder " + dir + " somewhere world-traversable, such as under /tmp");
            }
        }
    }

    private static void chownTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Files.setAttribute(p, "unix:uid", NOBODY);
                Files.setAttribute(p, "unix:gid", NOBODY);
            }
        }
    }
}
