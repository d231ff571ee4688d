package io.secweb.core.feed.adapters;

import io.secweb.schemas.event.AgreementBody;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Participant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Which pairs of states an adapter's own agreement records tie, of which kind, on which day — as the network model
 * reads them: every pair of parties, from the later of {@code start} and {@code effective_from} through
 * {@code effective_to} (open-ended when absent).
 * <p>Adapters ask it before emitting an end record: in the network model an end record ends <em>every</em> tie of
 * its kind between its parties that started before it, so one is emitted only when the pair has no other tie of that
 * kind left in the dataset on the day the tie ends (otherwise it would end the other agreements too, and no tie of
 * that kind is lost anyway).
 */
final class TieIndex {
    private final Map<String, List<FeedEvent>> byPair = new HashMap<>();

    TieIndex(List<FeedEvent> agreements) {
        for (FeedEvent e : agreements) {
            List<String> countries = e.participants().stream().map(Participant::country).distinct().toList();
            for (int i = 0; i < countries.size(); i++) {
                for (int j = i + 1; j < countries.size(); j++) {
                    byPair.computeIfAbsent(pair(countries.get(i), countries.get(j)), k -> new ArrayList<>()).add(e);
                }
            }
        }
    }

    /** True when a record not matched by {@code ignore} ties a and b with {@code kind} on {@code day}. */
    boolean tied(String a, String b, String kind, LocalDate day, Predicate<FeedEvent> ignore) {
        for (FeedEvent e : byPair.getOrDefault(pair(a, b), List.of())) {
            if (!ignore.test(e) && Objects.equals(e.agreement().kind(), kind) && inForce(e, day)) {
                return true;
            }
        }
        return false;
    }

    /** True when any record not matched by {@code ignore}, of any kind, ties a and b on {@code day}. */
    boolean tiedByAnyKind(String a, String b, LocalDate day, Predicate<FeedEvent> ignore) {
        for (FeedEvent e : byPair.getOrDefault(pair(a, b), List.of())) {
            if (!ignore.test(e) && inForce(e, day)) {
                return true;
            }
        }
        return false;
    }

    static boolean inForce(FeedEvent e, LocalDate day) {
        AgreementBody b = e.agreement();
        LocalDate from = b.effectiveFrom() != null && b.effectiveFrom().isAfter(e.start()) ? b.effectiveFrom() : e.start();
        return !day.isBefore(from) && (b.effectiveTo() == null || !day.isAfter(b.effectiveTo()));
    }

    static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }
}
