package io.secweb.core.network.graph;

import java.util.Arrays;

/** Betweenness centrality (Brandes, unweighted shortest paths): how much of the pairwise traffic runs through a node. */
public final class Betweenness {
    private Betweenness() {}

    /**
     * Normalised betweenness per node, aligned with {@link Graph#nodes()}: the share of pairs of other nodes whose
     * shortest paths pass through it, as {@code nx.betweenness_centrality(G, normalized=True, weight=None)}.
     */
    public static double[] normalized(Graph g) {
        int n = g.nodeCount();
        double[] bc = new double[n];
        int[] stack = new int[n];
        int[] queue = new int[n];
        int[] dist = new int[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        for (int s = 0; s < n; s++) {
            Arrays.fill(dist, -1);
            Arrays.fill(sigma, 0);
            Arrays.fill(delta, 0);
            dist[s] = 0;
            sigma[s] = 1;
            int head = 0;
            int tail = 0;
            int top = 0;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                stack[top++] = v;
                for (int w : g.neighbourIndices(v)) {
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        queue[tail++] = w;
                    }
                    if (dist[w] == dist[v] + 1) {
                        sigma[w] += sigma[v];
                    }
                }
            }
            // predecessors are the neighbours one step closer, so no predecessor lists are needed
            while (top > 0) {
                int w = stack[--top];
                double share = (1 + delta[w]) / sigma[w];
                for (int v : g.neighbourIndices(w)) {
                    if (dist[v] == dist[w] - 1) {
                        delta[v] += sigma[v] * share;
                    }
                }
                if (w != s) {
                    bc[w] += delta[w];
                }
            }
        }
        if (n > 2) {
            // every pair was counted from both ends, which the (n-1)(n-2) scale absorbs
            double scale = 1.0 / ((double) (n - 1) * (n - 2));
            for (int i = 0; i < n; i++) {
                bc[i] *= scale;
            }
        } else {
            Arrays.fill(bc, 0);
        }
        return bc;
    }
}
