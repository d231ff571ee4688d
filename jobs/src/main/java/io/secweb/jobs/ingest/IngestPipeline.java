package io.secweb.jobs.ingest;

import io.secweb.core.documents.DeadLetterDocuments;
import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.core.documents.EventDocuments;
import io.secweb.core.ingest.IngestedEvent;
import io.secweb.core.ingest.RawRecord;
import io.secweb.jobs.flink.SecwebFlinkTypes;
import io.secweb.schemas.deadletter.DeadLetter;
import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The ingest pipeline: raw feed records → parse, validate, normalise → de-duplicate by (id, revision) →
 * normalised events and dead letters, each to Kafka and to Elasticsearch. The job and the tests both call
 * {@link #build}; nothing here knows where the records come from or which sinks are real.
 */
public final class IngestPipeline {
    private IngestPipeline() {}

    /** The pipeline's two result streams, for callers that want to attach more. */
    public record Outputs(DataStream<FeedEvent> events, DataStream<DeadLetter> deadLetters) {}

    public static Outputs build(DataStream<RawRecord> feed, IngestSinks sinks, IngestOptions options) {
        SecwebFlinkTypes.register();
        SingleOutputStreamOperator<IngestedEvent> parsed = feed
                .process(new ParseValidateNormaliseFunction(options.topics(), options.maxDaysInFuture()))
                .name("parse-validate-normalise").uid("parse-validate-normalise");

        SingleOutputStreamOperator<FeedEvent> events = parsed
                .keyBy(new EventIdKey())
                .process(new RevisionDeduplicator())
                .name("dedupe-by-revision").uid("dedupe-by-revision");

        DataStream<DeadLetter> deadLetters = parsed.getSideOutput(ParseValidateNormaliseFunction.DEAD_LETTERS)
                .union(events.getSideOutput(RevisionDeduplicator.DEAD_LETTERS));

        events.sinkTo(sinks.events()).name("events-to-kafka").uid("events-to-kafka");
        deadLetters.sinkTo(sinks.deadLetters()).name("dead-letters-to-kafka").uid("dead-letters-to-kafka");

        DataStream<ElasticsearchDocument> eventDocs = events.map(new EventToDocument(options.indexPrefix()))
                .name("event-documents").uid("event-documents");
        DataStream<ElasticsearchDocument> deadLetterDocs = deadLetters.map(new DeadLetterToDocument(options.indexPrefix()))
                .name("dead-letter-documents").uid("dead-letter-documents");
        eventDocs.union(deadLetterDocs).sinkTo(sinks.elasticsearch()).name("to-elasticsearch").uid("to-elasticsearch");

        return new Outputs(events, deadLetters);
    }

    /** Keys ingested events by their feed id. */
    static final class EventIdKey implements KeySelector<IngestedEvent, String> {
        @Override
        public String getKey(IngestedEvent e) {
            return e.event().id();
        }
    }

    static final class EventToDocument implements MapFunction<FeedEvent, ElasticsearchDocument> {
        private final String indexPrefix;

        EventToDocument(String indexPrefix) {
            this.indexPrefix = indexPrefix;
        }

        @Override
        public ElasticsearchDocument map(FeedEvent e) {
            return EventDocuments.toElasticsearch(e, indexPrefix);
        }
    }

    static final class DeadLetterToDocument implements MapFunction<DeadLetter, ElasticsearchDocument> {
        private final String indexPrefix;

        DeadLetterToDocument(String indexPrefix) {
            this.indexPrefix = indexPrefix;
        }

        @Override
        public ElasticsearchDocument map(DeadLetter d) {
            return DeadLetterDocuments.toElasticsearch(d, indexPrefix);
        }
    }
}
