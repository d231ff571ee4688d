package io.secweb.jobs.elasticsearch;

import io.secweb.core.documents.ElasticsearchDocument;
import org.apache.flink.api.connector.sink2.StatefulSinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.base.sink.AsyncSinkBase;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.core.io.SimpleVersionedSerializer;

import java.util.Collection;
import java.util.List;

/**
 * Writes {@link ElasticsearchDocument}s to Elasticsearch with the bulk API, on flink-connector-base's async sink:
 * batching by count, bytes and time; bounded in-flight requests (back-pressure); buffered documents in checkpoints
 * (at-least-once, which deterministic ids and external versions turn into effectively-once). Failures are handled
 * per {@link BulkFailureClassifier}; documents Elasticsearch rejects permanently become dead-letter documents.
 */
public final class ElasticsearchSink extends AsyncSinkBase<ElasticsearchDocument, ElasticsearchDocument> {
    private final ElasticsearchSinkOptions options;

    ElasticsearchSink(ElasticsearchSinkOptions options) {
        super(new IdentityConverter(), options.maxBatchActions(), options.maxInFlightRequests(), options.maxBufferedDocuments(),
                options.maxBatchBytes(), options.maxTimeInBuffer().toMillis(), options.maxDocumentBytes(),
                options.requestTimeout().toMillis(), false);
        this.options = options;
    }

    public static ElasticsearchSink of(ElasticsearchSinkOptions options) {
        return new ElasticsearchSink(options);
    }

    @Override
    public StatefulSinkWriter<ElasticsearchDocument, BufferedRequestState<ElasticsearchDocument>> createWriter(WriterInitContext context) {
        return new ElasticsearchSinkWriter(getElementConverter(), context, options, List.of());
    }

    @Override
    public StatefulSinkWriter<ElasticsearchDocument, BufferedRequestState<ElasticsearchDocument>> restoreWriter(
            WriterInitContext context, Collection<BufferedRequestState<ElasticsearchDocument>> recoveredState) {
        return new ElasticsearchSinkWriter(getElementConverter(), context, options, recoveredState);
    }

    @Override
    public SimpleVersionedSerializer<BufferedRequestState<ElasticsearchDocument>> getWriterStateSerializer() {
        return new ElasticsearchDocumentStateSerializer();
    }

    /** Documents are already in their final form upstream, where the converters are plain, tested classes. */
    static final class IdentityConverter implements ElementConverter<ElasticsearchDocument, ElasticsearchDocument> {
        @Override
        public ElasticsearchDocument apply(ElasticsearchDocument element, org.apache.flink.api.connector.sink2.SinkWriter.Context context) {
            return element;
        }
    }
}
