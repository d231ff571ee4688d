package io.secweb.core.network.graph;

import java.util.Arrays;

/** Global efficiency: the mean inverse hop distance over all ordered pairs (unreachable pairs count 0). */
public final class Efficiency {
    private Efficiency() {}

    /** {@code Σ_{i≠j} 1/d(i,j) / (n(n−1))} on unweighted distances, as {@code nx.global_efficiency}; 0 when n &lt; 2. */
    public static double global(Graph g) {
        int n = g.nodeCount();
        if (n < 2) {
            return 0;
        }
        int[] dist = new int[n];
        int[] queue = new int[n];
        double sum = 0;
        for (int s = 0; s < n; s++) {
            Arrays.fill(dist, -1);
            dist[s] = 0;
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                for (int w : g.neighbourIndices(v)) {
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        sum += 1.0 / dist[w];
                        queue[tail++] = w;
                    }
                }
            }
        }
        return sum / ((double) n * (n - 1));
    }
}
