package io.secweb.core.network.graph;

/**
 * Weighted Newman modularity of a partition (resolution 1): the share of tie weight inside communities minus what a
 * random graph with the same strengths would put there.
 */
public final class Modularity {
    private Modularity() {}

    /**
     * {@code Σ_c [W_c/W − (S_c/2W)²]} with W_c the weight inside community c and S_c its total strength, as
     * {@code nx.community.modularity(G, communities, weight='weight')}; 0 for a graph without edges.
     *
     * @throws IllegalArgumentException when a node of the graph has no community (partition nodes outside the graph
     *                                  are ignored)
     */
    public static double of(Graph g, Partition p) {
        int n = g.nodeCount();
        int[] community = communityIndex(g, p);
        double m = g.totalWeight();
        if (m == 0) {
            return 0; // NetworkX divides by zero here
        }
        int k = p.communityCount();
        double[] inside = new double[k];
        double[] strength = new double[k];
        for (int i = 0; i < n; i++) {
            int[] nb = g.neighbourIndices(i);
            double[] w = g.neighbourWeights(i);
            for (int e = 0; e < nb.length; e++) {
                strength[community[i]] += w[e];
                if (nb[e] > i && community[nb[e]] == community[i]) {
                    inside[community[i]] += w[e];
                }
            }
        }
        double q = 0;
        for (int c = 0; c < k; c++) {
            double share = strength[c] / (2 * m);
            q += inside[c] / m - share * share;
        }
        return q;
    }

    private static int[] communityIndex(Graph g, Partition p) {
        int[] community = new int[g.nodeCount()];
        for (int i = 0; i < community.length; i++) {
            Integer c = p.communityOf().get(g.node(i));
            if (c == null) {
                throw new IllegalArgumentException("node " + g.node(i) + " has no community in the partition");
            }
            community[i] = c;
        }
        return community;
    }
}
