package io.secweb.core.network.graph;

/** Small graphs for hand-checked tests, written as {@code "A-B"} (weight 1) or {@code "A-B:2.5"}; a bare name is an isolate. */
final class TestGraphs {
    private TestGraphs() {}

    static Graph of(String... ties) {
        Graph.Builder b = Graph.builder();
        for (String tie : ties) {
            String[] nameAndWeight = tie.split(":");
            double weight = nameAndWeight.length > 1 ? Double.parseDouble(nameAndWeight[1]) : 1;
            String[] ends = nameAndWeight[0].split("-");
            if (ends.length == 1) {
                b.addNode(ends[0]);
            } else {
                b.addEdge(ends[0], ends[1], weight);
            }
        }
        return b.build();
    }

    /** Every pair of the given nodes tied with weight 1. */
    static Graph.Builder clique(Graph.Builder b, String... nodes) {
        for (int i = 0; i < nodes.length; i++) {
            for (int j = i + 1; j < nodes.length; j++) {
                b.addEdge(nodes[i], nodes[j], 1);
            }
        }
        return b;
    }
}
