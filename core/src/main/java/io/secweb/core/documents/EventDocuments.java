package io.secweb.core.documents;

import io.secweb.schemas.SecwebNames;
import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.event.FeedEvent;

/**
 * Normalised event → Elasticsearch document in {@code <prefix>-events-<yyyy of start>}, id = event id, external
 * version = revision: a higher revision replaces the document, a stale lower one arriving late is refused.
 */
public final class EventDocuments {
    private EventDocuments() {}

    public static EventDocument toDocument(FeedEvent e) {
        String dataset = e.source() == null ? null : e.source().dataset();
        return new EventDocument(e.start(),
                new EventDocument.Ecs(e.id(), "event", e.type().wireName(), dataset, e.start(), e.end()),
                e.tags(),
                new EventDocument.Secweb(e, e.countries()));
    }

    public static ElasticsearchDocument toElasticsearch(FeedEvent e, String indexPrefix) {
        return ElasticsearchDocument.versioned(SecwebNames.index(indexPrefix, SecwebNames.EVENTS, e.start()), e.id(), e.revision(),
                SecwebJson.write(toDocument(e)));
    }
}
