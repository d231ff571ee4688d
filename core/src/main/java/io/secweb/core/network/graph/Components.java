package io.secweb.core.network.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Connected components: the groups of nodes that reach each other through ties. */
public final class Components {
    /** Larger groups first, equal sizes by their first (smallest) node. */
    private static final Comparator<List<String>> LARGEST_FIRST =
            Comparator.<List<String>>comparingInt(List::size).reversed().thenComparing(c -> c.get(0));

    private Components() {}

    /** The connected components, each sorted, largest first (ties by smallest node), as {@code nx.connected_components}. */
    public static List<List<String>> of(Graph g) {
        int n = g.nodeCount();
        int[] label = labels(g);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // labels are assigned in order of each component's smallest node, and nodes are visited ascending
            if (label[i] == out.size()) {
                out.add(new ArrayList<>());
            }
            out.get(label[i]).add(g.node(i));
        }
        out.sort(LARGEST_FIRST);
        return out.stream().map(List::copyOf).toList();
    }

    /** The number of connected components (isolates included); 0 for an empty graph. */
    public static int count(Graph g) {
        int max = -1;
        for (int l : labels(g)) {
            max = Math.max(max, l);
        }
        return max + 1;
    }

    /** The largest component's share of all nodes; 0 for an empty graph. */
    public static double largestShare(Graph g) {
        int n = g.nodeCount();
        if (n == 0) {
            return 0;
        }
        int[] size = new int[n];
        int largest = 0;
        for (int l : labels(g)) {
            largest = Math.max(largest, ++size[l]);
        }
        return (double) largest / n;
    }

    /** Component label per node index, numbered 0.. in order of each component's smallest node. */
    private static int[] labels(Graph g) {
        int n = g.nodeCount();
        int[] label = new int[n];
        Arrays.fill(label, -1);
        int[] queue = new int[n];
        int next = 0;
        for (int s = 0; s < n; s++) {
            if (label[s] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            label[s] = next;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                for (int w : g.neighbourIndices(v)) {
                    if (label[w] < 0) {
                        label[w] = next;
                        queue[tail++] = w;
                    }
                }
            }
            next++;
        }
        return label;
    }
}
