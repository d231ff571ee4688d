package io.secweb.core.network.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PartitionSimilarityTest {
    private static Partition p(List<List<String>> communities) {
        return Partition.of(communities);
    }

    @Test
    void sameGroupingScoresOne() {
        Partition a = p(List.of(List.of("A", "B"), List.of("C", "D", "E")));

        assertThat(PartitionSimilarity.nmi(a, a)).isEqualTo(1.0);
        assertThat(PartitionSimilarity.nmi(p(List.of(List.of("A"), List.of("B"), List.of("C"))),
                p(List.of(List.of("C"), List.of("A"), List.of("B"))))).isEqualTo(1.0);
    }

    @Test
    void independentGroupingsScoreZero() {
        assertThat(PartitionSimilarity.nmi(p(List.of(List.of("A", "B"), List.of("C", "D"))),
                p(List.of(List.of("A", "C"), List.of("B", "D"))))).isCloseTo(0, within(1e-12));
    }

    @Test
    void knownValue() {
        // A = {ab}{cd}, B = {a}{bcd}: H(A) = ln 2, H(B) = -(¼ln¼ + ¾ln¾), I = H(B) - H(B|A) = H(B) - ½ln2
        double hA = Math.log(2);
        double hB = -(0.25 * Math.log(0.25) + 0.75 * Math.log(0.75));
        double mi = hB - 0.5 * Math.log(2);

        assertThat(PartitionSimilarity.nmi(p(List.of(List.of("a", "b"), List.of("c", "d"))),
                p(List.of(List.of("a"), List.of("b", "c", "d"))))).isCloseTo(mi / ((hA + hB) / 2), within(1e-12));
    }

    @Test
    void bothSingleCommunitiesAreIdentical() {
        assertThat(PartitionSimilarity.nmi(p(List.of(List.of("A", "B", "C"))), p(List.of(List.of("A", "B", "C")))))
                .isEqualTo(1.0);
    }

    @Test
    void oneSingleCommunityAgainstASplitScoresZero() {
        assertThat(PartitionSimilarity.nmi(p(List.of(List.of("A", "B", "C", "D"))),
                p(List.of(List.of("A", "B"), List.of("C", "D"))))).isZero();
    }

    @Test
    void comparesOnlyTheNodesInBoth() {
        Partition before = p(List.of(List.of("A", "B"), List.of("C", "D")));
        Partition after = p(List.of(List.of("A", "B", "X"), List.of("C", "D"), List.of("Y")));

        assertThat(PartitionSimilarity.nmi(before, after)).isEqualTo(1.0);
    }

    @Test
    void fewerThanTwoCommonNodesCountAsIdentical() {
        assertThat(PartitionSimilarity.nmi(p(List.of(List.of("A", "B"))), p(List.of(List.of("B", "C"))))).isEqualTo(1.0);
        assertThat(PartitionSimilarity.nmi(p(List.of(List.of("A"))), p(List.of(List.of("Z"))))).isEqualTo(1.0);
    }
}
