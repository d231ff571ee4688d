package io.secweb.core.indicators;

import io.secweb.core.network.graph.Partition;
import io.secweb.core.network.model.NetworkSnapshot;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Every indicator of one scope on one day. Values are by {@link IndicatorNames}; an absent value means "not defined
 * here" (e.g. hub measures in a scope without a hub), never zero.
 *
 * @param countries per member with any tie: name → value
 * @param dyads     per tied pair "A|B" (A &lt; B): name → value
 * @param partition the Louvain partition (kept for tomorrow's stability measure)
 * @param cliques   maximal cliques of three or more, each as sorted codes
 */
public record IndicatorSet(
        NetworkSnapshot snapshot,
        SortedMap<String, Double> scope,
        SortedMap<String, SortedMap<String, Double>> countries,
        SortedMap<String, SortedMap<String, Double>> dyads,
        Partition partition,
        List<List<String>> cliques) {

    public static String dyadKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    public Map<String, Double> country(String iso3) {
        return countries.getOrDefault(iso3, new java.util.TreeMap<>());
    }
}
