package io.secweb.core.network.model;

import io.secweb.core.network.graph.Graph;
import io.secweb.schemas.event.AgreementBody;
import io.secweb.schemas.event.EventType;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Participant;
import io.secweb.schemas.event.Role;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns normalised feed events into the network of a scope as of the end of a day ({@link NetworkSnapshot}). Plain
 * Java, deterministic (the same events in any order give the same snapshot, to the last bit), no state between calls.
 *
 * <h2>Which events count</h2>
 * Of several revisions of an id only the highest counts (the ingest job already de-duplicates; this is a guard);
 * a retracted event never counts, and a retraction as the highest revision removes the event; an event counts only
 * from its {@code start} on (the feed did not know it before). Only ties between two members of the scope count:
 * an event's non-members are dropped, its member pairs kept.
 *
 * <h2>Agreements: stock</h2>
 * A record with status {@code signed} or {@code in_force} (or {@code termination_notice}, at the notice factor) ties
 * every pair of its parties with the weight of its kind, from {@code effective_from} (or {@code start} when absent)
 * through {@code effective_to} inclusive (open-ended when absent), without decay. Ties from several agreements of a
 * pair add up.
 * <p>A record with status {@code suspended}, {@code terminated} or {@code expired} is an <em>end</em>. It ends, from
 * its <em>end day</em> on, the ties of the same kind between every pair of its parties that come from records which
 * started before that day; the end day is the day after {@code effective_to} when given, else its {@code start}.
 * So an end can be its own event ("the Philippines terminates the VFA", start = the day it takes effect, or start =
 * the notice and effective_to = the last day in force), or a later revision of the agreement's own id with the new
 * status and {@code effective_to} set (its history then stays: the revised record still ties its parties from
 * effective_from through effective_to). An end record without effective_to has no tie of its own; one with
 * effective_to ties its parties through that day, but only where no signed/in_force record of the same kind already
 * ties the pair (so a termination notice does not double the tie it announces the end of), and at most one end
 * record per pair and kind counts (the latest to start, then the smallest id). Each (pair, kind) ended by an end
 * record, with the end day between {@code day − ties_lost_window_days} and {@code day}, counts once in
 * {@link NetworkSnapshot#tiesLost()}. A signed/in_force record whose effective_to has passed simply lapses: it is
 * not counted as a lost tie (the feed did not say the tie was broken; renewals are often new records).
 *
 * <h2>Agreements: one tie per real agreement ({@link AgreementChains})</h2>
 * A change of an agreement's status — a notice of termination, the suspension or withdrawal of the notice, a renewal,
 * an amendment, a replacement, a suspension, a termination, an expiry — is a record of its own naming the record it
 * changes in {@code agreement.supersedes}. Records so linked are one agreement: on a day, its state is its latest record
 * to have taken effect, and only that record ties the parties it names (so four GSOMIA records are one tie, and a
 * termination notice does not add weight). Status {@code signed}/{@code in_force} ties with the weight of the kind
 * within [effective_from (or start), effective_to]; {@code termination_notice} ties with that weight times
 * {@code agreements.termination_notice_factor} (the notice weakens the tie, a later record suspending or withdrawing
 * it restores it); {@code suspended}/{@code terminated}/{@code expired} ties through its effective_to when it gives one,
 * then ends the tie, which counts in {@code tiesLost} while its end day lies in the window and the end is still the
 * agreement's state. A linked end ends its own agreement only. The rules above for lone records (an end record
 * ending every earlier tie of its kind between its parties) are unchanged for records that link to nothing.
 *
 * <h2>Exercises: flow</h2>
 * Every pair of member participants gets {@code scale weight × role factor(a) × role factor(b) × decay}, where decay
 * is 1 while the exercise runs (start ≤ day ≤ end) and {@code 0.5^((day − end) / half_life_days)} after it; the
 * weight is zero when {@code day − end > window_days} or when it falls below {@code tie_floor}. A country listed
 * with a role other than host or observer counts as a participant.
 *
 * <h2>Dialogues: flow, by level</h2>
 * A held meeting ties every pair of member participants (hosts and participants alike) with
 * {@code level weight × decay}, decay as for exercises with the {@code dialogues} half-life and window; a dialogue of
 * three or more members makes them an active group like an exercise. A {@code postponed} or {@code cancelled} one adds
 * no weight: while {@code day − end ≤ not_held_window_days} it counts in {@link NetworkSnapshot#dialoguesNotHeld()}
 * and is a contribution of weight 0 (so the broken cadence is visible in the provenance of the scope, the dyad and
 * each country taking part).
 *
 * <h2>Coercion: negative and directed</h2>
 * Every (initiator → different member target) pair gets {@code severity weight × 0.5^((day − start) /
 * half_life_days)} while {@code day − start ≤ window_days} and the weight is at least {@code tie_floor}. The initiator
 * need not be a member: pressure on a member counts wherever it comes from (China's coercion of the Philippines
 * weighs on the US alliance system), while pressure exerted outside the scope does not.
 *
 * <h2>News-derived records</h2>
 * A record whose {@code source.dataset} is one of {@code news.datasets} (machine-coded news: ICEWS, GDELT, the CAMEO
 * CSV) has every weight above multiplied by {@code news.weight_factor × confidence} (confidence 1 when absent), so
 * that curated and news-derived ties can be weighed apart.
 *
 * <h2>What the snapshot holds</h2>
 * The cooperation graph has every member as a node (isolates included); its edge weight is agreement + exercise +
 * dialogue weight summed over events. {@code dyads} are the member pairs with a non-zero weight in any layer. An
 * <em>active group</em> is a distinct set of three or more members that is the member participants of an exercise or
 * a held dialogue whose [start, end] meets [day − groups_window_days, day] (all roles, observers included), or the
 * members of an agreement still tied by it on the day; it names the event that was active last (latest exercise end capped at the
 * day, agreements in force count as active on the day; then the smallest id). A <em>contribution</em> is one per
 * event that adds weight on the day (the sum over its member pairs), heaviest first, ties by event id; end records
 * counted in {@code tiesLost} and dialogues not held are contributions of weight 0, so that they have their provenance.
 * {@code activeEvents} counts the contributions by layer.
 */
public final class NetworkModel implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Set<String> STANDING = Set.of("signed", "in_force", "termination_notice");
    private static final String NOTICE = "termination_notice";
    private static final Set<String> ENDING = Set.of("suspended", "terminated", "expired");

    private final NetworkSettings settings;

    public NetworkModel(NetworkSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public NetworkSettings settings() {
        return settings;
    }

    /** The network of a scope as of the end of a day, from every event known (any order, revisions allowed). */
    public NetworkSnapshot snapshot(Collection<FeedEvent> events, Scope scope, LocalDate day) {
        Tally tally = new Tally(scope.members());
        List<FeedEvent> counted = latestRevisions(events).stream()
                .filter(e -> !e.start().isAfter(day))
                .toList();
        agreements(counted, day, tally);
        for (FeedEvent e : counted) {
            if (e.type() == EventType.EXERCISE && e.exercise() != null) {
                exercise(e, day, tally);
            } else if (e.type() == EventType.DIALOGUE && e.dialogue() != null) {
                dialogue(e, day, tally);
            } else if (e.type() == EventType.COERCION && e.coercion() != null) {
                coercion(e, day, tally);
            }
        }
        return tally.snapshot(scope, day);
    }

    /**
     * The last day on which the event can still change a snapshot of any scope, so that a job can evict it from state
     * after it: exercise end + max(window, groups window); dialogue end + max(window, not-held window, groups window);
     * coercion start + window; a signed/in_force agreement its effective_to, or {@link LocalDate#MAX} while open-ended;
     * a retracted event {@link LocalDate#MIN} (never counts).
     * An end record (suspended/terminated/expired) is {@link LocalDate#MAX}: it must outlive every record of the ties
     * it ended, or evicting it would bring those ties back; so is a record that supersedes another (it must outlive its
     * predecessor). Use {@link #lastRelevantDay(FeedEvent, Collection)} to let
     * agreements that known end records have ended go.
     */
    public LocalDate lastRelevantDay(FeedEvent e) {
        if (e.retracted()) {
            return LocalDate.MIN;
        }
        return switch (e.type()) {
            case EXERCISE -> plusDays(end(e), Math.max(settings.exercises().windowDays(), settings.groupsWindowDays()));
            case DIALOGUE -> plusDays(end(e), Math.max(Math.max(settings.dialogues().windowDays(), settings.dialogues().notHeldWindowDays()),
                    settings.groupsWindowDays()));
            case COERCION -> plusDays(e.start(), settings.coercion().windowDays());
            case AGREEMENT -> {
                AgreementBody b = e.agreement();
                if (b == null) {
                    yield LocalDate.MIN;
                }
                if (isEnding(e) || b.supersedes() != null) {
                    yield LocalDate.MAX;
                }
                yield b.effectiveTo() != null ? b.effectiveTo() : LocalDate.MAX;
            }
        };
    }

    /**
     * Like {@link #lastRelevantDay(FeedEvent)}, but an agreement record that a {@code known} record supersedes is relevant
     * only until the day before its successor takes effect, and a lone signed/in_force agreement whose every pair of
     * parties has been ended by one of the {@code known} end records only until the day before its last tie ended (an
     * end takes effect on the later of its start and its end day). Other events are unaffected.
     */
    public LocalDate lastRelevantDay(FeedEvent e, Collection<FeedEvent> known) {
        LocalDate alone = lastRelevantDay(e);
        if (e.retracted() || e.type() != EventType.AGREEMENT || e.agreement() == null) {
            return alone;
        }
        // a record some known record supersedes is needed only until its successor takes effect
        for (FeedEvent r : latestRevisions(known)) {
            if (r.type() == EventType.AGREEMENT && r.agreement() != null && e.id().equals(r.agreement().supersedes())) {
                LocalDate before = AgreementChains.effectiveDay(r, true).minusDays(1);
                if (before.isBefore(alone)) {
                    alone = before;
                }
            }
        }
        if (isEnding(e) || e.agreement().supersedes() != null) {
            return alone;
        }
        String kind = e.agreement().kind();
        List<String> parties = e.countries().stream().distinct().sorted().toList();
        List<FeedEvent> ends = latestRevisions(known).stream()
                .filter(r -> r.type() == EventType.AGREEMENT && r.agreement() != null && isEnding(r))
                .filter(r -> r.agreement().supersedes() == null) // a linked end ends its own agreement only
                .filter(r -> Objects.equals(r.agreement().kind(), kind))
                .filter(r -> e.start().isBefore(endDay(r)))
                .toList();
        if (parties.size() < 2) {
            return alone;
        }
        LocalDate lastTie = LocalDate.MIN;
        for (int i = 0; i < parties.size(); i++) {
            for (int j = i + 1; j < parties.size(); j++) {
                LocalDate pairLast = LocalDate.MAX;
                for (FeedEvent r : ends) {
                    List<String> rc = r.countries();
                    if (rc.contains(parties.get(i)) && rc.contains(parties.get(j))) {
                        LocalDate effective = r.start().isAfter(endDay(r)) ? r.start() : endDay(r);
                        LocalDate before = effective.minusDays(1);
                        if (before.isBefore(pairLast)) {
                            pairLast = before;
                        }
                    }
                }
                if (pairLast.isAfter(lastTie)) {
                    lastTie = pairLast;
                }
            }
        }
        return lastTie.isBefore(alone) ? lastTie : alone;
    }

    /**
     * True when the event can add to the scope's network: it names two members (for coercion an initiator, member or
     * not, and a different member target). It looks at participants only, not at dates or {@code retracted}; a job that routes
     * events to scopes with it must still deliver a later revision or retraction of an event it routed before.
     */
    public boolean touches(FeedEvent e, Scope s) {
        if (e.type() == EventType.COERCION) {
            Set<String> initiators = new HashSet<>();
            Set<String> targets = new HashSet<>();
            for (Participant p : e.participants()) {
                if (p.role() == Role.INITIATOR) {
                    initiators.add(p.country());
                } else if (p.role() == Role.TARGET && s.members().contains(p.country())) {
                    targets.add(p.country());
                }
            }
            for (String i : initiators) {
                for (String t : targets) {
                    if (!i.equals(t)) {
                        return true;
                    }
                }
            }
            return false;
        }
        return e.countries().stream().filter(s.members()::contains).distinct().count() >= 2;
    }

    // ---- agreements ----

    private void agreements(List<FeedEvent> counted, LocalDate day, Tally tally) {
        AgreementChains chains = AgreementChains.of(counted);
        List<FeedEvent> lone = new ArrayList<>();
        List<AgreementChains.Agreement> linked = new ArrayList<>();
        for (AgreementChains.Agreement a : chains.agreements()) {
            if (a.linked()) {
                linked.add(a);
            } else {
                lone.add(a.records().get(0));
            }
        }
        // end days already reached, by (pair, kind), of lone end records: they end every earlier tie of their kind
        Map<PairKind, List<LocalDate>> ends = new HashMap<>();
        for (FeedEvent e : lone) {
            if (isEnding(e) && !endDay(e).isAfter(day)) {
                for (Pair p : tally.memberPairs(e)) {
                    ends.computeIfAbsent(new PairKind(p, e.agreement().kind()), k -> new ArrayList<>()).add(endDay(e));
                }
            }
        }
        int lostWindow = settings.tiesLostWindowDays();
        Set<PairKind> standing = new HashSet<>();
        Map<PairKind, FeedEvent> endRecordTies = new TreeMap<>();
        for (FeedEvent e : lone) {
            String kind = e.agreement().kind();
            double w = weight(e);
            boolean ending = isEnding(e);
            boolean inForce = inForce(e, day);
            Set<String> tied = new TreeSet<>();
            for (Pair p : tally.memberPairs(e)) {
                PairKind pk = new PairKind(p, kind);
                if (inForce && !endedBefore(ends.get(pk), e.start())) {
                    tied.add(p.a());
                    tied.add(p.b());
                    if (!ending) {
                        standing.add(pk);
                        tally.agreement(e, p, w);
                    } else {
                        endRecordTies.merge(pk, e, NetworkModel::laterEndRecord);
                    }
                }
                if (ending) {
                    long since = ChronoUnit.DAYS.between(endDay(e), day);
                    if (since >= 0 && since <= lostWindow) {
                        tally.lost(e, pk);
                    }
                }
            }
            if (tied.size() >= 3) {
                tally.group(List.copyOf(tied), e.id(), day);
            }
        }
        for (AgreementChains.Agreement a : linked) {
            linkedAgreement(a, day, ends, standing, tally);
        }
        // an end record's own tie only where no standing record already ties the pair with that kind
        endRecordTies.forEach((pk, e) -> {
            if (!standing.contains(pk)) {
                tally.agreement(e, pk.pair(), settings.agreements().weights().of(pk.kind()) * news(e));
            }
        });
    }

    /**
     * One agreement made of linked records: its state on the day is its latest record to have taken effect, which
     * alone ties the parties it names (weakened under a termination notice), or ends the tie and counts it as lost.
     */
    private void linkedAgreement(AgreementChains.Agreement a, LocalDate day, Map<PairKind, List<LocalDate>> ends, Set<PairKind> standing,
                                 Tally tally) {
        FeedEvent state = a.stateOn(day);
        if (state == null) {
            return;
        }
        LocalDate firstStart = a.records().get(0).start();
        String kind = state.agreement().kind();
        boolean ending = isEnding(state);
        // an end still ties its parties through effective_to when it gives one (the last day in force)
        boolean ties = ending ? inForce(state, day) : AgreementChains.Agreement.ties(state, day);
        Set<String> tied = new TreeSet<>();
        for (Pair p : tally.memberPairs(state)) {
            PairKind pk = new PairKind(p, kind);
            if (ties && !endedBefore(ends.get(pk), firstStart)) {
                tied.add(p.a());
                tied.add(p.b());
                standing.add(pk);
                tally.agreement(state, p, ending ? settings.agreements().weights().of(kind) * news(state) : weight(state));
            }
            if (ending) {
                long since = ChronoUnit.DAYS.between(endDay(state), day);
                if (since >= 0 && since <= settings.tiesLostWindowDays()) {
                    tally.lost(state, pk);
                }
            }
        }
        if (tied.size() >= 3) {
            tally.group(List.copyOf(tied), state.id(), day);
        }
    }

    /**
     * The weight of a record's tie: its kind's, times the termination-notice factor while a notice runs, times the
     * news factor.
     */
    private double weight(FeedEvent e) {
        double w = settings.agreements().weights().of(e.agreement().kind()) * news(e);
        return NOTICE.equals(e.agreement().status()) ? w * settings.agreements().terminationNoticeFactor() : w;
    }

    /** {@code news.weight_factor × confidence} for a record from machine-coded news, else 1. */
    private double news(FeedEvent e) {
        return settings.news().factor(e.source() == null ? null : e.source().dataset(), e.confidence());
    }

    private static FeedEvent laterEndRecord(FeedEvent a, FeedEvent b) {
        int c = a.start().compareTo(b.start());
        if (c != 0) {
            return c > 0 ? a : b;
        }
        return a.id().compareTo(b.id()) <= 0 ? a : b;
    }

    /** The record's own tie is in force on the day (start ≤ day is already known). */
    private static boolean inForce(FeedEvent e, LocalDate day) {
        AgreementBody b = e.agreement();
        LocalDate from = b.effectiveFrom() != null ? b.effectiveFrom() : e.start();
        if (day.isBefore(from) || (b.effectiveTo() != null && day.isAfter(b.effectiveTo()))) {
            return false;
        }
        if (isEnding(e)) {
            return b.effectiveTo() != null;
        }
        return STANDING.contains(b.status());
    }

    private static boolean endedBefore(List<LocalDate> endDays, LocalDate recordStart) {
        if (endDays != null) {
            for (LocalDate d : endDays) {
                if (recordStart.isBefore(d)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isEnding(FeedEvent e) {
        return e.agreement() != null && ENDING.contains(e.agreement().status());
    }

    /** First day without the ties an end record ends: the day after effective_to, else its start. */
    private static LocalDate endDay(FeedEvent e) {
        LocalDate to = e.agreement().effectiveTo();
        return to != null ? to.plusDays(1) : e.start();
    }

    // ---- exercises and coercion ----

    private void exercise(FeedEvent e, LocalDate day, Tally tally) {
        LocalDate end = end(e);
        Map<String, Double> factor = new TreeMap<>();
        for (Participant p : e.participants()) {
            if (tally.members.contains(p.country())) {
                factor.merge(p.country(), settings.exercises().roleFactors().of(p.role()), Math::max);
            }
        }
        long age = day.isAfter(end) ? ChronoUnit.DAYS.between(end, day) : 0;
        if (age <= settings.exercises().windowDays()) {
            double base = settings.exercises().scaleWeights().of(e.exercise().scale()) * decay(age, settings.exercises().halfLifeDays()) * news(e);
            List<String> ms = List.copyOf(factor.keySet());
            for (int i = 0; i < ms.size(); i++) {
                for (int j = i + 1; j < ms.size(); j++) {
                    double w = base * factor.get(ms.get(i)) * factor.get(ms.get(j));
                    if (w > 0 && w >= settings.tieFloor()) {
                        tally.exercise(e, new Pair(ms.get(i), ms.get(j)), w);
                    }
                }
            }
        }
        if (factor.size() >= 3 && !end.isBefore(day.minusDays(settings.groupsWindowDays()))) {
            tally.group(List.copyOf(factor.keySet()), e.id(), end.isAfter(day) ? day : end);
        }
    }

    /**
     * A held meeting ties every pair of member participants with its level weight, decaying like an exercise; a
     * postponed or cancelled one adds nothing but is counted (and listed with weight 0) while it is recent.
     */
    private void dialogue(FeedEvent e, LocalDate day, Tally tally) {
        NetworkSettings.Dialogues d = settings.dialogues();
        LocalDate end = end(e);
        long age = day.isAfter(end) ? ChronoUnit.DAYS.between(end, day) : 0;
        List<String> ms = e.countries().stream().filter(tally.members::contains).distinct().sorted().toList();
        if (ms.size() < 2) {
            return;
        }
        if (!e.dialogue().held()) {
            if (age <= d.notHeldWindowDays()) {
                tally.notHeld(e);
            }
            return;
        }
        if (age <= d.windowDays()) {
            double w = d.levelWeights().of(e.dialogue().level()) * decay(age, d.halfLifeDays()) * news(e);
            if (w > 0 && w >= settings.tieFloor()) {
                for (int i = 0; i < ms.size(); i++) {
                    for (int j = i + 1; j < ms.size(); j++) {
                        tally.dialogue(e, new Pair(ms.get(i), ms.get(j)), w);
                    }
                }
            }
        }
        if (ms.size() >= 3 && !end.isBefore(day.minusDays(settings.groupsWindowDays()))) {
            tally.group(ms, e.id(), end.isAfter(day) ? day : end);
        }
    }

    private void coercion(FeedEvent e, LocalDate day, Tally tally) {
        long age = ChronoUnit.DAYS.between(e.start(), day);
        if (age > settings.coercion().windowDays()) {
            return;
        }
        double w = settings.coercion().severityWeights().of(e.coercion().severity()) * decay(age, settings.coercion().halfLifeDays()) * news(e);
        if (!(w > 0) || w < settings.tieFloor()) {
            return;
        }
        Set<String> initiators = new TreeSet<>();
        Set<String> targets = new TreeSet<>();
        for (Participant p : e.participants()) {
            if (p.role() == Role.INITIATOR) {
                initiators.add(p.country());
            } else if (p.role() == Role.TARGET && tally.members.contains(p.country())) {
                targets.add(p.country());
            }
        }
        for (String i : initiators) {
            for (String t : targets) {
                if (!i.equals(t)) {
                    tally.coercion(e, i, t, w);
                }
            }
        }
    }

    private static double decay(long ageDays, int halfLifeDays) {
        return ageDays <= 0 ? 1.0 : Math.pow(0.5, (double) ageDays / halfLifeDays);
    }

    private static LocalDate end(FeedEvent e) {
        return e.end() != null ? e.end() : e.start();
    }

    private static LocalDate plusDays(LocalDate d, long days) {
        return LocalDate.MAX.minusDays(days).isBefore(d) ? LocalDate.MAX : d.plusDays(days);
    }

    /** Highest revision per id (the first seen among equal revisions), retracted ones dropped, sorted by id. */
    static List<FeedEvent> latestRevisions(Collection<FeedEvent> events) {
        Map<String, FeedEvent> latest = new TreeMap<>();
        for (FeedEvent e : events) {
            latest.merge(e.id(), e, (old, neu) -> neu.revision() > old.revision() ? neu : old);
        }
        return latest.values().stream().filter(e -> !e.retracted()).toList();
    }

    // ---- accumulation ----

    /** Two members, {@code a < b}. */
    record Pair(String a, String b) implements Comparable<Pair> {
        static Pair of(String x, String y) {
            return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
        }

        @Override
        public int compareTo(Pair o) {
            int c = a.compareTo(o.a);
            return c != 0 ? c : b.compareTo(o.b);
        }
    }

    private record PairKind(Pair pair, String kind) implements Comparable<PairKind> {
        @Override
        public int compareTo(PairKind o) {
            int c = pair.compareTo(o.pair);
            return c != 0 ? c : String.valueOf(kind).compareTo(String.valueOf(o.kind));
        }
    }

    private static final Comparator<List<String>> BY_MEMBERS = (x, y) -> {
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = x.get(i).compareTo(y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    };

    /** Sums for one snapshot. */
    private static final class Tally {
        final Set<String> members;
        /** pair → {agreement, exercise, dialogue} */
        final Map<Pair, double[]> cooperation = new TreeMap<>();
        final Map<String, Map<String, Double>> coercion = new TreeMap<>();
        final Map<String, EventWeight> events = new LinkedHashMap<>();
        final Map<List<String>, Group> groups = new TreeMap<>(BY_MEMBERS);
        final Set<PairKind> lost = new TreeSet<>();
        int notHeld;

        Tally(Set<String> members) {
            this.members = members;
        }

        /** Member pairs among an event's countries, sorted. */
        List<Pair> memberPairs(FeedEvent e) {
            List<String> ms = e.countries().stream().filter(members::contains).distinct().sorted().toList();
            List<Pair> out = new ArrayList<>();
            for (int i = 0; i < ms.size(); i++) {
                for (int j = i + 1; j < ms.size(); j++) {
                    out.add(new Pair(ms.get(i), ms.get(j)));
                }
            }
            return out;
        }

        void agreement(FeedEvent e, Pair p, double w) {
            if (w > 0) {
                cooperation.computeIfAbsent(p, k -> new double[3])[0] += w;
                event(e, Layer.AGREEMENT).weight += w;
            }
        }

        void exercise(FeedEvent e, Pair p, double w) {
            cooperation.computeIfAbsent(p, k -> new double[3])[1] += w;
            event(e, Layer.EXERCISE).weight += w;
        }

        void dialogue(FeedEvent e, Pair p, double w) {
            cooperation.computeIfAbsent(p, k -> new double[3])[2] += w;
            event(e, Layer.DIALOGUE).weight += w;
        }

        /** A postponed or cancelled dialogue: no weight, but counted and kept in provenance. */
        void notHeld(FeedEvent e) {
            notHeld++;
            event(e, Layer.DIALOGUE).lost = true;
        }

        void coercion(FeedEvent e, String initiator, String target, double w) {
            coercion.computeIfAbsent(initiator, k -> new TreeMap<>()).merge(target, w, Double::sum);
            event(e, Layer.COERCION).weight += w;
        }

        void lost(FeedEvent e, PairKind pk) {
            lost.add(pk);
            event(e, Layer.AGREEMENT).lost = true;
        }

        void group(List<String> ms, String eventId, LocalDate lastActive) {
            groups.merge(ms, new Group(ms, eventId, lastActive), (old, neu) -> {
                int c = neu.lastActive().compareTo(old.lastActive());
                return c > 0 || (c == 0 && neu.lastEventId().compareTo(old.lastEventId()) < 0) ? neu : old;
            });
        }

        private EventWeight event(FeedEvent e, Layer layer) {
            return events.computeIfAbsent(e.id(), id -> new EventWeight(id, layer, e.source() == null ? null : e.source().url(),
                    e.countries().stream().distinct().sorted().toList()));
        }

        NetworkSnapshot snapshot(Scope scope, LocalDate day) {
            Graph.Builder g = Graph.builder().addNodes(members);
            cooperation.forEach((p, w) -> g.addEdge(p.a(), p.b(), w[0] + w[1] + w[2]));

            Set<Pair> pairs = new TreeSet<>(cooperation.keySet());
            coercion.forEach((i, targets) -> targets.keySet().forEach(t -> pairs.add(Pair.of(i, t))));
            List<DyadTie> dyads = new ArrayList<>();
            for (Pair p : pairs) {
                double[] c = cooperation.getOrDefault(p, new double[3]);
                dyads.add(new DyadTie(p.a(), p.b(), c[0], c[1], c[2], coercionOf(p.a(), p.b()), coercionOf(p.b(), p.a())));
            }

            List<Contribution> contributions = new ArrayList<>();
            Map<String, List<String>> eventCountries = new HashMap<>();
            Map<Layer, Integer> active = new EnumMap<>(Layer.class);
            for (Layer l : Layer.values()) {
                active.put(l, 0);
            }
            for (EventWeight ew : events.values()) {
                if (ew.weight > 0 || ew.lost) {
                    contributions.add(new Contribution(ew.id, ew.layer, ew.weight, ew.url));
                    eventCountries.put(ew.id, ew.countries);
                    active.merge(ew.layer, 1, Integer::sum);
                }
            }
            contributions.sort(Comparator.comparingDouble(Contribution::weight).reversed().thenComparing(Contribution::eventId));

            Map<String, Map<String, Double>> coercionView = new TreeMap<>();
            coercion.forEach((i, t) -> coercionView.put(i, Collections.unmodifiableMap(t)));
            return new NetworkSnapshot(scope, day, g.build(), Collections.unmodifiableMap(coercionView), List.copyOf(dyads),
                    List.copyOf(groups.values()), lost.size(), notHeld, Collections.unmodifiableMap(active), List.copyOf(contributions),
                    Collections.unmodifiableMap(eventCountries));
        }

        private double coercionOf(String from, String to) {
            Map<String, Double> t = coercion.get(from);
            return t == null ? 0.0 : t.getOrDefault(to, 0.0);
        }
    }

    private static final class EventWeight {
        final String id;
        final Layer layer;
        final String url;
        final List<String> countries;
        double weight;
        /** a weight-0 contribution that still belongs in provenance: an ended agreement tie, a dialogue not held */
        boolean lost;

        EventWeight(String id, Layer layer, String url, List<String> countries) {
            this.id = id;
            this.layer = layer;
            this.url = url;
            this.countries = countries;
        }
    }
}
