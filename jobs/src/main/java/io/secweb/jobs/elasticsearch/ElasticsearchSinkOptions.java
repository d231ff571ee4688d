package io.secweb.jobs.elasticsearch;

import io.secweb.core.config.Backoff;
import io.secweb.core.elasticsearch.ElasticsearchConnection;

import java.io.Serializable;
import java.time.Duration;

/**
 * Settings of the Elasticsearch sink.
 *
 * @param connection             where and how to connect
 * @param deadLetterIndexPrefix  documents rejected with a permanent error go to {@code <prefix>-deadletter-<yyyy>}
 * @param backoff                delays between retries of 429/503/timeouts/refused connections (retried without limit)
 */
public record ElasticsearchSinkOptions(
        ElasticsearchConnection connection,
        String deadLetterIndexPrefix,
        int maxBatchActions,
        long maxBatchBytes,
        int maxInFlightRequests,
        int maxBufferedDocuments,
        Duration maxTimeInBuffer,
        long maxDocumentBytes,
        Duration requestTimeout,
        Backoff backoff) implements Serializable {

    public static ElasticsearchSinkOptions defaults(ElasticsearchConnection connection, String deadLetterIndexPrefix) {
        return new ElasticsearchSinkOptions(connection, deadLetterIndexPrefix, 500, 5L * 1024 * 1024, 2, 10_000,
                Duration.ofMillis(500), 1024L * 1024, Duration.ofMinutes(10),
                new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10)));
    }

    public ElasticsearchSinkOptions withBackoff(Backoff b) {
        return new ElasticsearchSinkOptions(connection, deadLetterIndexPrefix, maxBatchActions, maxBatchBytes, maxInFlightRequests,
                maxBufferedDocuments, maxTimeInBuffer, maxDocumentBytes, requestTimeout, b);
    }

    public ElasticsearchSinkOptions withMaxInFlightRequests(int n) {
        return new ElasticsearchSinkOptions(connection, deadLetterIndexPrefix, maxBatchActions, maxBatchBytes, n,
                maxBufferedDocuments, maxTimeInBuffer, maxDocumentBytes, requestTimeout, backoff);
    }

    public ElasticsearchSinkOptions withBatching(int actions, Duration maxTime) {
        return new ElasticsearchSinkOptions(connection, deadLetterIndexPrefix, actions, maxBatchBytes, maxInFlightRequests,
                Math.max(maxBufferedDocuments, actions * 4), maxTime, maxDocumentBytes, requestTimeout, backoff);
    }
}
