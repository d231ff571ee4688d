package io.secweb.core.network.model;

import io.secweb.core.network.graph.Graph;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A scope's network as of the end of one day: what every indicator is computed from.
 *
 * @param cooperation   undirected graph over all scope members; weight = agreement stock + decayed exercise and dialogue flow
 * @param coercion      directed decayed coercion weights, initiator → target → weight (members only, weights ≥ floor)
 * @param dyads         every member pair with a non-zero tie in any layer, sorted by (a, b)
 * @param activeGroups  groups of ≥ 3 members with a joint event or agreement in the window, sorted by members
 * @param tiesLost      agreement ties among members that ended (suspended, terminated, expired) within the window
 * @param dialoguesNotHeld postponed or cancelled dialogues among members planned within the not-held window
 * @param activeEvents  number of events contributing on this day, by layer
 * @param contributions every contributing event with its weight on this day, heaviest first
 * @param eventCountries the countries taking part in each contributing event (for a country's or a dyad's provenance)
 */
public record NetworkSnapshot(
        Scope scope,
        LocalDate day,
        Graph cooperation,
        Map<String, Map<String, Double>> coercion,
        List<DyadTie> dyads,
        List<Group> activeGroups,
        int tiesLost,
        int dialoguesNotHeld,
        Map<Layer, Integer> activeEvents,
        List<Contribution> contributions,
        Map<String, List<String>> eventCountries) {}
