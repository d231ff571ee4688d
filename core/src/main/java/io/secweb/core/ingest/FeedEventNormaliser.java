package io.secweb.core.ingest;

import io.secweb.schemas.Topics;
import io.secweb.schemas.country.CountryRegistry;
import io.secweb.schemas.deadletter.Reason;
import io.secweb.schemas.event.EventType;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Participant;
import io.secweb.schemas.event.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules a schema cannot state: country codes upper-cased and known to the registry, end not before start,
 * at least two distinct countries for exercises, agreements and dialogues, an initiator and a different target for coercion,
 * dates not absurdly in the future, the type matching its feed topic. Also fills defaults (end = start,
 * date_precision = day) and tidies participants and tags, so that equal facts give equal events.
 */
public final class FeedEventNormaliser {
    private final CountryRegistry countries;
    private final Topics topics;
    private final int maxDaysInFuture;
    private final Clock clock;

    public FeedEventNormaliser(CountryRegistry countries, Topics topics, int maxDaysInFuture, Clock clock) {
        this.countries = countries;
        this.topics = topics;
        this.maxDaysInFuture = maxDaysInFuture;
        this.clock = clock;
    }

    /** Outcome: exactly one of event and rejection is set. */
    public record Result(FeedEvent event, Rejection rejection) {
        static Result ok(FeedEvent e) {
            return new Result(e, null);
        }

        static Result reject(Reason reason, String message) {
            return new Result(null, new Rejection(reason, message));
        }
    }

    public Result normalise(FeedEvent e, String topic) {
        String expected = topics.feed(e.type());
        if (topic != null && topics.feeds().contains(topic) && !topic.equals(expected)) {
            return Result.reject(Reason.TYPE_TOPIC_MISMATCH, "type '" + e.type().wireName() + "' belongs on topic " + expected + ", not " + topic);
        }

        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < e.participants().size(); i++) {
            Participant p = e.participants().get(i);
            String code = p.country().toUpperCase(Locale.ROOT);
            if (!countries.isKnown(code)) {
                return Result.reject(Reason.UNKNOWN_COUNTRY, "participants[" + i + "].country: '" + p.country()
                        + "' is not a known ISO-3166 alpha-3 country code");
            }
            participants.add(new Participant(code, p.role()));
        }
        participants = mergeDuplicates(participants);

        Result partyRule = checkParties(e.type(), participants);
        if (partyRule != null) {
            return partyRule;
        }

        LocalDate end = e.end() == null ? e.start() : e.end();
        if (end.isBefore(e.start())) {
            return Result.reject(Reason.END_BEFORE_START, "end " + end + " is before start " + e.start());
        }
        if (e.agreement() != null && e.agreement().effectiveFrom() != null && e.agreement().effectiveTo() != null
                && e.agreement().effectiveTo().isBefore(e.agreement().effectiveFrom())) {
            return Result.reject(Reason.END_BEFORE_START, "agreement.effective_to " + e.agreement().effectiveTo()
                    + " is before agreement.effective_from " + e.agreement().effectiveFrom());
        }
        LocalDate latest = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(maxDaysInFuture);
        if (e.start().isAfter(latest)) {
            return Result.reject(Reason.DATE_IN_FUTURE, "start " + e.start() + " is more than " + maxDaysInFuture
                    + " days in the future (latest accepted: " + latest + ")");
        }

        List<String> tags = tidyTags(e.tags());
        return Result.ok(new FeedEvent(e.id(), e.revision(), e.type(), e.start(), end,
                e.datePrecision() == null ? "day" : e.datePrecision(), e.occurredAt(), List.copyOf(participants), tags,
                e.source(), e.confidence(), e.retracted(), e.exercise(), e.agreement(), e.coercion(), e.dialogue()));
    }

    /** One entry per (country, role); for exercises a country keeps its strongest role (host over participant over observer). */
    private static List<Participant> mergeDuplicates(List<Participant> in) {
        Map<String, Participant> merged = new LinkedHashMap<>();
        for (Participant p : in) {
            String key = p.role() == Role.INITIATOR || p.role() == Role.TARGET ? p.country() + "/" + p.role() : p.country();
            merged.merge(key, p, (a, b) -> a.role().ordinal() <= b.role().ordinal() ? a : b);
        }
        return new ArrayList<>(merged.values());
    }

    private static Result checkParties(EventType type, List<Participant> participants) {
        Set<String> distinct = new LinkedHashSet<>();
        participants.forEach(p -> distinct.add(p.country()));
        if (type != EventType.COERCION) {
            if (distinct.size() < 2) {
                return Result.reject(Reason.TOO_FEW_PARTICIPANTS, "an " + type.wireName() + " needs at least two distinct countries, got "
                        + distinct.size() + " " + distinct);
            }
            return null;
        }
        Set<String> initiators = new LinkedHashSet<>();
        Set<String> targets = new LinkedHashSet<>();
        for (Participant p : participants) {
            (p.role() == Role.INITIATOR ? initiators : targets).add(p.country());
        }
        if (initiators.isEmpty() || targets.isEmpty()) {
            return Result.reject(Reason.MISSING_INITIATOR_OR_TARGET, "a coercion incident needs at least one initiator and one target, got initiators "
                    + initiators + " and targets " + targets);
        }
        Set<String> both = new LinkedHashSet<>(initiators);
        both.retainAll(targets);
        if (!both.isEmpty()) {
            return Result.reject(Reason.MISSING_INITIATOR_OR_TARGET, "countries " + both + " are both initiator and target");
        }
        return null;
    }

    private static List<String> tidyTags(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> tidy = new LinkedHashSet<>();
        for (String t : tags) {
            String s = t.trim().toLowerCase(Locale.ROOT);
            if (!s.isEmpty()) {
                tidy.add(s);
            }
        }
        return List.copyOf(tidy);
    }
}
