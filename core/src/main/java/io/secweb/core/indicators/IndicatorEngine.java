package io.secweb.core.indicators;

import io.secweb.core.network.graph.Betweenness;
import io.secweb.core.network.graph.Cliques;
import io.secweb.core.network.graph.Clustering;
import io.secweb.core.network.graph.Components;
import io.secweb.core.network.graph.DegreeCentralization;
import io.secweb.core.network.graph.Density;
import io.secweb.core.network.graph.Efficiency;
import io.secweb.core.network.graph.Graph;
import io.secweb.core.network.graph.Louvain;
import io.secweb.core.network.graph.Modularity;
import io.secweb.core.network.graph.Partition;
import io.secweb.core.network.graph.PartitionSimilarity;
import io.secweb.core.network.graph.SignedBalance;
import io.secweb.core.network.model.DyadTie;
import io.secweb.core.network.model.NetworkSnapshot;
import io.secweb.core.network.model.Scope;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static io.secweb.core.indicators.IndicatorNames.*;

/**
 * Computes every indicator of a scope's network on one day from its {@link NetworkSnapshot}: a graph in, numbers out.
 * Plain Java; each measure is a named class in {@code io.secweb.jobs.network.graph} checked against NetworkX.
 */
public final class IndicatorEngine {
    /** Bump when a definition changes: it is part of every indicator document and its id. */
    public static final String ALGORITHM_VERSION = "2";

    private IndicatorEngine() {}

    /**
     * @param previous yesterday's partition of the same scope, for {@link IndicatorNames#PARTITION_STABILITY}; null on the first day
     */
    public static IndicatorSet compute(NetworkSnapshot snap, Partition previous) {
        Scope scope = snap.scope();
        Graph g = snap.cooperation();
        String hub = scope.hub() != null && g.contains(scope.hub()) ? scope.hub() : null;
        SortedMap<String, Double> v = new TreeMap<>();

        int active = 0;
        for (String n : g.nodes()) {
            if (g.degree(n) > 0 || coercionOf(snap, n) > 0) {
                active++;
            }
        }
        v.put(MEMBERS, (double) g.nodeCount());
        v.put(ACTIVE_MEMBERS, (double) active);
        v.put(TIES, (double) g.edgeCount());
        v.put(DENSITY, Density.binary(g));
        v.put(WEIGHTED_DENSITY, Density.weighted(g));
        v.put(MEAN_STRENGTH, g.nodeCount() == 0 ? 0.0 : 2 * g.totalWeight() / g.nodeCount());
        v.put(TRANSITIVITY, Clustering.transitivity(g));
        v.put(AVERAGE_CLUSTERING, Clustering.average(g));
        v.put(DEGREE_CENTRALIZATION, DegreeCentralization.freeman(g));
        double efficiency = Efficiency.global(g);
        v.put(GLOBAL_EFFICIENCY, efficiency);

        double[] betweenness = Betweenness.normalized(g);
        if (hub != null) {
            double sum = 0;
            for (double b : betweenness) {
                sum += b;
            }
            if (sum > 0) {
                v.put(HUB_BETWEENNESS_SHARE, betweenness[g.indexOf(hub)] / sum);
            }
            spokeToSpokeShare(g, hub).ifPresent(s -> v.put(SPOKE_TO_SPOKE_SHARE, s));
            if (efficiency > 0) {
                v.put(HUB_REMOVAL_EFFICIENCY_RATIO, Efficiency.global(g.without(hub)) / efficiency);
            }
        }

        List<List<String>> cliques = Cliques.maximal(g, 3);
        v.put(MAXIMAL_CLIQUES, (double) cliques.size());
        v.put(LARGEST_CLIQUE, cliques.isEmpty() ? 0.0 : (double) cliques.get(0).size());
        v.put(ACTIVE_MINILATERAL_GROUPS, (double) snap.activeGroups().size());

        v.put(COMPONENTS, (double) Components.count(g));
        v.put(LARGEST_COMPONENT_SHARE, Components.largestShare(g));
        Partition partition = Louvain.partition(g);
        v.put(MODULARITY, Modularity.of(g, partition));
        v.put(COMMUNITIES, (double) partition.communityCount());
        if (previous != null) {
            v.put(PARTITION_STABILITY, PartitionSimilarity.nmi(previous, partition));
        }

        Graph coercionGraph = undirectedCoercion(snap);
        SignedBalance.Result balance = SignedBalance.of(g, coercionGraph);
        v.put(SIGNED_TRIANGLES, (double) balance.triangles());
        if (balance.triangles() > 0) {
            v.put(SIGNED_TRIANGLE_BALANCE, balance.ratio());
        }
        v.put(TIES_LOST, (double) snap.tiesLost());
        v.put(DIALOGUES_NOT_HELD, (double) snap.dialoguesNotHeld());
        double coercionTotal = coercionTotal(snap);
        v.put(COERCION_TOTAL, coercionTotal);
        if (g.totalWeight() > 0) {
            v.put(COERCION_TO_COOPERATION, coercionTotal / g.totalWeight());
        }

        SortedMap<String, SortedMap<String, Double>> countries = new TreeMap<>();
        double dependenceSum = 0;
        int spokes = 0;
        for (int i = 0; i < g.nodeCount(); i++) {
            String c = g.node(i);
            double received = received(snap, c);
            double exerted = exerted(snap, c);
            double strength = g.strength(c);
            if (g.degree(c) == 0 && received == 0 && exerted == 0) {
                continue;
            }
            SortedMap<String, Double> cv = new TreeMap<>();
            cv.put(DEGREE, (double) g.degree(c));
            cv.put(STRENGTH, strength);
            cv.put(BETWEENNESS, betweenness[i]);
            cv.put(CLUSTERING, Clustering.local(g, c));
            cv.put(COERCION_RECEIVED, received);
            cv.put(COERCION_EXERTED, exerted);
            if (hub != null && !c.equals(hub) && strength > 0) {
                double dependence = g.weight(c, hub) / strength;
                cv.put(HUB_DEPENDENCE, dependence);
                dependenceSum += dependence;
                spokes++;
            }
            countries.put(c, cv);
        }
        if (spokes > 0) {
            v.put(MEAN_HUB_DEPENDENCE, dependenceSum / spokes);
        }

        SortedMap<String, SortedMap<String, Double>> dyads = new TreeMap<>();
        for (DyadTie t : snap.dyads()) {
            SortedMap<String, Double> dv = new TreeMap<>();
            dv.put(AGREEMENT_WEIGHT, t.agreement());
            dv.put(EXERCISE_WEIGHT, t.exercise());
            dv.put(DIALOGUE_WEIGHT, t.dialogue());
            dv.put(COOPERATION_WEIGHT, t.cooperation());
            dv.put(COERCION_A_ON_B, t.coercionAB());
            dv.put(COERCION_B_ON_A, t.coercionBA());
            dyads.put(IndicatorSet.dyadKey(t.a(), t.b()), dv);
        }
        return new IndicatorSet(snap, v, countries, dyads, partition, cliques);
    }

    /** {@code W(spokes,spokes) / (W(spokes,spokes) + W(hub,spokes))}; empty when the scope has no cooperation weight. */
    static java.util.Optional<Double> spokeToSpokeShare(Graph g, String hub) {
        double hubSpokes = 0;
        double spokeSpokes = 0;
        for (Graph.Edge e : g.edges()) {
            if (e.a().equals(hub) || e.b().equals(hub)) {
                hubSpokes += e.weight();
            } else {
                spokeSpokes += e.weight();
            }
        }
        double total = hubSpokes + spokeSpokes;
        return total > 0 ? java.util.Optional.of(spokeSpokes / total) : java.util.Optional.empty();
    }

    /** Coercion between members, direction dropped (for signed balance, which is about the members' alignments). */
    private static Graph undirectedCoercion(NetworkSnapshot snap) {
        Graph members = snap.cooperation();
        Graph.Builder b = Graph.builder().addNodes(members.nodes());
        snap.coercion().forEach((from, targets) -> targets.forEach((to, w) -> {
            if (members.contains(from) && members.contains(to)) {
                b.addEdge(from, to, w);
            }
        }));
        return b.build();
    }

    /** All coercion on members, from members and from outside the scope. */
    private static double coercionTotal(NetworkSnapshot snap) {
        double s = 0;
        for (Map<String, Double> targets : snap.coercion().values()) {
            for (double w : targets.values()) {
                s += w;
            }
        }
        return s;
    }

    private static double received(NetworkSnapshot snap, String c) {
        double s = 0;
        for (Map<String, Double> targets : snap.coercion().values()) {
            s += targets.getOrDefault(c, 0.0);
        }
        return s;
    }

    private static double exerted(NetworkSnapshot snap, String c) {
        return snap.coercion().getOrDefault(c, Map.of()).values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double coercionOf(NetworkSnapshot snap, String c) {
        return received(snap, c) + exerted(snap, c);
    }
}
