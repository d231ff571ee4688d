package io.secweb.core.network.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Hand-checked values on paths, a triangle with a pendant, and the degenerate graphs. */
class SmallGraphMeasuresTest {
    private static final double EPS = 1e-12;

    @Test
    void emptyAndSingleNodeGraphsMeasureZero() {
        for (Graph g : List.of(Graph.empty(), TestGraphs.of("A"), TestGraphs.of("A", "B"))) {
            assertThat(Density.binary(g)).isZero();
            assertThat(Density.weighted(g)).isZero();
            assertThat(Clustering.transitivity(g)).isZero();
            assertThat(Clustering.average(g)).isZero();
            assertThat(DegreeCentralization.freeman(g)).isZero();
            assertThat(Efficiency.global(g)).isZero();
            assertThat(Betweenness.normalized(g)).isEqualTo(new double[g.nodeCount()]);
            assertThat(Cliques.maximal(g, 3)).isEmpty();
        }
        assertThat(Components.count(Graph.empty())).isZero();
        assertThat(Components.largestShare(Graph.empty())).isZero();
        assertThat(Cliques.maximal(Graph.empty(), 1)).isEmpty();
    }

    @Test
    void triangleWithAPendantHasPartialClustering() {
        Graph g = TestGraphs.of("A-B", "B-C", "A-C", "C-D");

        assertThat(Clustering.local(g, "A")).isEqualTo(1.0);
        assertThat(Clustering.local(g, "C")).isCloseTo(1.0 / 3, within(EPS));
        assertThat(Clustering.local(g, "D")).isZero();
        assertThat(Clustering.average(g)).isCloseTo((1 + 1 + 1.0 / 3 + 0) / 4, within(EPS));
        // one triangle closes 3 of the 5 connected triples (A:1, B:1, C:3)
        assertThat(Clustering.transitivity(g)).isCloseTo(3.0 / 5, within(EPS));
    }

    @Test
    void localClusteringOfAnAbsentNodeIsAnError() {
        assertThatThrownBy(() -> Clustering.local(TestGraphs.of("A-B"), "Z"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Z");
    }

    @Test
    void pathOfFiveRoutesThroughItsMiddle() {
        Graph g = TestGraphs.of("A-B", "B-C", "C-D", "D-E");

        // of the 6 pairs not involving a node: B lies on 3 (A-C, A-D, A-E), C on 4 (A-D, A-E, B-D, B-E)
        assertThat(Betweenness.normalized(g)).containsExactly(new double[] {0, 3.0 / 6, 4.0 / 6, 3.0 / 6, 0},
                within(EPS));
        // ordered pairs: 8 at distance 1, 6 at 2, 4 at 3, 2 at 4
        assertThat(Efficiency.global(g)).isCloseTo((8 + 6 / 2.0 + 4 / 3.0 + 2 / 4.0) / 20, within(EPS));
        // degrees 1,2,2,2,1: (1+0+0+0+1) / (4·3)
        assertThat(DegreeCentralization.freeman(g)).isCloseTo(2.0 / 12, within(EPS));
    }

    @Test
    void betweennessIgnoresWeights() {
        Graph light = TestGraphs.of("A-B", "B-C", "A-C");
        Graph heavyDetour = TestGraphs.of("A-B:0.1", "B-C:0.1", "A-C:100");

        assertThat(Betweenness.normalized(heavyDetour)).containsExactly(Betweenness.normalized(light));
        assertThat(Betweenness.normalized(light)).containsOnly(0.0);
    }

    @Test
    void completeGraphIsDenseClusteredAndDecentralised() {
        Graph k5 = TestGraphs.clique(Graph.builder(), "A", "B", "C", "D", "E").build();

        assertThat(Density.binary(k5)).isEqualTo(1.0);
        assertThat(Clustering.transitivity(k5)).isEqualTo(1.0);
        assertThat(Clustering.average(k5)).isEqualTo(1.0);
        assertThat(DegreeCentralization.freeman(k5)).isZero();
        assertThat(Efficiency.global(k5)).isEqualTo(1.0);
        assertThat(Cliques.maximal(k5, 3)).containsExactly(List.of("A", "B", "C", "D", "E"));
    }
}
