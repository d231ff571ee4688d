package io.secweb.jobs.ingest;

import io.secweb.core.ingest.IngestedEvent;
import io.secweb.schemas.deadletter.DeadLetter;
import io.secweb.schemas.deadletter.Reason;
import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keyed by event id, keeps the highest revision seen and the fingerprint of its content:
 * a higher revision passes (a correction); the same revision with the same content is a re-send and is dropped
 * quietly (counted); the same revision with different content, or a lower revision, goes to the dead letters.
 * State per id is one small record.
 */
public final class RevisionDeduplicator extends KeyedProcessFunction<String, IngestedEvent, FeedEvent> {
    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dedupe-dead-letters") {};

    /** What is remembered per event id. */
    public record Seen(int revision, String fingerprint) {}

    private transient ValueState<Seen> seen;
    private transient Counter resent;

    @Override
    public void open(OpenContext context) {
        seen = getRuntimeContext().getState(new ValueStateDescriptor<>("highest-revision", Seen.class));
        resent = getRuntimeContext().getMetricGroup().counter("recordsResent");
    }

    @Override
    public void processElement(IngestedEvent in, Context ctx, Collector<FeedEvent> out) throws Exception {
        FeedEvent e = in.event();
        Seen last = seen.value();
        if (last == null || e.revision() > last.revision()) {
            seen.update(new Seen(e.revision(), in.fingerprint()));
            out.collect(e);
        } else if (e.revision() == last.revision() && in.fingerprint().equals(last.fingerprint())) {
            resent.inc();
        } else if (e.revision() == last.revision()) {
            ctx.output(DEAD_LETTERS, DeadLetter.of(Reason.CONFLICTING_REVISION, "revision " + e.revision() + " of " + e.id()
                    + " was already received with different content; a correction must raise the revision", e.id(), e.revision(),
                    in.payload(), in.origin()));
        } else {
            ctx.output(DEAD_LETTERS, DeadLetter.of(Reason.STALE_REVISION, "revision " + e.revision() + " of " + e.id()
                    + " arrived after revision " + last.revision() + "; the higher revision stands", e.id(), e.revision(),
                    in.payload(), in.origin()));
        }
    }
}
