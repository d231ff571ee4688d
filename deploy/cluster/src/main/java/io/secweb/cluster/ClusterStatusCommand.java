package io.secweb.cluster;

import java.nio.file.Path;

/** {@code ./secweb cluster status}: the cluster's TaskManagers, slots and jobs, and where Kafka and Elasticsearch are. */
public final class ClusterStatusCommand {
    private ClusterStatusCommand() {}

    public static void main(String[] args) {
        Path stateFile = Path.of(args.length == 2 && args[0].equals("--state-file") ? args[1] : ".secweb/cluster.properties");
        ClusterState state = ClusterState.read(stateFile);
        if (state == null) {
            System.out.println("secweb: no local cluster is running (./secweb cluster up starts one)");
            System.exit(3);
            return;
        }
        FlinkRestClient client = new FlinkRestClient(state.restUrl());
        try {
            FlinkRestClient.Overview o = client.overview();
            System.out.printf("Flink %s at %s: %d TaskManagers, %d/%d slots free%n", o.flinkVersion(), state.restUrl(), o.taskManagers(),
                    o.slotsAvailable(), o.slotsTotal());
            for (FlinkRestClient.JobSummary j : client.jobs()) {
                String restarts = DeployCommand.isTerminal(j.state()) ? "" : ", " + client.restarts(j.id()).map(String::valueOf).orElse("?")
                        + " restarts, " + client.completedCheckpoints(j.id()) + " checkpoints, on " + client.taskManagersOf(j.id());
                System.out.printf("  %-18s %-10s %s%s%n", j.name(), j.state(), j.id(), restarts);
            }
            System.out.printf("Kafka %s, Elasticsearch %s, configuration %s%n", state.kafka(), state.elasticsearchUrl(), state.confDir());
        } catch (FlinkRestClient.FlinkRestException e) {
            System.err.println("secweb cluster status: " + e.getMessage());
            System.exit(1);
        }
    }
}
