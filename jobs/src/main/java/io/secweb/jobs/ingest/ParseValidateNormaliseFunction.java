package io.secweb.jobs.ingest;

import io.secweb.core.ingest.FeedEventNormaliser;
import io.secweb.core.ingest.FeedRecordParser;
import io.secweb.core.ingest.IngestedEvent;
import io.secweb.core.ingest.RawRecord;
import io.secweb.schemas.Topics;
import io.secweb.schemas.codec.FeedEventValidator;
import io.secweb.schemas.country.CountryRegistry;
import io.secweb.schemas.deadletter.DeadLetter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import java.time.Clock;

/** Runs {@link FeedRecordParser} on each raw record: valid events go on, rejections go to the dead-letter side output. */
public final class ParseValidateNormaliseFunction extends ProcessFunction<RawRecord, IngestedEvent> {
    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {};

    private final Topics topics;
    private final int maxDaysInFuture;
    private transient FeedRecordParser parser;
    private transient Counter accepted;
    private transient Counter rejected;

    public ParseValidateNormaliseFunction(Topics topics, int maxDaysInFuture) {
        this.topics = topics;
        this.maxDaysInFuture = maxDaysInFuture;
    }

    @Override
    public void open(OpenContext context) {
        parser = new FeedRecordParser(FeedEventValidator.forFeedEvents(),
                new FeedEventNormaliser(CountryRegistry.bundled(), topics, maxDaysInFuture, Clock.systemUTC()));
        accepted = getRuntimeContext().getMetricGroup().counter("recordsAccepted");
        rejected = getRuntimeContext().getMetricGroup().counter("recordsDeadLettered");
    }

    @Override
    public void processElement(RawRecord raw, Context ctx, Collector<IngestedEvent> out) {
        FeedRecordParser.Outcome outcome = parser.parse(raw);
        if (outcome.accepted() != null) {
            accepted.inc();
            out.collect(outcome.accepted());
        } else {
            rejected.inc();
            ctx.output(DEAD_LETTERS, outcome.rejected());
        }
    }
}
