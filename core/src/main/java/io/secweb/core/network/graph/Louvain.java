package io.secweb.core.network.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Deterministic Louvain community detection (Blondel et al. 2008): weighted, resolution 1, nodes visited in index
 * order, ties between equally good communities broken by the smallest community number, levels aggregated until a
 * level moves no node. Isolated nodes stay on their own.
 */
public final class Louvain {
    /** Gains closer than this (relative to the node's strength) are ties: keeps the result free of rounding noise. */
    private static final double TIE = 1e-12;

    private Louvain() {}

    /** A partition of the graph's nodes found by Louvain modularity optimisation; the same graph gives the same one. */
    public static Partition partition(Graph g) {
        int n = g.nodeCount();
        int[] superNode = new int[n];
        for (int i = 0; i < n; i++) {
            superNode[i] = i;
        }
        double m = g.totalWeight();
        if (m > 0) {
            Level level = Level.of(g);
            while (true) {
                int[] community = level.moveNodes(m);
                int count = renumberInNodeOrder(community);
                if (count == level.size()) {
                    break; // no node moved: no further gain
                }
                for (int i = 0; i < n; i++) {
                    superNode[i] = community[superNode[i]];
                }
                level = level.aggregate(community, count);
            }
        }
        Map<String, Integer> labels = new HashMap<>();
        for (int i = 0; i < n; i++) {
            labels.put(g.node(i), superNode[i]);
        }
        return new Partition(labels);
    }

    /** Renumbers community labels 0.. in order of their first node; returns the number of communities. */
    private static int renumberInNodeOrder(int[] community) {
        int[] newId = new int[community.length];
        Arrays.fill(newId, -1);
        int next = 0;
        for (int i = 0; i < community.length; i++) {
            int c = community[i];
            if (newId[c] < 0) {
                newId[c] = next++;
            }
            community[i] = newId[c];
        }
        return next;
    }

    /**
     * One level's graph: (super)nodes with weighted links to other ones, and their strength in the original graph
     * (ties inside a super node count twice), which always sums to twice the original total weight. Ties inside a super
     * node need no list of their own: moving it never changes them.
     */
    private record Level(int[][] neighbours, double[][] weights, double[] strength) {

        static Level of(Graph g) {
            int n = g.nodeCount();
            int[][] nb = new int[n][];
            double[][] w = new double[n][];
            double[] strength = new double[n];
            for (int i = 0; i < n; i++) {
                nb[i] = g.neighbourIndices(i);
                w[i] = g.neighbourWeights(i);
                for (double x : w[i]) {
                    strength[i] += x;
                }
            }
            return new Level(nb, w, strength);
        }

        int size() {
            return strength.length;
        }

        /** Local moving until a full pass moves nothing; returns each node's community (a node index). */
        int[] moveNodes(double m) {
            int n = size();
            int[] community = new int[n];
            double[] total = new double[n];
            for (int i = 0; i < n; i++) {
                community[i] = i;
                total[i] = strength[i];
            }
            double[] toCommunity = new double[n];
            int[] touched = new int[n];
            boolean moved = true;
            while (moved) {
                moved = false;
                for (int i = 0; i < n; i++) {
                    int own = community[i];
                    double k = strength[i];
                    int touchedCount = 0;
                    for (int e = 0; e < neighbours[i].length; e++) {
                        int c = community[neighbours[i][e]];
                        if (toCommunity[c] == 0) {
                            touched[touchedCount++] = c;
                        }
                        toCommunity[c] += weights[i][e];
                    }
                    total[own] -= k;
                    // gain of joining c, in weight units: k_i,in(c) − Σ_tot(c)·k_i / 2m
                    double ownGain = toCommunity[own] - total[own] * k / (2 * m);
                    double tolerance = TIE * k;
                    int best = -1;
                    double bestGain = 0;
                    for (int t = 0; t < touchedCount; t++) {
                        int c = touched[t];
                        if (c == own) {
                            continue;
                        }
                        double gain = toCommunity[c] - total[c] * k / (2 * m);
                        if (best < 0
                                || gain > bestGain + tolerance
                                || (gain >= bestGain - tolerance && c < best)) {
                            best = c;
                            bestGain = gain;
                        }
                    }
                    if (best >= 0 && bestGain > ownGain + tolerance) {
                        community[i] = best;
                        moved = true;
                    }
                    total[community[i]] += k;
                    for (int t = 0; t < touchedCount; t++) {
                        toCommunity[touched[t]] = 0;
                    }
                }
            }
            return community;
        }

        /** The graph of communities: one node per community, linked by the summed weight of the ties between them. */
        Level aggregate(int[] community, int count) {
            List<List<Integer>> members = new ArrayList<>(count);
            for (int c = 0; c < count; c++) {
                members.add(new ArrayList<>());
            }
            for (int i = 0; i < size(); i++) {
                members.get(community[i]).add(i);
            }
            int[][] nb = new int[count][];
            double[][] w = new double[count][];
            double[] str = new double[count];
            double[] acc = new double[count];
            boolean[] seen = new boolean[count];
            int[] touched = new int[count];
            for (int c = 0; c < count; c++) {
                int touchedCount = 0;
                for (int i : members.get(c)) {
                    str[c] += strength[i];
                    for (int e = 0; e < neighbours[i].length; e++) {
                        int d = community[neighbours[i][e]];
                        if (d != c) {
                            if (!seen[d]) {
                                seen[d] = true;
                                touched[touchedCount++] = d;
                            }
                            acc[d] += weights[i][e];
                        }
                    }
                }
                Arrays.sort(touched, 0, touchedCount);
                nb[c] = Arrays.copyOf(touched, touchedCount);
                w[c] = new double[touchedCount];
                for (int t = 0; t < touchedCount; t++) {
                    int d = touched[t];
                    w[c][t] = acc[d];
                    acc[d] = 0;
                    seen[d] = false;
                }
            }
            return new Level(nb, w, str);
        }
    }
}
