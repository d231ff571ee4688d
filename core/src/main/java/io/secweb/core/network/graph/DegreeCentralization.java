package io.secweb.core.network.graph;

/** Freeman degree centralization: how far the network is from a star (1) towards an even spread (0). */
public final class DegreeCentralization {
    private DegreeCentralization() {}

    /** {@code Σ_i (d_max − d_i) / ((n−1)(n−2))} on binary degrees; 0 when n &lt; 3. */
    public static double freeman(Graph g) {
        int n = g.nodeCount();
        if (n < 3) {
            return 0;
        }
        int max = 0;
        long sum = 0;
        for (int i = 0; i < n; i++) {
            int d = g.neighbourIndices(i).length;
            max = Math.max(max, d);
            sum += d;
        }
        return ((long) n * max - sum) / ((double) (n - 1) * (n - 2));
    }
}
