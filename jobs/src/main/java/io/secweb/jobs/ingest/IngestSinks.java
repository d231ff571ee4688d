package io.secweb.jobs.ingest;

import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.schemas.deadletter.DeadLetter;
import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.api.connector.sink2.Sink;

/**
 * Where the ingest pipeline writes: normalised events (Kafka secweb.events), dead letters (Kafka
 * secweb.deadletter), and the Elasticsearch documents of both.
 */
public record IngestSinks(Sink<FeedEvent> events, Sink<DeadLetter> deadLetters, Sink<ElasticsearchDocument> elasticsearch) {}
