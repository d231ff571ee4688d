package io.secweb.core.network.graph;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartitionTest {
    @Test
    void numbersCommunitiesByTheirSmallestNode() {
        Partition p = new Partition(Map.of("D", 7, "A", 3, "C", 7, "B", 9));

        assertThat(p.communityOf()).containsExactly(
                Map.entry("A", 0), Map.entry("B", 1), Map.entry("C", 2), Map.entry("D", 2));
        assertThat(p.communityCount()).isEqualTo(3);
        assertThat(p.communities()).containsExactly(List.of("A"), List.of("B"), List.of("C", "D"));
    }

    @Test
    void sameGroupingIsEqualWhateverTheLabels() {
        Partition a = Partition.of(List.of(List.of("C", "D"), List.of("A", "B")));
        Partition b = new Partition(Map.of("A", 5, "B", 5, "C", 1, "D", 1));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void rejectsANodeInTwoCommunities() {
        assertThatThrownBy(() -> Partition.of(List.of(List.of("A", "B"), List.of("B", "C"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("B");
    }

    @Test
    void emptyPartitionHasNoCommunities() {
        Partition p = Partition.of(List.of());

        assertThat(p.communityCount()).isZero();
        assertThat(p.communities()).isEmpty();
    }
}
