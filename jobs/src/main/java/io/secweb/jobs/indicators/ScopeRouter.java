package io.secweb.jobs.indicators;

import io.secweb.core.indicators.ScopedEvent;
import io.secweb.core.network.model.NetworkModel;
import io.secweb.core.network.model.Scope;
import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

import java.util.List;

/**
 * Sends each event to every scope whose network it can change ({@link NetworkModel#touches}): two member participants,
 * or coercion of a member. (A later revision that no longer touches a scope is not routed there; the scope keeps the
 * earlier revision until it is evicted.)
 */
public final class ScopeRouter implements FlatMapFunction<FeedEvent, ScopedEvent> {
    private final List<Scope> scopes;
    private final NetworkModel model;

    public ScopeRouter(List<Scope> scopes, NetworkModel model) {
        this.scopes = List.copyOf(scopes);
        this.model = model;
    }

    @Override
    public void flatMap(FeedEvent e, Collector<ScopedEvent> out) {
        for (Scope s : scopes) {
            if (model.touches(e, s)) {
                out.collect(new ScopedEvent(s.name(), e));
            }
        }
    }
}
