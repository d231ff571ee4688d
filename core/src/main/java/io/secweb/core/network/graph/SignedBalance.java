package io.secweb.core.network.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Structural balance of the signed network (Heider): the share of signed triangles whose signs multiply to +, i.e.
 * "the friend of my friend is my friend, the enemy of my enemy is my friend".
 */
public final class SignedBalance {
    private SignedBalance() {}

    /**
     * Counts of balanced and all signed triangles.
     *
     * @param balanced  triangles with zero or two negative ties
     * @param triangles triangles whose three pairs all carry a sign
     */
    public record Result(int balanced, int triangles) {
        /** Balanced share of signed triangles; NaN when there are none. */
        public double ratio() {
            return triangles == 0 ? Double.NaN : (double) balanced / triangles;
        }
    }

    /**
     * Signs every pair from the two layers — + when cooperation outweighs coercion, − when there is coercion at least
     * as heavy as cooperation, none when neither layer ties them — and counts balanced triangles among signed pairs.
     * Both graphs are undirected: give a directed coercion layer as one graph with both directions added (the builder
     * sums them). Nodes of either graph count.
     */
    public static Result of(Graph cooperation, Graph coercion) {
        TreeSet<String> names = new TreeSet<>(cooperation.nodes());
        names.addAll(coercion.nodes());
        List<String> nodes = new ArrayList<>(names);
        int n = nodes.size();
        int[] inCooperation = new int[n];
        int[] inCoercion = new int[n];
        for (int i = 0; i < n; i++) {
            inCooperation[i] = cooperation.indexOf(nodes.get(i));
            inCoercion[i] = coercion.indexOf(nodes.get(i));
        }
        // sign[i][j] in {-1, 0, +1}; n is a scope's member count, so a dense matrix is small
        byte[][] sign = new byte[n][n];
        List<List<Integer>> higher = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            higher.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double coop = weight(cooperation, inCooperation[i], inCooperation[j]);
                double coer = weight(coercion, inCoercion[i], inCoercion[j]);
                byte s = coop > coer ? (byte) 1 : coer > 0 ? (byte) -1 : (byte) 0;
                if (s != 0) {
                    sign[i][j] = s;
                    sign[j][i] = s;
                    higher.get(i).add(j);
                }
            }
        }
        int balanced = 0;
        int triangles = 0;
        for (int i = 0; i < n; i++) {
            List<Integer> hi = higher.get(i);
            for (int a = 0; a < hi.size(); a++) {
                int j = hi.get(a);
                for (int b = a + 1; b < hi.size(); b++) {
                    int k = hi.get(b);
                    if (sign[j][k] != 0) {
                        triangles++;
                        if (sign[i][j] * sign[i][k] * sign[j][k] > 0) {
                            balanced++;
                        }
                    }
                }
            }
        }
        return new Result(balanced, triangles);
    }

    private static double weight(Graph g, int i, int j) {
        if (i < 0 || j < 0) {
            return 0;
        }
        int[] nb = g.neighbourIndices(i);
        int k = Arrays.binarySearch(nb, j);
        return k < 0 ? 0 : g.neighbourWeights(i)[k];
    }
}
