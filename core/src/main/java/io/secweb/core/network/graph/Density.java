package io.secweb.core.network.graph;

/** Density: the share of possible ties that exist, binary or weighted. */
public final class Density {
    private Density() {}

    /** Binary density {@code 2m / (n(n-1))}, as {@code nx.density}; 0 when n &lt; 2. */
    public static double binary(Graph g) {
        int n = g.nodeCount();
        return n < 2 ? 0 : 2.0 * g.edgeCount() / ((double) n * (n - 1));
    }

    /** Weighted density {@code W / (n(n-1)/2)}, the mean tie weight over all possible pairs; 0 when n &lt; 2. */
    public static double weighted(Graph g) {
        int n = g.nodeCount();
        return n < 2 ? 0 : 2.0 * g.totalWeight() / ((double) n * (n - 1));
    }
}
