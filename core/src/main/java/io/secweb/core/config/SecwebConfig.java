package io.secweb.core.config;

import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configuration file (deploy/config/*.yaml), as records. Absent keys take the defaults shown in
 * deploy/config/local.yaml; {@link ConfigLoader} reads and validates it with messages that name the key.
 */
public record SecwebConfig(Kafka kafka, Elasticsearch elasticsearch, Ingest ingest, Indicators indicators, Alerts alerts, Run run,
                           Map<String, String> flink, Dashboard dashboard) implements Serializable {

    public SecwebConfig {
        alerts = alerts == null ? new Alerts(null, null, null) : alerts;
        indicators = indicators == null ? new Indicators(null, null, null, null, null, null, null, null) : indicators;
        run = run == null ? new Run(null, null) : run;
        kafka = kafka == null ? new Kafka(null, null, null, null, null, null, null) : kafka;
        elasticsearch = elasticsearch == null ? new Elasticsearch(null, null, null, null, null, null, null) : elasticsearch;
        ingest = ingest == null ? new Ingest(null) : ingest;
        flink = flink == null ? Map.of() : Map.copyOf(flink);
        dashboard = dashboard == null ? new Dashboard(null, null, null, null) : dashboard;
    }

    /** Without a dashboard section (the jobs do not read it). */
    public SecwebConfig(Kafka kafka, Elasticsearch elasticsearch, Ingest ingest, Indicators indicators, Alerts alerts, Run run,
                        Map<String, String> flink) {
        this(kafka, elasticsearch, ingest, indicators, alerts, run, flink, null);
    }

    public static SecwebConfig defaults() {
        return new SecwebConfig(null, null, null, null, null, null, null, null);
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

    /**
     * @param networkConfig    scopes, weights and half-lives (deploy/config/network.yaml); null = the bundled defaults
     * @param firstDay         no indicator day before this is computed
     * @param allowedLatenessDays a late event restates at most this many days back; state is kept that long
     * @param outOfOrderness   how far behind the newest event an event may arrive and still be on time
     * @param idleness         a silent partition stops holding the watermark back after this long
     * @param liveUpdateInterval the open day is recomputed at most this often per scope
     * @param relativeTolerance country and dyad documents are written on changes above this fraction, weekly otherwise
     */
    public record Indicators(String networkConfig, java.time.LocalDate firstDay, Integer allowedLatenessDays, Duration outOfOrderness,
                             Duration idleness, Duration liveUpdateInterval, Double relativeTolerance, String consumerGroup)
            implements Serializable {
        public Indicators {
            firstDay = firstDay == null ? java.time.LocalDate.of(2000, 1, 1) : firstDay;
            allowedLatenessDays = allowedLatenessDays == null ? 365 : allowedLatenessDays;
            outOfOrderness = outOfOrderness == null ? Duration.ofDays(2) : outOfOrderness;
            idleness = idleness == null ? Duration.ofMinutes(1) : idleness;
            liveUpdateInterval = liveUpdateInterval == null ? Duration.ofSeconds(1) : liveUpdateInterval;
            relativeTolerance = relativeTolerance == null ? 0.05 : relativeTolerance;
            consumerGroup = consumerGroup == null ? "secweb-indicators" : consumerGroup;
        }
    }

    /**
     * @param rules         a rule file or a directory of them (*.yaml); null = no rules from files (the control topic can
     *                      still add some)
     * @param consumerGroup the consumer group of the alerts job on secweb.indicators
     * @param webhook       where FIRING and RESOLVED changes are POSTed (never for replay runs)
     */
    public record Alerts(String rules, String consumerGroup, Webhook webhook) implements Serializable {
        public Alerts {
            consumerGroup = consumerGroup == null ? "secweb-alerts" : consumerGroup;
            webhook = webhook == null ? new Webhook(null, null, null, null, null) : webhook;
        }
    }

    /**
     * @param urls           every FIRING and RESOLVED change is POSTed to each of these; empty = no webhook
     * @param maxAttempts    attempts per url before the message goes to the dead letters
     * @param initialBackoff wait after the first failed attempt, doubling up to {@code maxBackoff}
     * @param timeout        per attempt
     */
    public record Webhook(java.util.List<String> urls, Integer maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration timeout)
            implements Serializable {
        public Webhook {
            urls = urls == null ? java.util.List.of() : java.util.List.copyOf(urls);
            maxAttempts = maxAttempts == null ? 5 : maxAttempts;
            initialBackoff = initialBackoff == null ? Duration.ofMillis(500) : initialBackoff;
            maxBackoff = maxBackoff == null ? Duration.ofSeconds(8) : maxBackoff;
            timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        }
    }

    /** Which run the documents belong to: live, or a replay with its id (replays write to their own indices). */
    public record Run(String mode, String id) implements Serializable {
        public Run {
            mode = mode == null ? "live" : mode;
            id = id == null ? mode : id;
        }
    }

    /**
     * The dashboard server (dashboards/): a read-only HTTP API over Elasticsearch and the web page.
     *
     * @param bindAddress  the address it listens on; 127.0.0.1 unless it must be reachable from other hosts
     * @param port         its HTTP port (0 = any free port)
     * @param pollInterval how often the page asks for new data while it is open
     * @param maxResults   the most events, alerts or series points one request returns
     */
    public record Dashboard(String bindAddress, Integer port, Duration pollInterval, Integer maxResults) implements Serializable {
        public Dashboard {
            bindAddress = bindAddress == null ? "127.0.0.1" : bindAddress;
            port = port == null ? 8080 : port;
            pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
            maxResults = maxResults == null ? 2000 : maxResults;
        }
    }

    public SecwebConfig withDashboard(Dashboard d) {
        return new SecwebConfig(kafka, elasticsearch, ingest, indicators, alerts, run, flink, d);
    }

    public SecwebConfig withKafka(String bootstrapServers) {
        return new SecwebConfig(new Kafka(bootstrapServers, kafka.topicPrefix(), kafka.consumerGroup(), kafka.startingOffsets(), kafka.deliveryGuarantee(),
                kafka.transactionalIdPrefix(), kafka.partitions()), elasticsearch, ingest, indicators, alerts, run, flink, dashboard);
    }

    /** The topic namespace: {@code kafka.topic_prefix} in front of every name in {@link io.secweb.schemas.SecwebNames}. */
    public io.secweb.schemas.Topics topics() {
        return new io.secweb.schemas.Topics(kafka.topicPrefix());
    }

    public SecwebConfig withElasticsearchUrl(String url) {
        return new SecwebConfig(kafka, new Elasticsearch(url, elasticsearch.indexPrefix(), elasticsearch.bulkMaxActions(),
                elasticsearch.bulkFlushInterval(), elasticsearch.maxInFlightRequests(), elasticsearch.retryInitialBackoff(),
                elasticsearch.retryMaxBackoff()), ingest, indicators, alerts, run, flink, dashboard);
    }

    public SecwebConfig withAlerts(Alerts a) {
        return new SecwebConfig(kafka, elasticsearch, ingest, indicators, a, run, flink, dashboard);
    }

    public SecwebConfig withRun(Run r) {
        return new SecwebConfig(kafka, elasticsearch, ingest, indicators, alerts, r, flink, dashboard);
    }

    public SecwebConfig withFlink(String key, String value) {
        Map<String, String> f = new LinkedHashMap<>(flink);
        f.put(key, value);
        return new SecwebConfig(kafka, elasticsearch, ingest, indicators, alerts, run, f, dashboard);
    }
}
