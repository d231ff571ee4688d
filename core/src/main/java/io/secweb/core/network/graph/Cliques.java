package io.secweb.core.network.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Maximal cliques: groups in which every member is tied to every other, and no outsider is tied to all of them. */
public final class Cliques {
    /** Larger cliques first, equal sizes in lexicographic order of their sorted members. */
    private static final Comparator<List<String>> LARGEST_FIRST = Comparator.<List<String>>comparingInt(List::size)
            .reversed()
            .thenComparing(Cliques::lexicographic);

    private Cliques() {}

    /**
     * The maximal cliques with at least {@code minSize} members (Bron–Kerbosch with Tomita pivoting), as
     * {@code nx.find_cliques} filtered by size; each sorted, largest first, then lexicographic.
     */
    public static List<List<String>> maximal(Graph g, int minSize) {
        int n = g.nodeCount();
        List<List<String>> out = new ArrayList<>();
        if (n == 0) {
            return out;
        }
        int words = (n + 63) >>> 6;
        long[][] adj = new long[n][words];
        for (int i = 0; i < n; i++) {
            for (int j : g.neighbourIndices(i)) {
                adj[i][j >>> 6] |= 1L << j;
            }
        }
        long[] all = new long[words];
        for (int i = 0; i < n; i++) {
            all[i >>> 6] |= 1L << i;
        }
        new Search(g, adj, words, Math.max(1, minSize), out).expand(new int[n], 0, all, new long[words]);
        out.sort(LARGEST_FIRST);
        return out;
    }

    private static int lexicographic(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private record Search(Graph g, long[][] adj, int words, int minSize, List<List<String>> out) {
        /** R = clique[0..size), P = candidates, X = excluded. */
        void expand(int[] clique, int size, long[] p, long[] x) {
            if (isEmpty(p)) {
                if (isEmpty(x) && size >= minSize) {
                    // members were added in no particular order; indices sort like names
                    int[] members = Arrays.copyOf(clique, size);
                    Arrays.sort(members);
                    List<String> c = new ArrayList<>(size);
                    for (int m : members) {
                        c.add(g.node(m));
                    }
                    out.add(List.copyOf(c));
                }
                return;
            }
            int pivot = pivot(p, x);
            long[] candidates = new long[words];
            for (int w = 0; w < words; w++) {
                candidates[w] = p[w] & ~adj[pivot][w];
            }
            for (int w = 0; w < words; w++) {
                while (candidates[w] != 0) {
                    int v = (w << 6) + Long.numberOfTrailingZeros(candidates[w]);
                    candidates[w] &= candidates[w] - 1;
                    long[] np = new long[words];
                    long[] nx = new long[words];
                    for (int k = 0; k < words; k++) {
                        np[k] = p[k] & adj[v][k];
                        nx[k] = x[k] & adj[v][k];
                    }
                    clique[size] = v;
                    expand(clique, size + 1, np, nx);
                    p[v >>> 6] &= ~(1L << v);
                    x[v >>> 6] |= 1L << v;
                }
            }
        }

        /** The node of P ∪ X with the most neighbours in P (smallest index on ties). */
        private int pivot(long[] p, long[] x) {
            int best = -1;
            int bestCount = -1;
            for (int w = 0; w < words; w++) {
                long u = p[w] | x[w];
                while (u != 0) {
                    int v = (w << 6) + Long.numberOfTrailingZeros(u);
                    u &= u - 1;
                    int count = 0;
                    for (int k = 0; k < words; k++) {
                        count += Long.bitCount(p[k] & adj[v][k]);
                    }
                    if (count > bestCount) {
                        bestCount = count;
                        best = v;
                    }
                }
            }
            return best;
        }

        private static boolean isEmpty(long[] set) {
            for (long w : set) {
                if (w != 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
