package io.secweb.core.network.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ModularityTest {
    /** Two triangles joined by one tie: 7 ties, 3 inside each triangle, strength 7 on each side. */
    private final Graph g = TestGraphs.of("A-B", "B-C", "A-C", "C-D", "D-E", "E-F", "D-F");

    @Test
    void twoTrianglesSplitAtTheirBridge() {
        Partition split = Partition.of(List.of(List.of("A", "B", "C"), List.of("D", "E", "F")));

        assertThat(Modularity.of(g, split)).isCloseTo(2 * (3.0 / 7 - 0.25), within(1e-12));
    }

    @Test
    void oneCommunityScoresZeroAndSingletonsScoreBelowIt() {
        Partition whole = Partition.of(List.of(g.nodes()));
        Partition singletons = Partition.singletons(g.nodes());

        assertThat(Modularity.of(g, whole)).isCloseTo(0, within(1e-12));
        // no weight inside, minus Σ (s_i / 2W)² = (2² + 2² + 3² + 3² + 2² + 2²) / 14²
        assertThat(Modularity.of(g, singletons)).isCloseTo(-34.0 / 196, within(1e-12));
    }

    @Test
    void usesWeights() {
        Graph weighted = TestGraphs.of("A-B:3", "B-C", "A-C");
        Partition ab = Partition.of(List.of(List.of("A", "B"), List.of("C")));

        // W = 5; inside {A,B}: 3; strengths A 4, B 4, C 2
        assertThat(Modularity.of(weighted, ab))
                .isCloseTo(3.0 / 5 - Math.pow(8.0 / 10, 2) - Math.pow(2.0 / 10, 2), within(1e-12));
    }

    @Test
    void isZeroWithoutEdges() {
        assertThat(Modularity.of(TestGraphs.of("A", "B"), Partition.singletons(List.of("A", "B")))).isZero();
    }

    @Test
    void rejectsAPartitionMissingANode() {
        assertThatThrownBy(() -> Modularity.of(g, Partition.of(List.of(List.of("A", "B", "C")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("D");
    }
}
