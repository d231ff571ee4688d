package io.secweb.core.feed.adapters;

import io.secweb.schemas.event.AgreementBody;
import io.secweb.schemas.event.CoercionBody;
import io.secweb.schemas.event.EventType;
import io.secweb.schemas.event.ExerciseBody;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Participant;
import io.secweb.schemas.event.Source;

import java.time.LocalDate;
import java.util.List;

/** Builds the feed records the adapters emit: revision 1, not retracted, no confidence or occurred_at of their own. */
final class Records {
    static final int MAX_TEXT = 256;
    static final int MAX_TAG = 64;

    private Records() {}

    static FeedEvent exercise(String id, PartialDate start, LocalDate end, List<Participant> participants, List<String> tags,
                              Source source, ExerciseBody body) {
        return new FeedEvent(id, 1, EventType.EXERCISE, start.date(), end, start.precision(), null, List.copyOf(participants),
                List.copyOf(tags), source, null, false, body, null, null, null);
    }

    static FeedEvent agreement(String id, LocalDate start, String precision, List<Participant> parties, List<String> tags,
                               Source source, AgreementBody body) {
        return new FeedEvent(id, 1, EventType.AGREEMENT, start, null, precision, null, List.copyOf(parties), List.copyOf(tags),
                source, null, false, null, body, null, null);
    }

    static FeedEvent coercion(String id, PartialDate start, LocalDate end, List<Participant> participants, List<String> tags,
                              Source source, CoercionBody body) {
        return new FeedEvent(id, 1, EventType.COERCION, start.date(), end, start.precision(), null, List.copyOf(participants),
                List.copyOf(tags), source, null, false, null, null, body, null);
    }

    /** Free text cut to the schema's 256 characters (names, locations). */
    static String text(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= MAX_TEXT ? t : t.substring(0, MAX_TEXT - 1).strip() + "…";
    }

    /** A tag: lower case, words joined by '-', at most 64 characters ("Arms Sales to Taiwan" → arms-sales-to-taiwan). */
    static String tag(String s) {
        String t = CountryNames.key(s).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return t.length() <= MAX_TAG ? t : t.substring(0, MAX_TAG).replaceAll("-+$", "");
    }
}
