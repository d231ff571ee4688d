package io.secweb.core.documents;

import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.elasticsearch.IndexTemplates;
import io.secweb.core.testing.FeedEvents;
import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.event.EventType;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventDocumentsTest {

    @Test
    void writesToTheIndexOfTheYearTheEventStarts() {
        FeedEvent acrossNewYear = FeedEvents.from(fullEvent(EventType.EXERCISE)).on("2019-12-30").until("2020-01-03").build();

        ElasticsearchDocument doc = EventDocuments.toElasticsearch(acrossNewYear, "it-7");

        assertThat(doc.index()).isEqualTo("it-7-events-2019");
    }

    @Test
    void isKeyedByEventIdAndVersionedByRevision() {
        FeedEvent e = fullEvent(EventType.COERCION);

        ElasticsearchDocument doc = EventDocuments.toElasticsearch(e, "secweb");

        assertThat(doc.id()).isEqualTo(e.id());
        assertThat(doc.version()).isEqualTo(3L);
        assertThat(doc.opType()).isEqualTo(ElasticsearchDocument.OpType.INDEX);
    }

    @Test
    void carriesEventTimeAndTheDistinctCountries() {
        FeedEvent e = fullEvent(EventType.EXERCISE);

        JsonNode source = SecwebJson.mapper().valueToTree(EventDocuments.toDocument(e));

        assertThat(source.path("@timestamp").asText()).isEqualTo(e.start().toString());
        assertThat(source.path("event").path("category").asText()).isEqualTo("exercise");
        assertThat(source.path("secweb").path("countries")).extracting(JsonNode::asText).containsExactly("JPN", "USA", "AUS");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyFieldOfTheDocumentIsInTheStrictMapping(EventType type) throws Exception {
        ElasticsearchDocument doc = EventDocuments.toElasticsearch(fullEvent(type), "secweb");

        List<String> documentFields = MappingPaths.leavesOfDocument(doc.source());
        List<String> mappedFields = MappingPaths.leavesOfTemplate(IndexTemplates.json("events", "secweb"));

        assertThat(documentFields).contains("@timestamp", "event.end", "secweb.participants.role", "secweb.source.retrieved_at", lastField(type));
        assertThat(mappedFields).containsAll(documentFields);
    }

    /** A field deep in each body, to show the walk reached it. */
    private static String lastField(EventType type) {
        return switch (type) {
            case EXERCISE -> "secweb.exercise.domains";
            case AGREEMENT -> "secweb.agreement.supersedes";
            case COERCION -> "secweb.coercion.location";
            case DIALOGUE -> "secweb.dialogue.status";
        };
    }

    /** An event of the given type with every optional field set. */
    static FeedEvent fullEvent(EventType type) {
        FeedEvents.Builder b = FeedEvents.of(type, type.wireName() + "-full-2023").revision(3).on("2023-08-21").until("2023-08-25")
                .occurredAt("2023-08-21T06:30:00Z").tags("indo-pacific", "test")
                .source("Ministry of Defence", "https://example.org/press/2023-08-21", "secweb-sample", "2024-01-15").confidence(0.9).retracted();
        return switch (type) {
            case EXERCISE -> b.participants("JPN", "USA").participants(Role.OBSERVER, "AUS").name("Talisman Sabre 2023").series("Talisman Sabre")
                    .domains("land", "sea", "air").scale("major").location("Queensland, Australia").build();
            case AGREEMENT -> b.participants("AUS", "GBR", "USA").name("AUKUS").kind("minilateral_framework").status("in_force")
                    .effective("2021-09-15", "2061-09-15").supersedes("ag-aukus-2021", "renewal").build();
            case COERCION -> b.participants("CHN", "PHL").kind("maritime_gray_zone").severity(4).location("Second Thomas Shoal").build();
            case DIALOGUE -> b.participants("JPN", "USA", "AUS", "IND").name("Quad Leaders' Summit 2023").series("Quad Leaders' Summit")
                    .level("leaders").status("postponed").build();
        };
    }
}
