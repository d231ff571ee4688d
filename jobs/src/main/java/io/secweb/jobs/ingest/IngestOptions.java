package io.secweb.jobs.ingest;

import io.secweb.schemas.Topics;

import java.io.Serializable;

/**
 * What the ingest pipeline itself needs to know.
 *
 * @param topics          the topic namespace the feed is read from (a record on the wrong type's topic is rejected)
 * @param indexPrefix     Elasticsearch indices are {@code <prefix>-events-<yyyy>} and {@code <prefix>-deadletter-<yyyy>}
 * @param maxDaysInFuture an event starting later than today plus this many days is rejected as a date error
 */
public record IngestOptions(Topics topics, String indexPrefix, int maxDaysInFuture) implements Serializable {}
