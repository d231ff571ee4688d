package io.secweb.jobs.bench;

import io.secweb.core.documents.EventDocuments;
import io.secweb.core.ingest.FeedEventNormaliser;
import io.secweb.core.ingest.FeedRecordParser;
import io.secweb.core.ingest.RawRecord;
import io.secweb.core.testing.FeedEvents;
import io.secweb.schemas.Topics;
import io.secweb.schemas.codec.FeedEventValidator;
import io.secweb.schemas.country.CountryRegistry;
import io.secweb.schemas.event.EventType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The per-record cost of the ingest hot path: parse + JSON Schema validation + normalisation + fingerprint, and the
 * conversion to an Elasticsearch document. Run with {@code ./secweb bench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IngestBenchmarks {
    private FeedRecordParser parser;
    private List<RawRecord> records;
    private int next;

    @Setup
    public void setUp() {
        parser = new FeedRecordParser(FeedEventValidator.forFeedEvents(),
                new FeedEventNormaliser(CountryRegistry.bundled(), Topics.live(), 400, Clock.systemUTC()));
        Topics topics = Topics.live();
        long offset = 0;
        List<RawRecord> rs = new java.util.ArrayList<>();
        for (String line : FeedEvents.sample()) {
            EventType type = line.contains("\"type\":\"exercise\"") ? EventType.EXERCISE
                    : line.contains("\"type\":\"agreement\"") ? EventType.AGREEMENT : EventType.COERCION;
            rs.add(new RawRecord(topics.feed(type), 0, offset++, 0L, line));
        }
        rs.add(new RawRecord(topics.feed(EventType.EXERCISE), 0, offset, 0L, "{\"id\": broken"));
        records = rs;
    }

    @Benchmark
    public Object parseValidateNormalise() {
        RawRecord r = records.get(next++ % records.size());
        return parser.parse(r);
    }

    @Benchmark
    public Object parseValidateNormaliseAndConvert() {
        RawRecord r = records.get(next++ % records.size());
        FeedRecordParser.Outcome o = parser.parse(r);
        return o.accepted() == null ? o.rejected() : EventDocuments.toElasticsearch(o.accepted().event(), "secweb");
    }
}
