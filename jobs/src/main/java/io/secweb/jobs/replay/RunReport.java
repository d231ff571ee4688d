package io.secweb.jobs.replay;

import io.secweb.core.config.SecwebConfig;
import io.secweb.core.elasticsearch.ElasticsearchClients;
import io.secweb.core.elasticsearch.ElasticsearchConnection;
import io.secweb.core.feed.FeedInput;
import io.secweb.schemas.SecwebNames;
import io.secweb.schemas.event.EventType;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;

/** The summary lines of a replay or backfill: what was published and skipped, and what each index of the run holds. */
final class RunReport {
    private RunReport() {}

    static void published(PrintStream out, FeedInput.Loaded input, Map<EventType, Integer> published, double seconds) {
        int total = published.values().stream().mapToInt(Integer::intValue).sum();
        out.printf("published %,d events in %.1f s (%,.0f events/s): %s%n", total, seconds, total / Math.max(seconds, 1e-9),
                published);
        if (input.skippedTotal() > 0) {
            out.printf("skipped %,d:%n", input.skippedTotal());
            input.skipped().entrySet().stream().limit(20).forEach(e -> out.printf("  %6d  %s%n", e.getValue(), e.getKey()));
            if (input.skipped().size() > 20) {
                out.printf("  … and %d more reasons%n", input.skipped().size() - 20);
            }
        }
    }

    static void counts(PrintStream out, SecwebConfig config, double seconds, int events) throws IOException {
        try (ElasticsearchClients clients = new ElasticsearchClients(ElasticsearchConnection.of(config.elasticsearch().url()))) {
            String prefix = config.elasticsearch().indexPrefix();
            StringBuilder counts = new StringBuilder();
            long documents = 0;
            for (String kind : SecwebNames.INDEX_KINDS) {
                String alias = SecwebNames.alias(prefix, kind);
                clients.sync().indices().refresh(r -> r.index(alias).ignoreUnavailable(true).allowNoIndices(true));
                long n = clients.sync().count(c -> c.index(alias).ignoreUnavailable(true).allowNoIndices(true)).count();
                counts.append(String.format("%n  %-45s %,d documents", alias, n));
                documents += n;
            }
            out.printf("processed %,d events into %,d documents in %.1f s (%,.1f events/s, %,.0f documents/s):%s%n", events, documents,
                    seconds, events / Math.max(seconds, 1e-9), documents / Math.max(seconds, 1e-9), counts);
        }
    }
}
