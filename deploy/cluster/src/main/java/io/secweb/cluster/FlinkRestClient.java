package io.secweb.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The few calls of Flink's REST API (the same one the web UI and {@code flink run} use) that deploying and operating
 * the jobs need: upload a jar, run it, list jobs, stop with a savepoint, read a job's restarts and checkpoints.
 */
public final class FlinkRestClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public FlinkRestClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public record Overview(int taskManagers, int slotsTotal, int slotsAvailable, int jobsRunning, String flinkVersion) {}

    public record JobSummary(String id, String name, String state) {}

    public Overview overview() {
        JsonNode n = get("/overview");
        return new Overview(n.path("taskmanagers").asInt(), n.path("slots-total").asInt(), n.path("slots-available").asInt(),
                n.path("jobs-running").asInt(), n.path("flink-version").asText());
    }

    /** Uploads a job jar; returns the jar id the run call takes. */
    public String uploadJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no job jar at " + jar + " (build it with mvn package -pl jobs -am -DskipTests)");
        }
        String boundary = "secweb-" + UUID.randomUUID();
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"jarfile\"; filename=\"" + jar.getFileName()
                    + "\"\r\nContent-Type: application/x-java-archive\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(jar));
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/jars/upload"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
            String filename = send(request).path("filename").asText();
            return Path.of(filename).getFileName().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many jars have been uploaded to the cluster. */
    public int jarCount() {
        return get("/jars").path("files").size();
    }

    /**
     * Runs an uploaded jar's {@code entryClass} with {@code args}; the job's main runs inside the JobManager and submits
     * the job. {@code savepointPath} (may be null) restores the job's state from a savepoint or retained checkpoint.
     */
    public String runJar(String jarId, String entryClass, List<String> args, int parallelism, String savepointPath) {
        ObjectNode body = JSON.createObjectNode();
        body.put("entryClass", entryClass);
        // without it the run handler uses 1, not the cluster's parallelism.default
        body.put("parallelism", parallelism);
        body.putArray("programArgsList").addAll(args.stream().map(JSON.getNodeFactory()::textNode).toList());
        if (savepointPath != null) {
            body.put("savepointPath", savepointPath);
            body.put("allowNonRestoredState", false);
        }
        return post("/jars/" + jarId + "/run", body, Duration.ofMinutes(2)).path("jobid").asText();
    }

    /** The JobManager's effective configuration (its config.yaml and dynamic properties). */
    public java.util.Map<String, String> clusterConfiguration() {
        java.util.Map<String, String> config = new java.util.TreeMap<>();
        for (JsonNode entry : get("/jobmanager/config")) {
            config.put(entry.path("key").asText(), entry.path("value").asText());
        }
        return config;
    }

    public List<JobSummary> jobs() {
        List<JobSummary> jobs = new ArrayList<>();
        for (JsonNode j : get("/jobs/overview").path("jobs")) {
            jobs.add(new JobSummary(j.path("jid").asText(), j.path("name").asText(), j.path("state").asText()));
        }
        return jobs;
    }

    public String jobState(String jobId) {
        return get("/jobs/" + jobId).path("state").asText();
    }

    /** True when the job is RUNNING and so is every one of its tasks (deployed on a TaskManager). */
    public boolean allTasksRunning(String jobId) {
        JsonNode job = get("/jobs/" + jobId);
        if (!"RUNNING".equals(job.path("state").asText())) {
            return false;
        }
        for (JsonNode vertex : job.path("vertices")) {
            if (!"RUNNING".equals(vertex.path("status").asText())) {
                return false;
            }
        }
        return true;
    }

    /**
     * One line on where the job is, for people and failure messages: its state, each task's status and where the
     * subtasks are, and the first line of its most recent exception.
     */
    public String describe(String jobId) {
        JsonNode job = get("/jobs/" + jobId);
        StringBuilder text = new StringBuilder(job.path("name").asText()).append(' ').append(job.path("state").asText()).append(":");
        for (JsonNode vertex : job.path("vertices")) {
            text.append(" [").append(vertex.path("name").asText()).append(' ').append(vertex.path("status").asText());
            JsonNode counts = vertex.path("tasks");
            counts.fieldNames().forEachRemaining(state -> {
                if (counts.path(state).asInt() > 0) {
                    text.append(' ').append(state).append('=').append(counts.path(state).asInt());
                }
            });
            text.append(']');
        }
        JsonNode latest = get("/jobs/" + jobId + "/exceptions").path("exceptionHistory").path("entries").path(0);
        if (!latest.isMissingNode()) {
            text.append("; latest exception: ").append(latest.path("stacktrace").asText().lines().findFirst().orElse(""));
        }
        return text.toString();
    }

    /** How often the job has restarted since it was submitted (its numRestarts metric; empty until first reported). */
    public java.util.Optional<Long> restarts(String jobId) {
        for (JsonNode m : get("/jobs/" + jobId + "/metrics?get=numRestarts")) {
            return java.util.Optional.of(Long.parseLong(m.path("value").asText()));
        }
        return java.util.Optional.empty();
    }

    /** Completed checkpoints of the job so far. */
    public long completedCheckpoints(String jobId) {
        return get("/jobs/" + jobId + "/checkpoints").path("counts").path("completed").asLong();
    }

    /** The checkpoint or savepoint the job's current attempt restored, if any. */
    public record Restored(long checkpointId, boolean savepoint, String externalPath) {}

    public java.util.Optional<Restored> restoredCheckpoint(String jobId) {
        JsonNode restored = get("/jobs/" + jobId + "/checkpoints").path("latest").path("restored");
        if (restored.isMissingNode() || restored.isNull()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Restored(restored.path("id").asLong(), restored.path("is_savepoint").asBoolean(),
                restored.path("external_path").asText()));
    }

    /** TaskManager ids that run at least one subtask of the job. */
    public java.util.SortedSet<String> taskManagersOf(String jobId) {
        java.util.SortedSet<String> ids = new java.util.TreeSet<>();
        for (JsonNode vertex : get("/jobs/" + jobId).path("vertices")) {
            for (JsonNode tm : get("/jobs/" + jobId + "/vertices/" + vertex.path("id").asText() + "/taskmanagers").path("taskmanagers")) {
                ids.add(tm.path("taskmanager-id").asText());
            }
        }
        return ids;
    }

    /** Stops the job with a savepoint in {@code targetDirectory} (null: the cluster's savepoint folder); returns its path. */
    public String stopWithSavepoint(String jobId, String targetDirectory, Duration timeout) {
        ObjectNode body = JSON.createObjectNode();
        body.put("drain", false);
        if (targetDirectory != null) {
            body.put("targetDirectory", targetDirectory);
        }
        String trigger = post("/jobs/" + jobId + "/stop", body, Duration.ofSeconds(30)).path("request-id").asText();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = get("/jobs/" + jobId + "/savepoints/" + trigger);
            if ("COMPLETED".equals(status.path("status").path("id").asText())) {
                JsonNode op = status.path("operation");
                if (op.has("failure-cause")) {
                    throw new IllegalStateException("stop-with-savepoint of job " + jobId + " failed: "
                            + op.path("failure-cause").path("stack-trace").asText().lines().findFirst().orElse(""));
                }
                return op.path("location").asText();
            }
            sleep(300);
        }
        throw new IllegalStateException("stop-with-savepoint of job " + jobId + " did not complete within " + timeout);
    }

    public void cancel(String jobId) {
        send(HttpRequest.newBuilder(URI.create(baseUrl + "/jobs/" + jobId + "?mode=cancel")).timeout(Duration.ofSeconds(30))
                .method("PATCH", HttpRequest.BodyPublishers.noBody()).build());
    }

    private JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    private JsonNode post(String path, JsonNode body, Duration timeout) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private JsonNode send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new FlinkRestException("no Flink REST API at " + baseUrl + " (is the cluster up? ./secweb cluster up)");
        } catch (IOException e) {
            throw new FlinkRestException(request.method() + " " + request.uri() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlinkRestException("interrupted: " + request.method() + " " + request.uri());
        }
        JsonNode json;
        try {
            json = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new FlinkRestException(request.method() + " " + request.uri() + " answered " + response.statusCode() + " with "
                    + response.body());
        }
        if (response.statusCode() >= 300) {
            throw new FlinkRestException(request.method() + " " + request.uri().getPath() + " answered " + response.statusCode() + ": "
                    + errors(json));
        }
        return json;
    }

    /** Flink's error answer: {"errors": ["message", "stack trace …"]}; the first line of each is enough for a person. */
    private static String errors(JsonNode json) {
        List<String> lines = new ArrayList<>();
        for (JsonNode e : json.path("errors")) {
            String text = e.asText();
            // the run handler wraps the program's own message ("secweb ingest: config …") deep in a stack trace
            text.lines().filter(l -> l.contains("secweb") && !l.strip().startsWith("at ")).findFirst()
                    .ifPresentOrElse(lines::add, () -> lines.add(text.lines().findFirst().orElse(text)));
        }
        return lines.isEmpty() ? json.toString() : String.join("; ", lines);
    }

    /** A REST call failed; the message says what and why, for people. */
    public static final class FlinkRestException extends RuntimeException {
        public FlinkRestException(String message) {
            super(message);
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
