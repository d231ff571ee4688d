package io.secweb.jobs.indicators;

import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.core.indicators.ScopedEvent;
import io.secweb.core.network.model.NetworkModel;
import io.secweb.jobs.flink.SecwebFlinkTypes;
import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The indicators pipeline: normalised events (with event-time timestamps and watermarks) → routed to the scopes
 * they touch → per-scope network state and daily indicators → documents to Elasticsearch and Kafka. The job and the
 * tests both call {@link #build}.
 */
public final class IndicatorsPipeline {
    private IndicatorsPipeline() {}

    public static DataStream<ElasticsearchDocument> build(DataStream<FeedEvent> events, IndicatorsSinks sinks, IndicatorsOptions options) {
        SecwebFlinkTypes.register();
        SingleOutputStreamOperator<ElasticsearchDocument> documents = events
                .flatMap(new ScopeRouter(options.scopes(), new NetworkModel(options.settings()))).name("route-to-scopes").uid("route-to-scopes")
                .keyBy(new ScopeKey())
                .process(new ScopeNetworkFunction(options)).name("scope-network-indicators").uid("scope-network-indicators");
        documents.sinkTo(sinks.elasticsearch()).name("indicators-to-elasticsearch").uid("indicators-to-elasticsearch");
        documents.sinkTo(sinks.kafka()).name("indicators-to-kafka").uid("indicators-to-kafka");
        return documents;
    }

    static final class ScopeKey implements KeySelector<ScopedEvent, String> {
        @Override
        public String getKey(ScopedEvent e) {
            return e.scope();
        }
    }
}
