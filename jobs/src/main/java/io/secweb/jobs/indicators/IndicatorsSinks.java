package io.secweb.jobs.indicators;

import io.secweb.core.documents.ElasticsearchDocument;
import org.apache.flink.api.connector.sink2.Sink;

/** Where indicator documents go: Elasticsearch secweb-indicators-* and Kafka secweb.indicators. */
public record IndicatorsSinks(Sink<ElasticsearchDocument> elasticsearch, Sink<ElasticsearchDocument> kafka) {}
