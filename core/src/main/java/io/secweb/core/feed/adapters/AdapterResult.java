package io.secweb.core.feed.adapters;

import io.secweb.schemas.event.FeedEvent;

import java.util.List;
import java.util.Map;

/**
 * What an adapter made of a file.
 *
 * @param events   the mapped records, in file order (a row may give several, e.g. one per target)
 * @param rows     data rows read (header excluded)
 * @param skipped  rows not mapped, counted by reason (e.g. "not an Indo-Pacific dyad", "unknown country code 345")
 */
public record AdapterResult(List<FeedEvent> events, int rows, Map<String, Integer> skipped) {

    public int skippedTotal() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
