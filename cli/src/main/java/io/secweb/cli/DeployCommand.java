package io.secweb.cli;

import io.secweb.cluster.DeployOptions;
import io.secweb.cluster.Deployer;
import io.secweb.cluster.SecwebJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ./secweb deploy}: see {@link Deployer}. */
@Command(name = "deploy",
        description = {"Submits the job jars (jobs/target/secweb-<job>.jar) to a Flink cluster through its REST API and runs each "
                + "job with the configuration; by default to the local cluster of secweb cluster up.",
                "A job already running under the same name is refused, not doubled."})
final class DeployCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--job", paramLabel = "NAME", converter = OptionValues.Job.class,
            description = "deploy only this job (repeatable; jobs: ingest, indicators, alerts; default: all)")
    List<SecwebJob> jobs = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "deploy/cluster/jobs.yaml",
            description = "the jobs' configuration (default ${DEFAULT-VALUE})")
    Path config;

    @Option(names = "--rest", paramLabel = "URL",
            description = "Flink REST API of another cluster (default: the local cluster's, from .secweb/cluster.properties)")
    String rest;

    @Option(names = "--kafka", paramLabel = "HOST:PORT",
            description = "Kafka bootstrap servers (default: the local cluster's broker; with --rest, the configuration's)")
    String kafka;

    @Option(names = "--es-url", paramLabel = "URL",
            description = "Elasticsearch (default: the local cluster's node; with --rest, the configuration's)")
    String esUrl;

    @Option(names = "--jars", paramLabel = "DIR", defaultValue = "jobs/target", description = "where secweb-<job>.jar are (default ${DEFAULT-VALUE})")
    Path jars;

    @Option(names = "--parallelism", paramLabel = "N", converter = OptionValues.Parallelism.class,
            description = "parallelism of each job, 1 to 64 (default: the cluster's parallelism.default)")
    Integer parallelism;

    @Option(names = "--from-savepoint", paramLabel = "PATH",
            description = "start the job from a savepoint or retained checkpoint (with one --job)")
    String savepoint;

    @Option(names = "--state-file", paramLabel = "FILE", defaultValue = ".secweb/cluster.properties", hidden = true)
    Path stateFile;

    /** The deployment these arguments ask for: every job unless told which; a savepoint restores exactly one. */
    DeployOptions options() {
        List<SecwebJob> chosen = jobs.isEmpty() ? Arrays.asList(SecwebJob.values()) : jobs;
        if (savepoint != null && chosen.size() != 1) {
            throw new ParameterException(spec.commandLine(), "--from-savepoint restores one job: name it with --job");
        }
        return new DeployOptions(rest, kafka, esUrl, config, jars, chosen, parallelism, savepoint, stateFile);
    }

    @Override
    public Integer call() {
        for (Deployer.Deployed d : Deployer.deploy(options())) {
            System.out.printf("secweb: %-18s job %s  (%s)%n", d.job().flinkJobName(), d.jobId(), d.job().mainClass());
        }
        return 0;
    }
}
