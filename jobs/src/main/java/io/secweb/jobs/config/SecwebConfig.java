package io.secweb.jobs.config;

import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configuration file (deploy/config/*.yaml), as records. Absent keys take the defaults shown in
 * deploy/config/local.yaml; {@link ConfigLoader} reads and validates it with messages that name the key.
 */
public record SecwebConfig(Kafka kafka, Elasticsearch elasticsearch, Ingest ingest, Map<String, String> flink) implements Serializable {

    public SecwebConfig {
        kafka = kafka == null ? new Kafka(null, null, null, null, null, null, null) : kafka;
        elasticsearch = elasticsearch == null ? new Elasticsearch(null, null, null, null, null, null, null) : elasticsearch;
        ingest = ingest == null ? new Ingest(null) : ingest;
        flink = flink == null ? Map.of() : Map.copyOf(flink);
    }

    public static SecwebConfig defaults() {
        return new SecwebConfig(null, null, null, null);
    }

    /**
     * @param startingOffsets where a new consumer group starts: earliest, latest, or committed (earliest when none)
     * @param deliveryGuarantee exactly_once (transactions, visible after each checkpoint) or at_least_once
     */
    public record Kafka(String bootstrapServers, String topicPrefix, String consumerGroup, String startingOffsets, String deliveryGuarantee,
                        String transactionalIdPrefix, Integer partitions) implements Serializable {
        public Kafka {
            topicPrefix = topicPrefix == null ? "" : topicPrefix;
            bootstrapServers = bootstrapServers == null ? "127.0.0.1:9092" : bootstrapServers;
            consumerGroup = consumerGroup == null ? "secweb-ingest" : consumerGroup;
            startingOffsets = startingOffsets == null ? "committed" : startingOffsets;
            deliveryGuarantee = deliveryGuarantee == null ? "exactly_once" : deliveryGuarantee;
            transactionalIdPrefix = transactionalIdPrefix == null ? "secweb-ingest" : transactionalIdPrefix;
            partitions = partitions == null ? 1 : partitions;
        }
    }

    public record Elasticsearch(String url, String indexPrefix, Integer bulkMaxActions, Duration bulkFlushInterval,
                                Integer maxInFlightRequests, Duration retryInitialBackoff, Duration retryMaxBackoff) implements Serializable {
        public Elasticsearch {
            url = url == null ? "http://127.0.0.1:9200" : url;
            indexPrefix = indexPrefix == null ? "secweb" : indexPrefix;
            bulkMaxActions = bulkMaxActions == null ? 500 : bulkMaxActions;
            bulkFlushInterval = bulkFlushInterval == null ? Duration.ofMillis(500) : bulkFlushInterval;
            maxInFlightRequests = maxInFlightRequests == null ? 2 : maxInFlightRequests;
            retryInitialBackoff = retryInitialBackoff == null ? Duration.ofMillis(200) : retryInitialBackoff;
            retryMaxBackoff = retryMaxBackoff == null ? Duration.ofSeconds(10) : retryMaxBackoff;
        }
    }

    public record Ingest(Integer maxDaysInFuture) implements Serializable {
        public Ingest {
            maxDaysInFuture = maxDaysInFuture == null ? 400 : maxDaysInFuture;
        }
    }

    public SecwebConfig withKafka(String bootstrapServers) {
        return new SecwebConfig(new Kafka(bootstrapServers, kafka.topicPrefix(), kafka.consumerGroup(), kafka.startingOffsets(), kafka.deliveryGuarantee(),
                kafka.transactionalIdPrefix(), kafka.partitions()), elasticsearch, ingest, flink);
    }

    /** The topic namespace: {@code kafka.topic_prefix} in front of every name in {@link io.secweb.schemas.SecwebNames}. */
    public io.secweb.schemas.Topics topics() {
        return new io.secweb.schemas.Topics(kafka.topicPrefix());
    }

    public SecwebConfig withElasticsearchUrl(String url) {
        return new SecwebConfig(kafka, new Elasticsearch(url, elasticsearch.indexPrefix(), elasticsearch.bulkMaxActions(),
                elasticsearch.bulkFlushInterval(), elasticsearch.maxInFlightRequests(), elasticsearch.retryInitialBackoff(),
                elasticsearch.retryMaxBackoff()), ingest, flink);
    }

    public SecwebConfig withFlink(String key, String value) {
        Map<String, String> f = new LinkedHashMap<>(flink);
        f.put(key, value);
        return new SecwebConfig(kafka, elasticsearch, ingest, f);
    }
}
