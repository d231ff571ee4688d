package io.secweb.jobs.replay;

import io.secweb.core.config.ConfigException;
import io.secweb.core.config.ConfigLoader;
import io.secweb.core.config.SecwebConfig;
import io.secweb.core.elasticsearch.ElasticsearchClients;
import io.secweb.core.elasticsearch.ElasticsearchConnection;
import io.secweb.jobs.security.KafkaSecurity;
import io.secweb.schemas.SecwebNames;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The namespace a replay or backfill writes to: live (the live topics and indices, run "live"), or its own run
 * (topics {@code replay-<id>.secweb.*}, one index per kind {@code secweb-replay-<id>-<kind>-run} behind the alias
 * {@code secweb-replay-<id>-<kind>}, documents tagged run mode replay and
 * the run id — so replays never mix with, or page, the live system).
 */
public final class ReplayRun {
    private ReplayRun() {}

    public static SecwebConfig configure(ReplayOptions o) {
        SecwebConfig base = Files.exists(o.config()) ? ConfigLoader.load(o.config()) : SecwebConfig.defaults();
        base = base.withKafka(o.kafka()).withElasticsearchUrl(o.esUrl());
        if (o.live()) {
            return base;
        }
        String id = o.runId() != null ? o.runId() : LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String yaml = """
                kafka:
                  topic_prefix: "replay-%1$s."
                  consumer_group: replay-%1$s-ingest
                  starting_offsets: earliest
                  delivery_guarantee: %2$s
                  transactional_id_prefix: replay-%1$s
                elasticsearch:
                  index_prefix: %4$s
                indicators:
                  consumer_group: replay-%1$s-indicators
                  first_day: %3$s
                run:
                  mode: replay
                  id: %1$s
                """.formatted(id, base.kafka().deliveryGuarantee(), base.indicators().firstDay(), SecwebNames.replayPrefix(id));
        SecwebConfig run = ConfigLoader.parse(yaml, "replay run");
        return new SecwebConfig(new SecwebConfig.Kafka(base.kafka().bootstrapServers(), run.kafka().topicPrefix(), run.kafka().consumerGroup(),
                "earliest", base.kafka().deliveryGuarantee(), run.kafka().transactionalIdPrefix(), base.kafka().partitions()),
                new SecwebConfig.Elasticsearch(base.elasticsearch().url(), run.elasticsearch().indexPrefix(), base.elasticsearch().bulkMaxActions(),
                        base.elasticsearch().bulkFlushInterval(), base.elasticsearch().maxInFlightRequests(),
                        base.elasticsearch().retryInitialBackoff(), base.elasticsearch().retryMaxBackoff()),
                base.ingest(),
                new SecwebConfig.Indicators(base.indicators().networkConfig(), base.indicators().firstDay(),
                        base.indicators().allowedLatenessDays(), base.indicators().outOfOrderness(), base.indicators().idleness(),
                        base.indicators().liveUpdateInterval(), base.indicators().relativeTolerance(), run.indicators().consumerGroup()),
                // the same rules, their own consumer group; replays never page (no webhook)
                new SecwebConfig.Alerts(base.alerts().rules(), "replay-" + id + "-alerts", null),
                run.run(), base.flink());
    }

    /** Fails with a clear message when Kafka does not answer within a few seconds. */
    public static void requireKafka(String bootstrap) {
        KafkaSecurity security = KafkaSecurity.fromEnvironment();
        Properties p = security.clientProperties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        p.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        try (Admin admin = Admin.create(p)) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(5000)).clusterId().get(6, TimeUnit.SECONDS);
        } catch (Exception e) {
            String why = security.explain(e, bootstrap);
            if (why != null) {
                throw new ConfigException(why);
            }
            throw new ConfigException("cannot reach Kafka at " + bootstrap + " (is the local stack running? ./secweb local --detach; "
                    + "or name another broker with --kafka HOST:PORT)");
        }
    }

    /** Fails with a clear message when Elasticsearch does not answer. */
    public static void requireElasticsearch(String url) {
        ElasticsearchConnection connection = ElasticsearchConnection.of(url);
        try (ElasticsearchClients clients = new ElasticsearchClients(connection)) {
            clients.sync().cluster().health();
        } catch (IOException | RuntimeException e) {
            String why = ElasticsearchClients.explain(e, connection);
            throw new ConfigException(why.startsWith("cannot reach") ? "cannot reach Elasticsearch at " + url
                    + " (is the local stack running? ./secweb local --detach; or name another with --es-url URL)" : why);
        }
    }
}
