package io.secweb.jobs.alerts;

import io.secweb.core.documents.ElasticsearchDocument;
import org.apache.flink.api.connector.sink2.Sink;

/** Where the alerts job writes: alert documents to Elasticsearch and Kafka secweb.alerts, dead letters to Elasticsearch. */
public record AlertsSinks(Sink<ElasticsearchDocument> elasticsearch, Sink<ElasticsearchDocument> kafka, Sink<ElasticsearchDocument> deadLetters) {}
