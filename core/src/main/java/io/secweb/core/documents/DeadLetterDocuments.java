package io.secweb.core.documents;

import io.secweb.schemas.SecwebNames;
import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.deadletter.DeadLetter;
import io.secweb.schemas.deadletter.Origin;

/**
 * Dead letter → Elasticsearch document in {@code <prefix>-deadletter-<yyyy>}. The id is derived from where the
 * record came from (topic, partition, offset, or index and id) and the reason, so re-processing the same record
 * after a restart overwrites its dead letter instead of adding another.
 */
public final class DeadLetterDocuments {
    private DeadLetterDocuments() {}

    public static DeadLetterDocument toDocument(DeadLetter d) {
        return new DeadLetterDocument(d.rejectedAt(), new DeadLetterDocument.Kind("pipeline_error"),
                new DeadLetterDocument.Error(d.reason(), d.message()),
                new DeadLetterDocument.Secweb(new DeadLetterDocument.Body(d.stage(), d.eventId(), d.revision(), d.payload(), d.origin())));
    }

    public static String id(DeadLetter d) {
        Origin o = d.origin();
        return DocumentIds.sha1(d.reason().code(), o.topic(), String.valueOf(o.partition()), String.valueOf(o.offset()),
                o.index(), o.topic() == null ? d.eventId() + "@" + d.revision() : "");
    }

    public static ElasticsearchDocument toElasticsearch(DeadLetter d, String indexPrefix) {
        return ElasticsearchDocument.createOnce(SecwebNames.index(indexPrefix, SecwebNames.DEADLETTER, d.rejectedAt()), id(d),
                SecwebJson.write(toDocument(d)));
    }
}
