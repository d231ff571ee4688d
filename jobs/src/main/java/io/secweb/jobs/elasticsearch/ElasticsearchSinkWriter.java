package io.secweb.jobs.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.core.documents.SinkRejections;
import io.secweb.core.elasticsearch.BulkFailureClassifier;
import io.secweb.core.elasticsearch.ElasticsearchClients;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.base.sink.writer.AsyncSinkWriter;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.ElementConverter;
import org.apache.flink.connector.base.sink.writer.ResultHandler;
import org.apache.flink.connector.base.sink.writer.config.AsyncSinkWriterConfiguration;
import org.apache.flink.metrics.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends batches with the bulk API and sorts every outcome: done, retry after backoff, dead letter, or fatal.
 * A retry keeps its request "in flight" until the backoff has passed, so an outage fills the in-flight slots and
 * back-pressures the job instead of failing it.
 */
final class ElasticsearchSinkWriter extends AsyncSinkWriter<ElasticsearchDocument, ElasticsearchDocument> {
    private static final Logger LOG = LoggerFactory.getLogger(ElasticsearchSinkWriter.class);

    private final ElasticsearchSinkOptions options;
    private final ElasticsearchClients clients;
    private final ElasticsearchAsyncClient client;
    private final ScheduledExecutorService retryTimer;
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private final Counter written;
    private final Counter conflicts;
    private final Counter deadLettered;
    private final Counter retries;

    ElasticsearchSinkWriter(ElementConverter<ElasticsearchDocument, ElasticsearchDocument> converter, WriterInitContext context,
                            ElasticsearchSinkOptions options, Collection<BufferedRequestState<ElasticsearchDocument>> state) {
        super(converter, context, AsyncSinkWriterConfiguration.builder()
                .setMaxBatchSize(options.maxBatchActions())
                .setMaxBatchSizeInBytes(options.maxBatchBytes())
                .setMaxInFlightRequests(options.maxInFlightRequests())
                .setMaxBufferedRequests(options.maxBufferedDocuments())
                .setMaxTimeInBufferMS(options.maxTimeInBuffer().toMillis())
                .setMaxRecordSizeInBytes(options.maxDocumentBytes())
                .setRequestTimeoutMS(options.requestTimeout().toMillis())
                .setFailOnTimeout(false)
                .build(), state);
        this.options = options;
        this.clients = new ElasticsearchClients(options.connection());
        this.client = clients.async();
        this.retryTimer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "es-sink-retry");
            t.setDaemon(true);
            return t;
        });
        var metrics = context.metricGroup().addGroup("elasticsearch");
        this.written = metrics.counter("documentsWritten");
        this.conflicts = metrics.counter("documentsAlreadyCurrent");
        this.deadLettered = metrics.counter("documentsDeadLettered");
        this.retries = metrics.counter("retries");
    }

    @Override
    protected void submitRequestEntries(List<ElasticsearchDocument> documents, ResultHandler<ElasticsearchDocument> handler) {
        BulkRequest request = toBulkRequest(documents);
        client.bulk(request).whenComplete((response, failure) -> {
            try {
                if (failure != null) {
                    onRequestFailure(documents, handler, failure);
                } else {
                    onResponse(documents, response, handler);
                }
            } catch (RuntimeException e) {
                handler.completeExceptionally(e);
            }
        });
    }

    static BulkRequest toBulkRequest(List<ElasticsearchDocument> documents) {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (ElasticsearchDocument doc : documents) {
            BinaryData source = BinaryData.of(doc.source().getBytes(StandardCharsets.UTF_8), "application/json");
            if (doc.opType() == ElasticsearchDocument.OpType.CREATE) {
                bulk.operations(BulkOperation.of(o -> o.create(c -> c.index(doc.index()).id(doc.id()).document(source))));
            } else {
                bulk.operations(BulkOperation.of(o -> o.index(i -> {
                    i.index(doc.index()).id(doc.id()).document(source);
                    if (doc.version() != null) {
                        i.version(doc.version()).versionType(VersionType.External);
                    }
                    return i;
                })));
            }
        }
        return bulk.build();
    }

    private void onResponse(List<ElasticsearchDocument> documents, BulkResponse response, ResultHandler<ElasticsearchDocument> handler) {
        List<BulkResponseItem> items = response.items();
        List<ElasticsearchDocument> again = new ArrayList<>();
        boolean backOff = false;
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            ElasticsearchDocument doc = documents.get(i);
            ErrorCause error = item.error();
            switch (BulkFailureClassifier.forItem(item.status(), error == null ? null : error.type())) {
                case DONE -> {
                    if (error == null) {
                        written.inc();
                    } else {
                        conflicts.inc();
                    }
                }
                case RETRY -> {
                    again.add(doc);
                    backOff = true;
                }
                case DEAD_LETTER -> {
                    String why = "HTTP " + item.status() + " " + error.type() + ": " + error.reason();
                    if (SinkRejections.isDeadLetter(doc, options.deadLetterIndexPrefix())) {
                        // a dead letter that cannot be stored either: say so loudly, never loop on it
                        LOG.error("Elasticsearch rejected dead-letter document {} in {}: {}", doc.id(), doc.index(), why);
                    } else {
                        again.add(SinkRejections.deadLetterFor(doc, why, options.deadLetterIndexPrefix()));
                        deadLettered.inc();
                    }
                }
                case FATAL -> {
                    handler.completeExceptionally(accessDenied(item.status(), error == null ? "" : error.reason()));
                    return;
                }
            }
        }
        if (again.isEmpty()) {
            consecutiveFailures.set(0);
            handler.complete();
        } else if (backOff) {
            retryLater(again, handler, "some bulk items were rejected with retryable errors (e.g. 429)");
        } else {
            consecutiveFailures.set(0);
            handler.retryForEntries(again);
        }
    }

    private void onRequestFailure(List<ElasticsearchDocument> documents, ResultHandler<ElasticsearchDocument> handler, Throwable failure) {
        switch (BulkFailureClassifier.forRequest(failure)) {
            case RETRY -> retryLater(documents, handler, describe(failure));
            default -> {
                Integer status = null;
                for (Throwable t = failure; t != null && status == null; t = t.getCause()) {
                    status = BulkFailureClassifier.statusOf(t);
                }
                handler.completeExceptionally(status != null && (status == 401 || status == 403)
                        ? accessDenied(status, describe(failure))
                        : isTls(failure) ? new ElasticsearchSinkException(ElasticsearchClients.explain(failure, options.connection()), null)
                        : new ElasticsearchSinkException("bulk request to " + options.connection().url() + " failed permanently: "
                        + describe(failure), failure));
            }
        }
    }

    private void retryLater(List<ElasticsearchDocument> documents, ResultHandler<ElasticsearchDocument> handler, String why) {
        int attempt = consecutiveFailures.incrementAndGet();
        Duration delay = options.backoff().delay(attempt);
        retries.inc();
        if (attempt == 1 || attempt % 10 == 0) {
            LOG.warn("Elasticsearch at {} unavailable ({}); retry {} of {} documents in {} ms",
                    options.connection().url(), why, attempt, documents.size(), delay.toMillis());
        }
        retryTimer.schedule(() -> handler.retryForEntries(documents), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private ElasticsearchSinkException accessDenied(int status, String detail) {
        return new ElasticsearchSinkException("Elasticsearch at " + options.connection().url() + " refused the sink (HTTP " + status
                + (status == 401 ? ", not authenticated" : ", not authorised") + " for " + options.connection().identity()
                + "): set SECWEB_ES_USERNAME and SECWEB_ES_PASSWORD, or SECWEB_ES_API_KEY (environment or secrets file), "
                + "to credentials allowed to write to the secweb indices. " + detail, null);
    }

    private static boolean isTls(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof javax.net.ssl.SSLException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    @Override
    protected long getSizeInBytes(ElasticsearchDocument document) {
        return document.sizeInBytes();
    }

    @Override
    public void close() {
        super.close();
        retryTimer.shutdownNow();
        try {
            clients.close();
        } catch (IOException e) {
            LOG.warn("closing the Elasticsearch client failed", e);
        }
    }
}
