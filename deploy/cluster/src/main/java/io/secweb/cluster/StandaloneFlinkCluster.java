package io.secweb.cluster;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.GlobalConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Flink standalone session cluster from Maven artifacts, as Flink's own start scripts run it: a JobManager
 * ({@code StandaloneSessionClusterEntrypoint}) and TaskManagers ({@code TaskManagerRunner}), each a separate JVM on
 * the Flink classpath only (no job code: jobs arrive as jars through the REST API). The configuration folder is copied
 * to {@code <dataDir>/conf} with the run's settings (ports, folders) written into {@code config.yaml}, so the processes,
 * {@code flink run} and the jobs all read the same file. The processes get SIGKILL when this JVM dies
 * ({@code setpriv --pdeathsig}) and SIGTERM on {@link #close()}.
 */
public final class StandaloneFlinkCluster implements AutoCloseable {
    private static final String JOB_MANAGER = "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint";
    private static final String TASK_MANAGER = "org.apache.flink.runtime.taskexecutor.TaskManagerRunner";
    private static final String BASH_JAVA_UTILS = "org.apache.flink.runtime.util.bash.BashJavaUtils";
    private static final String RESULT_PREFIX = "BASH_JAVA_UTILS_EXEC_RESULT:";

    private final Path dataDir;
    private final Path confDir;
    private final String classpath;
    private final Configuration configuration;
    private final int restPort;
    private Process jobManager;
    private final Map<Integer, Process> taskManagers = new TreeMap<>();
    private Thread shutdownHook;

    private StandaloneFlinkCluster(Path dataDir, Path confDir, String classpath, Configuration configuration) {
        this.dataDir = dataDir;
        this.confDir = confDir;
        this.classpath = classpath;
        this.configuration = configuration;
        this.restPort = configuration.get(org.apache.flink.configuration.RestOptions.PORT);
    }

    /**
     * Starts a JobManager and {@code taskManagers} TaskManagers and waits until all of them are registered.
     *
     * @param templateConf a Flink configuration folder ({@code config.yaml}, {@code log4j.properties})
     * @param classpathFile a file holding the Flink classpath (as written by {@code mvn dependency:build-classpath})
     * @param overrides settings of this run written over the template's (ports, folders)
     */
    public static StandaloneFlinkCluster start(Path templateConf, Path classpathFile, Path dataDir, int taskManagers,
                                               Map<String, String> overrides) {
        try {
            if (!Files.isRegularFile(templateConf.resolve("config.yaml"))) {
                throw new IllegalArgumentException("no Flink configuration at " + templateConf.resolve("config.yaml"));
            }
            if (!Files.isRegularFile(classpathFile)) {
                throw new IllegalArgumentException("no Flink classpath file at " + classpathFile + " (build first: mvn install -DskipTests)");
            }
            String classpath = Files.readString(classpathFile).strip();
            Path conf = dataDir.resolve("conf");
            Files.createDirectories(conf);
            Files.createDirectories(dataDir.resolve("log"));
            Map<String, String> runSettings = new LinkedHashMap<>();
            runSettings.put("web.upload.dir", dataDir.resolve("web-upload").toString());
            runSettings.put("web.tmpdir", dataDir.resolve("web-tmp").toString());
            runSettings.put("io.tmp.dirs", dataDir.resolve("tmp").toString());
            runSettings.putAll(overrides);
            writeConf(templateConf, conf, runSettings);
            Configuration configuration = GlobalConfiguration.loadConfiguration(conf.toString());
            StandaloneFlinkCluster cluster = new StandaloneFlinkCluster(dataDir, conf, classpath, configuration);
            cluster.launch(taskManagers);
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the template folder and replaces (or appends) the given flat keys in its config.yaml. */
    static void writeConf(Path template, Path target, Map<String, String> settings) throws IOException {
        try (Stream<Path> files = Files.list(template)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, target.resolve(f.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path file = target.resolve("config.yaml");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        List<String> appended = new ArrayList<>();
        for (Map.Entry<String, String> s : settings.entrySet()) {
            String line = s.getKey() + ": " + s.getValue();
            boolean replaced = false;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(s.getKey() + ":")) {
                    lines.set(i, line);
                    replaced = true;
                }
            }
            if (!replaced) {
                appended.add(line);
            }
        }
        if (!appended.isEmpty()) {
            lines.add("");
            lines.add("# set by the launcher for this run");
            lines.addAll(appended);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private void launch(int count) {
        shutdownHook = new Thread(this::stopAll, "flink-cluster-stopper");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        jobManager = spawn("jobmanager", JOB_MANAGER, memoryParameters("GET_JM_RESOURCE_PARAMS"), List.of());
        for (int i = 1; i <= count; i++) {
            startTaskManager(i);
        }
        awaitTaskManagers(count, Duration.ofMinutes(2));
    }

    /** Starts TaskManager number {@code n} (again, after {@link #killTaskManager}). */
    public synchronized void startTaskManager(int n) {
        taskManagers.put(n, spawn("taskmanager-" + n, TASK_MANAGER, memoryParameters("GET_TM_RESOURCE_PARAMS"),
                List.of("-D", "taskmanager.resource-id=tm-" + n)));
    }

    /** Kills TaskManager number {@code n} with SIGKILL, as a crashed machine would disappear, and waits until it is gone. */
    public synchronized void killTaskManager(int n) {
        Process p = taskManagers.remove(n);
        if (p == null) {
            throw new IllegalArgumentException("no TaskManager " + n + " is running");
        }
        p.destroyForcibly();
        try {
            p.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public synchronized long taskManagerPid(int n) {
        return taskManagers.get(n).pid();
    }

    public String restUrl() {
        return "http://127.0.0.1:" + restPort;
    }

    public Path confDir() {
        return confDir;
    }

    public Path logDir() {
        return dataDir.resolve("log");
    }

    public Configuration configuration() {
        return configuration;
    }

    /** Waits until the JobManager reports {@code count} registered TaskManagers. */
    public void awaitTaskManagers(int count, Duration timeout) {
        FlinkRestClient rest = new FlinkRestClient(restUrl());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!jobManager.isAlive()) {
                throw new IllegalStateException("the Flink JobManager exited with code " + jobManager.exitValue() + "; see "
                        + logDir().resolve("jobmanager.log") + " and " + logDir().resolve("jobmanager.out"));
            }
            try {
                if (rest.overview().taskManagers() >= count) {
                    return;
                }
            } catch (RuntimeException notUpYet) {
                // the REST endpoint is not listening yet
            }
            sleep(300);
        }
        throw new IllegalStateException("the Flink cluster did not report " + count + " TaskManagers within " + timeout + "; see "
                + logDir());
    }

    /** The JVM and {@code -D} memory settings Flink derives from config.yaml, exactly as its start scripts get them. */
    private record Resources(List<String> jvmArgs, List<String> dynamicProperties) {}

    private Resources memoryParameters(String command) {
        List<String> cmd = List.of(javaBinary(), "-cp", classpath, BASH_JAVA_UTILS, command, "--configDir", confDir.toString());
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("Flink could not compute memory settings (" + command + "):\n" + out);
            }
            List<String> results = out.lines().filter(l -> l.startsWith(RESULT_PREFIX)).map(l -> l.substring(RESULT_PREFIX.length())).toList();
            if (results.size() < 2) {
                throw new IllegalStateException("unexpected output of Flink's " + command + ":\n" + out);
            }
            // line 1: JVM arguments (-Xmx …); line 2: dynamic properties (-D key=value …)
            return new Resources(Arrays.asList(results.get(0).trim().split("\\s+")), Arrays.asList(results.get(1).trim().split("\\s+")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Process spawn(String name, String mainClass, Resources resources, List<String> extraProperties) {
        List<String> cmd = new ArrayList<>(List.of("setpriv", "--pdeathsig", "KILL", "--", javaBinary()));
        cmd.addAll(resources.jvmArgs());
        String javaOpts = configuration.get(CoreOptions.FLINK_JVM_OPTIONS);
        if (javaOpts != null && !javaOpts.isBlank()) {
            cmd.addAll(Arrays.asList(javaOpts.trim().split("\\s+")));
        }
        cmd.add("-Dlog.file=" + logDir().resolve(name + ".log"));
        cmd.add("-Dlog4j.configurationFile=file:" + confDir.resolve("log4j.properties"));
        cmd.add("-Dlog4j2.formatMsgNoLookups=true");
        cmd.addAll(List.of("-cp", classpath, mainClass, "--configDir", confDir.toString()));
        cmd.addAll(resources.dynamicProperties());
        cmd.addAll(extraProperties);
        try {
            Files.createDirectories(dataDir.resolve("tmp"));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logDir().resolve(name + ".out").toFile()));
            pb.environment().put("FLINK_CONF_DIR", confDir.toString());
            pb.environment().remove("JAVA_TOOL_OPTIONS");
            return pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Stops the TaskManagers, then the JobManager (SIGTERM; SIGKILL after 30 s). */
    @Override
    public synchronized void close() {
        stopAll();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run
            }
            shutdownHook = null;
        }
    }

    private synchronized void stopAll() {
        for (Process p : taskManagers.values()) {
            p.destroy();
        }
        for (Process p : taskManagers.values()) {
            stop(p);
        }
        taskManagers.clear();
        if (jobManager != null) {
            jobManager.destroy();
            stop(jobManager);
            jobManager = null;
        }
    }

    private static void stop(Process p) {
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
