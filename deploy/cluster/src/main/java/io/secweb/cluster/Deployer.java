package io.secweb.cluster;

import io.secweb.core.config.ConfigException;
import io.secweb.core.config.SecwebConfig;
import io.secweb.jobs.alerts.AlertsJob;
import io.secweb.jobs.config.JobArguments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code ./secweb deploy} does: uploads each job's jar to a Flink cluster through the REST API ({@code POST /jars/upload}) and
 * runs it ({@code POST /jars/<id>/run}) with {@code --config FILE --kafka … --es-url …}. The job's main runs inside the
 * JobManager, so the configuration file must be readable there (it is, on the local cluster). A job already running
 * under the same name is refused, not doubled.
 */
public final class Deployer {
    private Deployer() {}

    /** A job now running on the cluster. */
    public record Deployed(SecwebJob job, String jobId) {}

    /** Deploys the jobs of {@code options}; a bad configuration or rule file is reported before anything is uploaded. */
    public static List<Deployed> deploy(DeployOptions options) {
        ClusterState state = ClusterState.read(options.stateFile());
        if (options.restUrl() == null && state == null) {
            throw new ConfigException("no local cluster is running (start one with ./secweb cluster up), "
                    + "or name a Flink cluster with --rest URL");
        }
        String rest = options.restUrl() != null ? options.restUrl() : state.restUrl();
        // without the local cluster's state, the configuration file's own addresses apply
        String kafka = options.kafka() != null ? options.kafka() : state != null && options.restUrl() == null ? state.kafka() : null;
        String esUrl = options.esUrl() != null ? options.esUrl() : state != null && options.restUrl() == null ? state.elasticsearchUrl() : null;
        Path config = options.config().toAbsolutePath();
        List<String> programArgs = new ArrayList<>(List.of("--config", config.toString()));
        if (kafka != null) {
            programArgs.addAll(List.of("--kafka", kafka));
        }
        if (esUrl != null) {
            programArgs.addAll(List.of("--es-url", esUrl));
        }
        // the same checks the jobs' mains make, here, so a bad file is reported before anything is uploaded
        SecwebConfig checked = JobArguments.parse(programArgs.toArray(String[]::new));
        if (options.jobs().contains(SecwebJob.ALERTS)) {
            AlertsJob.rules(checked);
        }
        for (SecwebJob job : options.jobs()) {
            if (!job.jar(options.jarsDir()).toFile().isFile()) {
                throw new ConfigException("no jar for the " + job.shortName() + " job at " + job.jar(options.jarsDir())
                        + " (build it: mvn -pl jobs -am package -DskipTests)");
            }
        }

        FlinkRestClient client = new FlinkRestClient(rest);
        int parallelism = options.parallelism() != null ? options.parallelism()
                : Integer.parseInt(client.clusterConfiguration().getOrDefault("parallelism.default", "1"));
        List<FlinkRestClient.JobSummary> running = client.jobs().stream().filter(j -> !isTerminal(j.state())).toList();
        List<Deployed> deployed = new ArrayList<>();
        for (SecwebJob job : options.jobs()) {
            var already = running.stream().filter(j -> j.name().equals(job.flinkJobName())).findFirst();
            if (already.isPresent()) {
                throw new IllegalStateException(job.flinkJobName() + " is already " + already.get().state() + " on " + rest + " (job "
                        + already.get().id() + "); stop it first (curl -X PATCH '" + rest + "/jobs/" + already.get().id()
                        + "?mode=cancel', or stop it with a savepoint and deploy with --from-savepoint)");
            }
            String jarId = client.uploadJar(job.jar(options.jarsDir()));
            deployed.add(new Deployed(job, client.runJar(jarId, job.mainClass(), programArgs, parallelism, options.savepoint())));
        }
        return deployed;
    }

    /** Whether a Flink job state is final (the job will not run again). */
    public static boolean isTerminal(String state) {
        return switch (state) {
            case "FINISHED", "CANCELED", "FAILED" -> true;
            default -> false;
        };
    }
}
