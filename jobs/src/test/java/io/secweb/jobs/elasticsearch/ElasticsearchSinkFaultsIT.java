package io.secweb.jobs.elasticsearch;

import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.config.Backoff;
import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.core.documents.EventDocuments;
import io.secweb.core.elasticsearch.ElasticsearchConnection;
import io.secweb.core.testing.FeedEvents;
import io.secweb.infra.testing.RealInfrastructure;
import io.secweb.infra.testing.TestNames;
import io.secweb.jobs.setup.StackSetup;
import io.secweb.jobs.testing.Elastic;
import io.secweb.jobs.testing.FaultInjectingProxy;
import io.secweb.jobs.testing.TestJobs;
import io.secweb.schemas.SecwebNames;
import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Elasticsearch sink against the real node through a fault-injecting proxy: bursts of 429 and 503, a 30-second
 * refusal of connections, and a document the node rejects for good. Nothing may be lost or duplicated, and the job
 * must not fail (restarts are off, so any failure fails the test).
 */
@Tag("faults")
@ExtendWith(RealInfrastructure.class)
class ElasticsearchSinkFaultsIT {
    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private String prefix;
    private Elastic elastic;
    private FaultInjectingProxy proxy;

    @BeforeEach
    void setUp() throws Exception {
        prefix = TestNames.unique("sink");
        elastic = new Elastic();
        StackSetup.installTemplates(elastic.client(), prefix);
        proxy = new FaultInjectingProxy(RealInfrastructure.elasticsearch().url());
    }

    @AfterEach
    void tearDown() throws Exception {
        proxy.close();
        StackSetup.deleteIndices(elastic.client(), prefix);
        elastic.close();
    }

    private static FeedEvent event(int i) {
        return FeedEvents.exercise("ex-" + i).on(LocalDate.of(2020 + i % 3, 1 + i % 12, 1 + i % 28)).noEnd().participants("AUS", "JPN")
                .tags("test").name("Exercise " + i).scale("medium").build();
    }

    private List<ElasticsearchDocument> documents(int n) {
        return IntStream.range(0, n).mapToObj(i -> EventDocuments.toElasticsearch(event(i), prefix)).collect(Collectors.toCollection(ArrayList::new));
    }

    private void write(List<ElasticsearchDocument> docs) throws Exception {
        StreamExecutionEnvironment env = TestJobs.environment();
        ElasticsearchSinkOptions options = ElasticsearchSinkOptions.defaults(ElasticsearchConnection.of(proxy.url()), prefix)
                .withBatching(20, Duration.ofMillis(50))
                .withMaxInFlightRequests(1)
                .withBackoff(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2)));
        env.fromData(docs).sinkTo(ElasticsearchSink.of(options)).name("sink-under-test");
        env.execute("sink-faults");
    }

    private Set<String> storedIds() {
        return elastic.all(SecwebNames.alias(prefix, SecwebNames.EVENTS)).stream().map(Hit::id).collect(Collectors.toSet());
    }

    @Test
    void survivesBurstsOf429And503WithoutLosingOrDuplicatingADocument() throws Exception {
        // bulk requests 2–7 are refused with 429 and 503 in turn, then everything passes
        proxy.onBulk(n -> n >= 2 && n <= 7 ? (n % 2 == 0 ? 429 : 503) : null);
        write(documents(300));

        assertThat(proxy.injected()).containsExactly(429, 503, 429, 503, 429, 503);
        assertThat(elastic.count(SecwebNames.alias(prefix, SecwebNames.EVENTS))).isEqualTo(300);
        assertThat(storedIds()).hasSize(300);
        assertThat(elastic.all(SecwebNames.alias(prefix, SecwebNames.EVENTS))).allSatisfy(h -> assertThat(h.version()).isEqualTo(1L));
    }

    @Test
    void waitsOutThirtySecondsOfRefusedConnectionsAndThenWritesEverything() throws Exception {
        long[] refusedAt = new long[1];
        proxy.onBulk(n -> {
            if (n == 3) {
                refusedAt[0] = System.nanoTime();
                proxy.refuseConnectionsFor(Duration.ofSeconds(30));
                return 503;
            }
            return null;
        });
        long start = System.nanoTime();
        write(documents(300));
        long finished = System.nanoTime();

        assertThat(refusedAt[0]).isPositive();
        assertThat(Duration.ofNanos(finished - refusedAt[0])).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(proxy.listening()).isTrue();
        assertThat(storedIds()).hasSize(300);
        assertThat(elastic.count(SecwebNames.alias(prefix, SecwebNames.EVENTS))).isEqualTo(300);
        System.out.printf("[sink] 300 documents through a 30 s outage in %d ms%n", Duration.ofNanos(finished - start).toMillis());
    }

    @Test
    void deadLettersADocumentTheNodeRejectsAndWritesTheRest() throws Exception {
        List<ElasticsearchDocument> docs = documents(100);
        ElasticsearchDocument good = docs.get(50);
        // a field the strict mapping does not know: the real node answers this item with 400
        docs.set(50, new ElasticsearchDocument(good.index(), good.id(), good.version(), good.opType(),
                good.source().replaceFirst("\\{", "{\"unmapped_field\":true,")));
        write(docs);

        assertThat(storedIds()).hasSize(99).doesNotContain(good.id());
        List<Hit<JsonNode>> dead = elastic.all(SecwebNames.alias(prefix, SecwebNames.DEADLETTER));
        assertThat(dead).singleElement().satisfies(h -> {
            assertThat(h.source().at("/error/code").asText()).isEqualTo("rejected_by_elasticsearch");
            assertThat(h.source().at("/error/message").asText()).contains("400", "strict_dynamic_mapping_exception", "unmapped_field");
            assertThat(h.source().at("/secweb/deadletter/event_id").asText()).isEqualTo(good.id());
            assertThat(h.source().at("/secweb/deadletter/origin/index").asText()).isEqualTo(good.index());
            assertThat(h.source().at("/secweb/deadletter/payload").asText()).contains("unmapped_field");
        });
    }
}
