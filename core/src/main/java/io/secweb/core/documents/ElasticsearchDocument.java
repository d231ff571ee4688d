package io.secweb.core.documents;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One write the Elasticsearch sink performs: the sink's own serialisable element type, kept in checkpoints by
 * {@link ElasticsearchDocumentStateSerializer} (never by Kryo, never as client objects).
 *
 * @param index   concrete index name
 * @param id      deterministic document id
 * @param version external version (a higher one replaces, a lower or equal one is a conflict); null for none
 * @param opType  {@link OpType#INDEX} (with or without external version) or {@link OpType#CREATE} (write once)
 * @param source  the document as JSON
 */
public record ElasticsearchDocument(String index, String id, Long version, OpType opType, String source) implements Serializable {

    public enum OpType { INDEX, CREATE }

    public ElasticsearchDocument {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(opType, "opType");
        Objects.requireNonNull(source, "source");
    }

    public static ElasticsearchDocument versioned(String index, String id, long version, String source) {
        return new ElasticsearchDocument(index, id, version, OpType.INDEX, source);
    }

    public static ElasticsearchDocument createOnce(String index, String id, String source) {
        return new ElasticsearchDocument(index, id, null, OpType.CREATE, source);
    }

    /** Approximate size on the wire, for batching by bytes. */
    public long sizeInBytes() {
        return source.getBytes(StandardCharsets.UTF_8).length + index.length() + id.length() + 64L;
    }
}
