package io.secweb.core.documents;

import io.secweb.core.elasticsearch.IndexTemplates;
import io.secweb.schemas.deadletter.DeadLetter;
import io.secweb.schemas.deadletter.Origin;
import io.secweb.schemas.deadletter.Reason;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterDocumentsTest {
    private static final Instant RECORD_TIME = Instant.parse("2024-12-31T23:59:59Z");

    @Test
    void writesOnceToTheIndexOfTheYearOfTheRecord() {
        ElasticsearchDocument doc = DeadLetterDocuments.toElasticsearch(fromKafka(Reason.UNKNOWN_COUNTRY, 17), "it-7");

        assertThat(doc.index()).isEqualTo("it-7-deadletter-2024");
        assertThat(doc.opType()).isEqualTo(ElasticsearchDocument.OpType.CREATE);
        assertThat(doc.version()).isNull();
    }

    @Test
    void theSameDeadLetterGetsTheSameId() {
        ElasticsearchDocument first = DeadLetterDocuments.toElasticsearch(fromKafka(Reason.UNKNOWN_COUNTRY, 17), "secweb");
        ElasticsearchDocument again = DeadLetterDocuments.toElasticsearch(fromKafka(Reason.UNKNOWN_COUNTRY, 17), "secweb");

        assertThat(again.id()).isEqualTo(first.id());
    }

    @Test
    void recordsAtDifferentOffsetsGetDifferentIds() {
        String first = DeadLetterDocuments.id(fromKafka(Reason.UNKNOWN_COUNTRY, 17));
        String next = DeadLetterDocuments.id(fromKafka(Reason.UNKNOWN_COUNTRY, 18));

        assertThat(next).isNotEqualTo(first);
    }

    @Test
    void sinkRejectionsOfDifferentRevisionsGetDifferentIds() {
        String revision1 = DeadLetterDocuments.id(fromSink(1));
        String revision2 = DeadLetterDocuments.id(fromSink(2));

        assertThat(revision2).isNotEqualTo(revision1).isEqualTo(DeadLetterDocuments.id(fromSink(2)));
    }

    @Test
    void everyFieldOfTheDocumentIsInTheStrictMapping() throws Exception {
        DeadLetter everyFieldSet = new DeadLetter(Reason.STALE_REVISION.stage(), Reason.STALE_REVISION, "revision 1 of co-1 arrived after revision 2",
                "co-1", 1, "{\"id\":\"co-1\"}", new Origin("secweb.feed.coercion", 0, 17L, RECORD_TIME, "secweb-events-2024"), RECORD_TIME);

        List<String> documentFields = MappingPaths.leavesOfDocument(DeadLetterDocuments.toElasticsearch(everyFieldSet, "secweb").source());
        List<String> mappedFields = MappingPaths.leavesOfTemplate(IndexTemplates.json("deadletter", "secweb"));

        assertThat(documentFields).contains("@timestamp", "error.code", "secweb.deadletter.payload", "secweb.deadletter.origin.index");
        assertThat(mappedFields).containsAll(documentFields);
    }

    private static DeadLetter fromKafka(Reason reason, long offset) {
        return DeadLetter.of(reason, "participants[1].country: 'XXX' is not a known ISO-3166 alpha-3 country code", "ex-1", 1,
                "{\"id\":\"ex-1\"}", Origin.kafka("secweb.feed.exercises", 0, offset, RECORD_TIME));
    }

    private static DeadLetter fromSink(int revision) {
        return new DeadLetter(Reason.REJECTED_BY_ELASTICSEARCH.stage(), Reason.REJECTED_BY_ELASTICSEARCH, "mapper_parsing_exception", "ex-1",
                revision, "{}", new Origin(null, null, null, null, "secweb-events-2024"), RECORD_TIME);
    }
}
