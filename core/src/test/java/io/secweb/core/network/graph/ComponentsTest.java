package io.secweb.core.network.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComponentsTest {
    @Test
    void listsLargestComponentsFirstThenBySmallestNode() {
        Graph g = TestGraphs.of("Z-Y", "Y-X", "B-C", "D-E", "A");

        assertThat(Components.of(g)).containsExactly(
                List.of("X", "Y", "Z"), List.of("B", "C"), List.of("D", "E"), List.of("A"));
        assertThat(Components.count(g)).isEqualTo(4);
        assertThat(Components.largestShare(g)).isEqualTo(3.0 / 8);
    }
}
