package io.secweb.core.documents;

import io.secweb.schemas.SecwebNames;
import io.secweb.schemas.deadletter.DeadLetter;
import io.secweb.schemas.deadletter.Origin;
import io.secweb.schemas.deadletter.Reason;

import java.time.Instant;

/** Turns a document Elasticsearch rejected permanently (e.g. HTTP 400, mapping error) into a dead-letter document. */
public final class SinkRejections {
    private SinkRejections() {}

    public static ElasticsearchDocument deadLetterFor(ElasticsearchDocument rejected, String why, String deadLetterIndexPrefix) {
        DeadLetter dl = new DeadLetter(Reason.REJECTED_BY_ELASTICSEARCH.stage(), Reason.REJECTED_BY_ELASTICSEARCH, why,
                rejected.id(), rejected.version() == null ? null : rejected.version().intValue(), rejected.source(),
                new Origin(null, null, null, null, rejected.index()), Instant.now());
        return DeadLetterDocuments.toElasticsearch(dl, deadLetterIndexPrefix);
    }

    /** True when the document is itself a dead letter (then a rejection must not produce another one). */
    public static boolean isDeadLetter(ElasticsearchDocument doc, String deadLetterIndexPrefix) {
        return doc.index().startsWith(SecwebNames.alias(deadLetterIndexPrefix, SecwebNames.DEADLETTER) + "-");
    }
}
