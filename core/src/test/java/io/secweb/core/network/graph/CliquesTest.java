package io.secweb.core.network.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CliquesTest {
    /** The Quad (AUS, IND, JPN, USA), AUKUS (AUS, GBR, USA) and a JPN-PHL-USA triangle, plus a loose KOR-JPN tie. */
    private final Graph g = TestGraphs.clique(TestGraphs.clique(TestGraphs.clique(Graph.builder(),
                    "AUS", "IND", "JPN", "USA"), "AUS", "GBR", "USA"), "JPN", "PHL", "USA")
            .addEdge("KOR", "JPN", 1)
            .addNode("NZL")
            .build();

    @Test
    void findsMaximalCliquesLargestFirstThenLexicographic() {
        assertThat(Cliques.maximal(g, 3)).containsExactly(
                List.of("AUS", "IND", "JPN", "USA"),
                List.of("AUS", "GBR", "USA"),
                List.of("JPN", "PHL", "USA"));
    }

    @Test
    void smallerMinimumSizesAddTiesAndIsolates() {
        assertThat(Cliques.maximal(g, 4)).containsExactly(List.of("AUS", "IND", "JPN", "USA"));
        assertThat(Cliques.maximal(g, 2)).endsWith(List.of("JPN", "KOR"));
        assertThat(Cliques.maximal(g, 1)).endsWith(List.of("JPN", "KOR"), List.of("NZL"));
    }

    @Test
    void aCliqueInsideALargerOneIsNotMaximal() {
        assertThat(Cliques.maximal(g, 3)).doesNotContain(List.of("AUS", "JPN", "USA"));
    }
}
