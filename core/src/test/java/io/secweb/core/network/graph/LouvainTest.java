package io.secweb.core.network.graph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LouvainTest {
    private static final List<String> LEFT = List.of("A", "B", "C", "D", "E");
    private static final List<String> RIGHT = List.of("F", "G", "H", "I", "J");

    private static Graph twoCliquesJoinedByOneEdge() {
        Graph.Builder b = Graph.builder();
        TestGraphs.clique(b, LEFT.toArray(String[]::new));
        TestGraphs.clique(b, RIGHT.toArray(String[]::new));
        return b.addEdge("E", "F", 1).build();
    }

    @Test
    void splitsTwoCliquesJoinedByOneEdge() {
        Partition p = Louvain.partition(twoCliquesJoinedByOneEdge());

        assertThat(p.communities()).containsExactly(LEFT, RIGHT);
        assertThat(p.communityOf()).containsEntry("A", 0).containsEntry("J", 1);
    }

    @Test
    void sameGraphGivesTheSamePartitionWhateverTheInsertionOrder() {
        List<Graph.Edge> edges = new ArrayList<>(twoCliquesJoinedByOneEdge().edges());
        Collections.reverse(edges);
        Graph.Builder reversed = Graph.builder();
        for (Graph.Edge e : edges) {
            reversed.addEdge(e.b(), e.a(), e.weight());
        }

        assertThat(Louvain.partition(reversed.build())).isEqualTo(Louvain.partition(twoCliquesJoinedByOneEdge()));
        assertThat(Louvain.partition(twoCliquesJoinedByOneEdge()))
                .isEqualTo(Louvain.partition(twoCliquesJoinedByOneEdge()));
    }

    @Test
    void leavesIsolatedNodesOnTheirOwn() {
        Graph g = TestGraphs.of("A-B", "B-C", "A-C", "X", "Y");

        assertThat(Louvain.partition(g).communities()).containsExactly(List.of("A", "B", "C"), List.of("X"), List.of("Y"));
    }

    @Test
    void graphsWithoutEdgesAreAllSingletons() {
        assertThat(Louvain.partition(Graph.empty()).communityOf()).isEmpty();
        assertThat(Louvain.partition(TestGraphs.of("A", "B")).communityOf()).isEqualTo(Map.of("A", 0, "B", 1));
    }

    @Test
    void heavyTiesOutweighTheirCount() {
        // a 6-cycle whose A-B, C-D, E-F ties are heavy: the heavy pairs are the communities
        Graph g = TestGraphs.of("A-B:10", "B-C", "C-D:10", "D-E", "E-F:10", "F-A");

        Partition p = Louvain.partition(g);

        assertThat(p.communities()).containsExactly(List.of("A", "B"), List.of("C", "D"), List.of("E", "F"));
        // each community holds 10 of the 33 weight and 22 of the 66 strength
        assertThat(Modularity.of(g, p)).isCloseTo(3 * (10.0 / 33 - Math.pow(22.0 / 66, 2)), within(1e-12));
    }

    @Test
    void aggregatesLevelsUntilNoGain() {
        // four triangles in a ring of single ties: a first level finds the triangles, which stay apart
        Graph.Builder b = Graph.builder();
        String[][] triangles = {{"A1", "A2", "A3"}, {"B1", "B2", "B3"}, {"C1", "C2", "C3"}, {"D1", "D2", "D3"}};
        for (String[] t : triangles) {
            TestGraphs.clique(b, t);
        }
        Graph g = b.addEdge("A3", "B1", 1).addEdge("B3", "C1", 1).addEdge("C3", "D1", 1).addEdge("D3", "A1", 1).build();

        Partition p = Louvain.partition(g);

        assertThat(p.communityCount()).isEqualTo(4);
        assertThat(Modularity.of(g, p)).isCloseTo(4 * (3.0 / 16 - Math.pow(8.0 / 32, 2)), within(1e-12));
    }
}
