package io.secweb.jobs.ingest;

import java.io.Serializable;

/**
 * What the ingest pipeline itself needs to know.
 *
 * @param indexPrefix     Elasticsearch indices are {@code <prefix>-events-<yyyy>} and {@code <prefix>-deadletter-<yyyy>}
 * @param maxDaysInFuture an event starting later than today plus this many days is rejected as a date error
 */
public record IngestOptions(String indexPrefix, int maxDaysInFuture) implements Serializable {}
