package io.secweb.core.indicators;

import io.secweb.core.network.model.NetworkModel;
import io.secweb.schemas.event.FeedEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The events in a scope's state, ordered by start, with each one's last relevant day worked out once, so that a run
 * of days (a catch-up, a restatement, a backfill) hands each day only the events that can affect it.
 */
public final class RelevantEvents {
    private final List<FeedEvent> byStart;
    private final LocalDate[] until;

    public RelevantEvents(Iterable<FeedEvent> events, NetworkModel model) {
        List<FeedEvent> all = new ArrayList<>();
        events.forEach(all::add);
        all.sort(Comparator.comparing(FeedEvent::start).thenComparing(FeedEvent::id));
        this.byStart = all;
        this.until = new LocalDate[all.size()];
        for (int i = 0; i < all.size(); i++) {
            until[i] = model.lastRelevantDay(all.get(i));
        }
    }

    /** Events started by {@code day} and still able to affect it. */
    public List<FeedEvent> on(LocalDate day) {
        List<FeedEvent> out = new ArrayList<>();
        for (int i = 0; i < byStart.size() && !byStart.get(i).start().isAfter(day); i++) {
            if (!until[i].isBefore(day)) {
                out.add(byStart.get(i));
            }
        }
        return out;
    }
}
