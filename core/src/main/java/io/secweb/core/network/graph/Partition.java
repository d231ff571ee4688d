package io.secweb.core.network.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A division of nodes into disjoint communities. Communities are numbered 0.. in order of their smallest node, so two
 * partitions that group the same nodes the same way are equal whatever labels they were built from.
 *
 * @param communityOf node → community number, sorted by node
 */
public record Partition(Map<String, Integer> communityOf) {

    public Partition {
        Objects.requireNonNull(communityOf, "communityOf");
        TreeMap<String, Integer> canonical = new TreeMap<>();
        Map<Integer, Integer> renumbered = new HashMap<>();
        for (Map.Entry<String, Integer> e : new TreeMap<>(communityOf).entrySet()) {
            Integer label = Objects.requireNonNull(e.getValue(), () -> "no community for " + e.getKey());
            canonical.put(e.getKey(), renumbered.computeIfAbsent(label, k -> renumbered.size()));
        }
        communityOf = Collections.unmodifiableSortedMap(canonical);
    }

    /** A partition from disjoint groups of nodes; a node in two groups is an error. */
    public static Partition of(Collection<? extends Collection<String>> communities) {
        Map<String, Integer> labels = new HashMap<>();
        int c = 0;
        for (Collection<String> community : communities) {
            for (String node : community) {
                if (labels.put(node, c) != null) {
                    throw new IllegalArgumentException("node " + node + " is in more than one community");
                }
            }
            c++;
        }
        return new Partition(labels);
    }

    /** Every node its own community. */
    public static Partition singletons(Collection<String> nodes) {
        return of(nodes.stream().map(List::of).toList());
    }

    public int communityCount() {
        int max = -1;
        for (int c : communityOf.values()) {
            max = Math.max(max, c);
        }
        return max + 1;
    }

    /** The communities in number order, each sorted. */
    public List<List<String>> communities() {
        List<List<String>> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : communityOf.entrySet()) {
            if (e.getValue() == out.size()) {
                out.add(new ArrayList<>());
            }
            out.get(e.getValue()).add(e.getKey());
        }
        return out.stream().map(List::copyOf).toList();
    }
}
