package io.secweb.core.network.model;

import io.secweb.schemas.event.AgreementBody;
import io.secweb.schemas.event.EventType;
import io.secweb.schemas.event.FeedEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The agreements behind a set of agreement records: records linked by {@code agreement.supersedes} (a termination
 * notice, its suspension or withdrawal, a renewal, an amendment, a replacement, an expiry…) are one agreement — one
 * tie whose state on a day is that of the <em>latest record of the chain to have taken effect</em>; a record that links
 * to nothing and that nothing links to is an agreement on its own.
 *
 * <h2>When a record takes effect</h2>
 * The first record of a chain takes effect on its {@code start} (its tie then runs from {@code effective_from}, as
 * for any agreement). A later record takes effect on its {@code start}, except that a record that keeps the agreement
 * in force ({@code signed}, {@code in_force}) with an {@code effective_from} after its start takes effect on that day:
 * a renewal signed before the old term ends does not cut it short. Records taking effect on the same day are ordered
 * by their depth in the chain (a successor after its predecessor), then by id.
 *
 * <p>A chain whose links form a cycle (a feed error) is broken at its smallest id, which becomes the first record.
 * Only the highest revision of an id counts and retracted records are left out, as in {@link NetworkModel}.
 */
public final class AgreementChains {
    private final List<Agreement> agreements;

    private AgreementChains(List<Agreement> agreements) {
        this.agreements = agreements;
    }

    /**
     * One real agreement: its records in the order they take effect.
     *
     * @param id      the id of the first record of the chain
     * @param linked  true when the agreement is made of linked records (or its only record names a predecessor the
     *                set does not hold); false for a lone record, which {@link NetworkModel} treats as before links existed
     */
    public record Agreement(String id, List<FeedEvent> records, List<LocalDate> effectiveDays, boolean linked) {

        /** The record that says the agreement's state on the day: the latest to have taken effect; null before the first. */
        public FeedEvent stateOn(LocalDate day) {
            FeedEvent state = null;
            for (int i = 0; i < records.size(); i++) {
                if (!effectiveDays.get(i).isAfter(day)) {
                    state = records.get(i);
                }
            }
            return state;
        }

        /**
         * True when the agreement ties its parties on the day: its state is signed, in force or under a termination
         * notice, within [effective_from (or start), effective_to].
         */
        public boolean tiesOn(LocalDate day) {
            FeedEvent state = stateOn(day);
            return state != null && ties(state, day);
        }

        static boolean ties(FeedEvent state, LocalDate day) {
            AgreementBody b = state.agreement();
            if (!TYING.contains(b.status())) {
                return false;
            }
            LocalDate from = b.effectiveFrom() != null ? b.effectiveFrom() : state.start();
            return !day.isBefore(from) && (b.effectiveTo() == null || !day.isAfter(b.effectiveTo()));
        }
    }

    /** Statuses under which an agreement ties its parties. */
    static final Set<String> TYING = Set.of("signed", "in_force", "termination_notice");

    /** The agreements of a set of events (events of other types are ignored). */
    public static AgreementChains of(Collection<FeedEvent> events) {
        Map<String, FeedEvent> byId = new TreeMap<>();
        for (FeedEvent e : events) {
            if (e.type() == EventType.AGREEMENT && e.agreement() != null) {
                byId.merge(e.id(), e, (old, neu) -> neu.revision() > old.revision() ? neu : old);
            }
        }
        byId.values().removeIf(FeedEvent::retracted);

        Map<String, String> rootOf = new HashMap<>();
        Map<String, Integer> depthOf = new HashMap<>();
        for (String id : byId.keySet()) {
            resolve(id, byId, rootOf, depthOf);
        }
        Set<String> superseded = new HashSet<>();
        byId.values().forEach(e -> {
            String p = e.agreement().supersedes();
            if (p != null && byId.containsKey(p)) {
                superseded.add(p);
            }
        });

        Map<String, List<FeedEvent>> chains = new TreeMap<>();
        byId.values().forEach(e -> chains.computeIfAbsent(rootOf.get(e.id()), k -> new ArrayList<>()).add(e));
        List<Agreement> out = new ArrayList<>();
        chains.forEach((root, records) -> {
            List<FeedEvent> sorted = new ArrayList<>(records);
            sorted.sort(Comparator.<FeedEvent, LocalDate>comparing(e -> effectiveDay(e, !e.id().equals(root)))
                    .thenComparing(e -> depthOf.get(e.id()))
                    .thenComparing(FeedEvent::id));
            List<LocalDate> days = sorted.stream().map(e -> effectiveDay(e, !e.id().equals(root))).toList();
            boolean linked = sorted.size() > 1 || sorted.get(0).agreement().supersedes() != null || superseded.contains(root);
            out.add(new Agreement(root, List.copyOf(sorted), days, linked));
        });
        return new AgreementChains(List.copyOf(out));
    }

    /** Every agreement, by the id of its first record. */
    public List<Agreement> agreements() {
        return agreements;
    }

    /** The day a record takes effect in its chain (see the class comment). */
    static LocalDate effectiveDay(FeedEvent e, boolean successor) {
        AgreementBody b = e.agreement();
        if (successor && (b.status().equals("signed") || b.status().equals("in_force")) && b.effectiveFrom() != null
                && b.effectiveFrom().isAfter(e.start())) {
            return b.effectiveFrom();
        }
        return e.start();
    }

    /** Walks the supersedes links up to the first record present, breaking a cycle at its smallest id. */
    private static void resolve(String id, Map<String, FeedEvent> byId, Map<String, String> rootOf, Map<String, Integer> depthOf) {
        if (rootOf.containsKey(id)) {
            return;
        }
        List<String> path = new ArrayList<>();
        Set<String> onPath = new HashSet<>();
        String at = id;
        while (true) {
            if (rootOf.containsKey(at)) {
                // joins a chain already resolved
                int depth = depthOf.get(at);
                String root = rootOf.get(at);
                for (int i = path.size() - 1; i >= 0; i--) {
                    depthOf.put(path.get(i), ++depth);
                    rootOf.put(path.get(i), root);
                }
                return;
            }
            if (!onPath.add(at)) {
                // a cycle: its smallest id is the first record, the others follow it along the links
                List<String> cycle = path.subList(path.indexOf(at), path.size());
                String root = cycle.stream().min(String::compareTo).orElseThrow();
                rootOf.put(root, root);
                depthOf.put(root, 0);
                path = new ArrayList<>(path);
                path.remove(root);
                int depth = 0;
                // successors of the root along the cycle are the records that supersede it, i.e. earlier on the path
                List<String> rest = new ArrayList<>(path);
                java.util.Collections.reverse(rest);
                for (String r : rest) {
                    depthOf.put(r, ++depth);
                    rootOf.put(r, root);
                }
                return;
            }
            path.add(at);
            String predecessor = byId.get(at).agreement().supersedes();
            if (predecessor == null || !byId.containsKey(predecessor)) {
                int depth = 0;
                for (int i = path.size() - 1; i >= 0; i--) {
                    depthOf.put(path.get(i), depth++);
                    rootOf.put(path.get(i), at);
                }
                return;
            }
            at = predecessor;
        }
    }
}
