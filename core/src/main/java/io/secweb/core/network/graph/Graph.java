package io.secweb.core.network.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An immutable, simple, undirected graph with positive edge weights over named nodes (country codes). Nodes are
 * kept sorted, and indexed 0..n-1 in that order, so every algorithm over it is deterministic. Plain Java, no Flink.
 */
public final class Graph {
    private final String[] nodes;
    private final Map<String, Integer> index;
    /** adjacency per node index: neighbour index → weight, neighbours sorted */
    private final int[][] neighbours;
    private final double[][] weights;
    private final int edgeCount;
    private final double totalWeight;

    private Graph(String[] nodes, int[][] neighbours, double[][] weights) {
        this.nodes = nodes;
        this.neighbours = neighbours;
        this.weights = weights;
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < nodes.length; i++) {
            idx.put(nodes[i], i);
        }
        this.index = idx;
        int m = 0;
        double w = 0;
        for (int i = 0; i < nodes.length; i++) {
            for (int k = 0; k < neighbours[i].length; k++) {
                if (neighbours[i][k] > i) {
                    m++;
                    w += weights[i][k];
                }
            }
        }
        this.edgeCount = m;
        this.totalWeight = w;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Graph empty() {
        return builder().build();
    }

    /** An edge {@code a < b} with its weight. */
    public record Edge(String a, String b, double weight) {}

    /** Collects nodes and edges; adding an edge twice adds the weights; self-loops and non-positive weights are ignored. */
    public static final class Builder {
        private final TreeMap<String, TreeMap<String, Double>> adj = new TreeMap<>();

        public Builder addNode(String node) {
            adj.computeIfAbsent(node, k -> new TreeMap<>());
            return this;
        }

        public Builder addNodes(Collection<String> ns) {
            ns.forEach(this::addNode);
            return this;
        }

        public Builder addEdge(String a, String b, double weight) {
            addNode(a);
            addNode(b);
            if (a.equals(b) || !(weight > 0) || Double.isInfinite(weight)) {
                return this;
            }
            adj.get(a).merge(b, weight, Double::sum);
            adj.get(b).merge(a, weight, Double::sum);
            return this;
        }

        public Graph build() {
            String[] ns = adj.keySet().toArray(new String[0]);
            Map<String, Integer> idx = new HashMap<>();
            for (int i = 0; i < ns.length; i++) {
                idx.put(ns[i], i);
            }
            int[][] nb = new int[ns.length][];
            double[][] w = new double[ns.length][];
            for (int i = 0; i < ns.length; i++) {
                TreeMap<String, Double> row = adj.get(ns[i]);
                nb[i] = new int[row.size()];
                w[i] = new double[row.size()];
                int k = 0;
                for (Map.Entry<String, Double> e : row.entrySet()) {
                    nb[i][k] = idx.get(e.getKey());
                    w[i][k] = e.getValue();
                    k++;
                }
            }
            return new Graph(ns, nb, w);
        }
    }

    /** Sorted node names. */
    public List<String> nodes() {
        return Collections.unmodifiableList(Arrays.asList(nodes));
    }

    public int nodeCount() {
        return nodes.length;
    }

    public int edgeCount() {
        return edgeCount;
    }

    /** Sum of all edge weights (each edge once). */
    public double totalWeight() {
        return totalWeight;
    }

    public boolean contains(String node) {
        return index.containsKey(node);
    }

    /** Index of a node in {@link #nodes()}, or -1. */
    public int indexOf(String node) {
        Integer i = index.get(node);
        return i == null ? -1 : i;
    }

    public String node(int i) {
        return nodes[i];
    }

    /** Neighbour indices of node {@code i}, ascending. Do not modify the array. */
    public int[] neighbourIndices(int i) {
        return neighbours[i];
    }

    /** Weights matching {@link #neighbourIndices(int)}. Do not modify the array. */
    public double[] neighbourWeights(int i) {
        return weights[i];
    }

    public int degree(String node) {
        int i = indexOf(node);
        return i < 0 ? 0 : neighbours[i].length;
    }

    public double strength(String node) {
        int i = indexOf(node);
        if (i < 0) {
            return 0;
        }
        double s = 0;
        for (double w : weights[i]) {
            s += w;
        }
        return s;
    }

    public double weight(String a, String b) {
        int i = indexOf(a);
        int j = indexOf(b);
        if (i < 0 || j < 0) {
            return 0;
        }
        int k = Arrays.binarySearch(neighbours[i], j);
        return k < 0 ? 0 : weights[i][k];
    }

    public boolean hasEdge(String a, String b) {
        return weight(a, b) > 0;
    }

    /** Sorted neighbour names of a node. */
    public Set<String> neighbours(String node) {
        int i = indexOf(node);
        Set<String> out = new TreeSet<>();
        if (i >= 0) {
            for (int j : neighbours[i]) {
                out.add(nodes[j]);
            }
        }
        return out;
    }

    /** Every edge once, as {@code a < b}, sorted. */
    public List<Edge> edges() {
        List<Edge> out = new ArrayList<>(edgeCount);
        for (int i = 0; i < nodes.length; i++) {
            for (int k = 0; k < neighbours[i].length; k++) {
                int j = neighbours[i][k];
                if (j > i) {
                    out.add(new Edge(nodes[i], nodes[j], weights[i][k]));
                }
            }
        }
        return out;
    }

    /** The graph without one node and its edges (the same graph when the node is absent). */
    public Graph without(String node) {
        Builder b = builder();
        for (String n : nodes) {
            if (!n.equals(node)) {
                b.addNode(n);
            }
        }
        for (Edge e : edges()) {
            if (!e.a().equals(node) && !e.b().equals(node)) {
                b.addEdge(e.a(), e.b(), e.weight());
            }
        }
        return b.build();
    }

    /** The subgraph induced by the given nodes (those present). */
    public Graph induced(Collection<String> keep) {
        Set<String> k = new TreeSet<>(keep);
        Builder b = builder();
        for (String n : nodes) {
            if (k.contains(n)) {
                b.addNode(n);
            }
        }
        for (Edge e : edges()) {
            if (k.contains(e.a()) && k.contains(e.b())) {
                b.addEdge(e.a(), e.b(), e.weight());
            }
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "Graph[" + nodes.length + " nodes, " + edgeCount + " edges]";
    }
}
