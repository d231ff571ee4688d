package io.secweb.core.network.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignedBalanceTest {
    private static final Graph TRIANGLE = TestGraphs.of("A-B", "B-C", "A-C");

    @Test
    void allFriendsAreBalanced() {
        assertThat(SignedBalance.of(TRIANGLE, Graph.empty())).isEqualTo(new SignedBalance.Result(1, 1));
    }

    @Test
    void oneEnemyAmongFriendsIsUnbalanced() {
        assertThat(SignedBalance.of(TRIANGLE, TestGraphs.of("A-C:2"))).isEqualTo(new SignedBalance.Result(0, 1));
    }

    @Test
    void theEnemyOfMyEnemyIsMyFriend() {
        assertThat(SignedBalance.of(TestGraphs.of("A-B"), TestGraphs.of("B-C", "A-C")))
                .isEqualTo(new SignedBalance.Result(1, 1));
    }

    @Test
    void threeEnemiesAreUnbalanced() {
        assertThat(SignedBalance.of(Graph.empty(), TRIANGLE)).isEqualTo(new SignedBalance.Result(0, 1));
    }

    @Test
    void coercionAsHeavyAsCooperationMakesThePairNegative() {
        assertThat(SignedBalance.of(TRIANGLE, TestGraphs.of("A-B"))).isEqualTo(new SignedBalance.Result(0, 1));
        assertThat(SignedBalance.of(TRIANGLE, TestGraphs.of("A-B:0.5"))).isEqualTo(new SignedBalance.Result(1, 1));
    }

    @Test
    void unsignedPairsOpenTheTriangle() {
        SignedBalance.Result open = SignedBalance.of(TestGraphs.of("A-B", "B-C"), TestGraphs.of("D-A"));

        assertThat(open).isEqualTo(new SignedBalance.Result(0, 0));
        assertThat(open.ratio()).isNaN();
    }

    @Test
    void ratioIsTheBalancedShare() {
        // two triangles share A-C: A-B-C all positive, A-C-D with one negative tie
        Graph cooperation = TestGraphs.of("A-B", "B-C", "A-C", "C-D", "A-D");
        SignedBalance.Result r = SignedBalance.of(cooperation, TestGraphs.of("C-D:5"));

        assertThat(r).isEqualTo(new SignedBalance.Result(1, 2));
        assertThat(r.ratio()).isEqualTo(0.5);
    }
}
