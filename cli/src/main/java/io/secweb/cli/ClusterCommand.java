package io.secweb.cli;

import io.secweb.cluster.ClusterOptions;
import io.secweb.cluster.ClusterStack;
import io.secweb.cluster.ClusterState;
import io.secweb.cluster.Deployer;
import io.secweb.cluster.FlinkRestClient;
import io.secweb.core.config.ConfigLoader;
import io.secweb.core.config.SecwebConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ./secweb cluster up|down|status}: a real Flink standalone cluster with Kafka and Elasticsearch on this machine. */
@Command(name = "cluster", synopsisSubcommandLabel = "COMMAND",
        description = "A real Flink standalone cluster (a JobManager and TaskManagers, each its own JVM) with Kafka and "
                + "Elasticsearch on this machine; secweb deploy submits the job jars to it.",
        subcommands = {ClusterCommand.Up.class, ClusterCommand.Down.class, ClusterCommand.Status.class})
final class ClusterCommand {

    /** {@code ./secweb cluster up}: see {@link ClusterStack}. The launcher runs it in the background. */
    @Command(name = "up",     description = {"Starts the local cluster in the background: Kafka, Elasticsearch, topics and index templates, a "
                    + "Flink JobManager and TaskManagers. No job runs until secweb deploy.",
                    "The feed is published once, into a new broker. secweb cluster down stops it all; the data folder stays."})
    static final class Up implements Callable<Integer> {
        @Mixin
        StackOptions stack;

        @Option(names = "--task-managers", paramLabel = "N", defaultValue = "2", converter = OptionValues.TaskManagers.class,
                description = "TaskManager processes, 1 to 8 (default ${DEFAULT-VALUE})")
        int taskManagers;

        @Option(names = "--data-dir", paramLabel = "DIR",
                description = "Kafka, Elasticsearch, logs; also checkpoints and savepoints when given (default /tmp/secweb-cluster; "
                        + "checkpoints where deploy/cluster/conf/config.yaml says)")
        Path dataDir;

        @Option(names = "--fresh",
                description = "delete the data folder first (default: keep it, so topics, indices and checkpoints survive "
                        + "secweb cluster down)")
        boolean fresh;

        @Option(names = "--conf-dir", paramLabel = "DIR", defaultValue = "deploy/cluster/conf",
                description = "Flink configuration folder (default ${DEFAULT-VALUE})")
        Path confDir;

        @Option(names = "--config", paramLabel = "FILE", defaultValue = "deploy/cluster/jobs.yaml",
                description = "the jobs' configuration, for topics and index templates (default ${DEFAULT-VALUE})")
        Path config;

        @Option(names = "--state-file", paramLabel = "FILE", defaultValue = ".secweb/cluster.properties", hidden = true)
        Path stateFile;

        @Option(names = "--flink-classpath", paramLabel = "FILE", defaultValue = "deploy/cluster/target/flink-classpath.txt", hidden = true)
        Path flinkClasspath;

        /** The cluster's options these arguments give. */
        ClusterOptions options() {
            Path data = (dataDir != null ? dataDir : ClusterOptions.DEFAULT_DATA_DIR).toAbsolutePath();
            return new ClusterOptions(stack.kafkaPort, stack.esPort, stack.flinkPort, taskManagers, data, dataDir != null,
                    confDir.toAbsolutePath(), config, stack.startFeed(), ClusterOptions.DEFAULT_JARS_DIR, stateFile, flinkClasspath, fresh);
        }

        @Override
        public Integer call() throws Exception {
            ClusterOptions options = options();
            SecwebConfig configuration = ConfigLoader.load(options.config());
            System.out.println("secweb: the log is " + RunLog.named());
            ClusterStack stack = new ClusterStack();
            Foreground.run("secweb-cluster", () -> stack.start(options, configuration), stack::stop);
            return 0;
        }
    }

    /** {@code ./secweb cluster down}. */
    @Command(name = "down", description = "Stops the local cluster: TaskManagers, JobManager, Elasticsearch, Kafka. The data stays.")
    static final class Down implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            BackgroundProcess.CLUSTER.stop(System.out);
            return 0;
        }
    }

    /** {@code ./secweb cluster status}. */
    @Command(name = "status",
        description = {"The cluster's TaskManagers, slots and jobs (state, restarts, checkpoints, "
            + "TaskManagers), and where Kafka and Elasticsearch are.", "Exit code 3 when no local cluster is running."})
    static final class Status implements Callable<Integer> {
        static final int NOT_RUNNING = 3;

        @Option(names = "--state-file", paramLabel = "FILE", defaultValue = ".secweb/cluster.properties", hidden = true)
        Path stateFile;

        @Override
        public Integer call() {
            ClusterState state = ClusterState.read(stateFile);
            if (state == null) {
                System.out.println("secweb: no local cluster is running (./secweb cluster up starts one)");
                return NOT_RUNNING;
            }
            FlinkRestClient client = new FlinkRestClient(state.restUrl());
            FlinkRestClient.Overview o = client.overview();
            System.out.printf("Flink %s at %s: %d TaskManagers, %d/%d slots free%n", o.flinkVersion(), state.restUrl(), o.taskManagers(),
                    o.slotsAvailable(), o.slotsTotal());
            for (FlinkRestClient.JobSummary j : client.jobs()) {
                String restarts = Deployer.isTerminal(j.state()) ? "" : ", " + client.restarts(j.id()).map(String::valueOf).orElse("?")
                        + " restarts, " + client.completedCheckpoints(j.id()) + " checkpoints, on " + client.taskManagersOf(j.id());
                System.out.printf("  %-18s %-10s %s%s%n", j.name(), j.state(), j.id(), restarts);
            }
            System.out.printf("Kafka %s, Elasticsearch %s, configuration %s%n", state.kafka(), state.elasticsearchUrl(), state.confDir());
            return 0;
        }
    }
}
