package io.secweb.core.network.graph;

/**
 * Unweighted clustering: how often two partners of a node are partners of each other. Matches NetworkX's
 * {@code transitivity}, {@code average_clustering} and {@code clustering} (weight=None).
 */
public final class Clustering {
    private Clustering() {}

    /** Transitivity {@code 3 × triangles / connected triples}, as {@code nx.transitivity}; 0 without triangles. */
    public static double transitivity(Graph g) {
        long[] links = linksAmongNeighbours(g);
        long closed = 0;
        long triples = 0;
        for (int i = 0; i < links.length; i++) {
            long d = g.neighbourIndices(i).length;
            closed += links[i];
            triples += d * (d - 1) / 2;
        }
        return closed == 0 ? 0 : (double) closed / triples;
    }

    /** Mean local clustering over all nodes, isolates counting as 0, as {@code nx.average_clustering}; 0 for no nodes. */
    public static double average(Graph g) {
        int n = g.nodeCount();
        if (n == 0) {
            return 0; // NetworkX divides by zero here
        }
        long[] links = linksAmongNeighbours(g);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += local(links[i], g.neighbourIndices(i).length);
        }
        return sum / n;
    }

    /** Local clustering of one node, links among its neighbours / possible links, as {@code nx.clustering(G, node)}. */
    public static double local(Graph g, String node) {
        int i = g.indexOf(node);
        if (i < 0) {
            throw new IllegalArgumentException("node " + node + " is not in the graph");
        }
        int[] nb = g.neighbourIndices(i);
        boolean[] isNeighbour = new boolean[g.nodeCount()];
        for (int j : nb) {
            isNeighbour[j] = true;
        }
        long links = 0;
        for (int j : nb) {
            for (int k : g.neighbourIndices(j)) {
                if (k > j && isNeighbour[k]) {
                    links++;
                }
            }
        }
        return local(links, nb.length);
    }

    private static double local(long links, int degree) {
        return degree < 2 ? 0 : 2.0 * links / ((double) degree * (degree - 1));
    }

    /** For each node, the number of edges among its neighbours (= triangles through it). */
    private static long[] linksAmongNeighbours(Graph g) {
        int n = g.nodeCount();
        long[] links = new long[n];
        int[] mark = new int[n];
        // each triangle i<j<k is found once, from its smallest node, and credited to all three
        for (int i = 0; i < n; i++) {
            int[] nbi = g.neighbourIndices(i);
            for (int j : nbi) {
                mark[j] = i + 1;
            }
            for (int j : nbi) {
                if (j <= i) {
                    continue;
                }
                for (int k : g.neighbourIndices(j)) {
                    if (k > j && mark[k] == i + 1) {
                        links[i]++;
                        links[j]++;
                        links[k]++;
                    }
                }
            }
        }
        return links;
    }
}
