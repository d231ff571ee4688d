package io.secweb.core.network.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A hub H with four spokes S1..S4 and no spoke-to-spoke ties: the textbook hub-and-spokes system. */
class StarGraphMeasuresTest {
    private static final double EPS = 1e-12;
    private final Graph star = TestGraphs.of("H-S1", "H-S2", "H-S3", "H-S4");

    @Test
    void hasFourOfTenPossibleTies() {
        assertThat(Density.binary(star)).isCloseTo(0.4, within(EPS));
        assertThat(Density.weighted(star)).isCloseTo(0.4, within(EPS));
    }

    @Test
    void weightedDensityIsTheMeanWeightOverAllPairs() {
        Graph heavy = TestGraphs.of("H-S1:3", "H-S2:3", "H-S3:3", "H-S4:3");

        assertThat(Density.weighted(heavy)).isCloseTo(12.0 / 10, within(EPS));
        assertThat(Density.binary(heavy)).isCloseTo(0.4, within(EPS));
    }

    @Test
    void hasNoTriangles() {
        assertThat(Clustering.transitivity(star)).isZero();
        assertThat(Clustering.average(star)).isZero();
        assertThat(Clustering.local(star, "H")).isZero();
    }

    @Test
    void isPerfectlyCentralised() {
        assertThat(DegreeCentralization.freeman(star)).isCloseTo(1.0, within(EPS));
    }

    @Test
    void everySpokeToSpokePathRunsThroughTheHub() {
        double[] betweenness = Betweenness.normalized(star);

        assertThat(star.nodes()).containsExactly("H", "S1", "S2", "S3", "S4");
        assertThat(betweenness[0]).isCloseTo(1.0, within(EPS));
        assertThat(betweenness[1]).isZero();
        assertThat(betweenness[4]).isZero();
    }

    @Test
    void efficiencyCountsSpokesTwoHopsApart() {
        // 8 ordered hub-spoke pairs at distance 1, 12 ordered spoke-spoke pairs at distance 2, of 20 ordered pairs
        assertThat(Efficiency.global(star)).isCloseTo((8 + 12 * 0.5) / 20, within(EPS));
    }

    @Test
    void isOneComponentWithNoCliqueOfThree() {
        assertThat(Components.of(star)).containsExactly(List.of("H", "S1", "S2", "S3", "S4"));
        assertThat(Components.count(star)).isEqualTo(1);
        assertThat(Components.largestShare(star)).isEqualTo(1.0);
        assertThat(Cliques.maximal(star, 3)).isEmpty();
        assertThat(Cliques.maximal(star, 2)).containsExactly(
                List.of("H", "S1"), List.of("H", "S2"), List.of("H", "S3"), List.of("H", "S4"));
    }

    @Test
    void withoutItsHubFallsApartIntoIsolates() {
        Graph spokes = star.without("H");

        assertThat(Density.binary(spokes)).isZero();
        assertThat(Efficiency.global(spokes)).isZero();
        assertThat(DegreeCentralization.freeman(spokes)).isZero();
        assertThat(Components.count(spokes)).isEqualTo(4);
        assertThat(Components.largestShare(spokes)).isEqualTo(0.25);
        assertThat(Louvain.partition(spokes).communityCount()).isEqualTo(4);
        assertThat(Modularity.of(spokes, Louvain.partition(spokes))).isZero();
    }
}
