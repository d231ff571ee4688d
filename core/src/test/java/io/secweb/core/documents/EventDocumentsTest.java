package io.secweb.core.documents;

import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.elasticsearch.IndexTemplates;
import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.event.AgreementBody;
import io.secweb.schemas.event.CoercionBody;
import io.secweb.schemas.event.DialogueBody;
import io.secweb.schemas.event.EventType;
import io.secweb.schemas.event.ExerciseBody;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Participant;
import io.secweb.schemas.event.Role;
import io.secweb.schemas.event.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventDocumentsTest {

    @Test
    void writesToTheIndexOfTheYearTheEventStarts() {
        FeedEvent acrossNewYear = withDates(fullEvent(EventType.EXERCISE), LocalDate.of(2019, 12, 30), LocalDate.of(2020, 1, 3));

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
        List<Participant> participants = switch (type) {
            case EXERCISE -> List.of(new Participant("JPN", Role.HOST), new Participant("USA", Role.PARTICIPANT),
                    new Participant("AUS", Role.OBSERVER));
            case AGREEMENT -> List.of(new Participant("AUS", Role.PARTY), new Participant("GBR", Role.PARTY), new Participant("USA", Role.PARTY));
            case COERCION -> List.of(new Participant("CHN", Role.INITIATOR), new Participant("PHL", Role.TARGET));
            case DIALOGUE -> List.of(new Participant("JPN", Role.HOST), new Participant("USA", Role.PARTICIPANT),
                    new Participant("AUS", Role.PARTICIPANT), new Participant("IND", Role.PARTICIPANT));
        };
        return new FeedEvent(type.wireName() + "-full-2023", 3, type, LocalDate.of(2023, 8, 21), LocalDate.of(2023, 8, 25), "day",
                Instant.parse("2023-08-21T06:30:00Z"), participants, List.of("indo-pacific", "test"),
                new Source("Ministry of Defence", "https://example.org/press/2023-08-21", "secweb-sample", LocalDate.of(2024, 1, 15)),
                0.9, true,
                type == EventType.EXERCISE ? new ExerciseBody("Talisman Sabre 2023", "Talisman Sabre", List.of("land", "sea", "air"), "major",
                        "Queensland, Australia") : null,
                type == EventType.AGREEMENT ? new AgreementBody("AUKUS", "minilateral_framework", "in_force", LocalDate.of(2021, 9, 15),
                        LocalDate.of(2061, 9, 15), "ag-aukus-2021", "renewal") : null,
                type == EventType.COERCION ? new CoercionBody("maritime_gray_zone", 4, "Second Thomas Shoal") : null,
                type == EventType.DIALOGUE ? new DialogueBody("Quad Leaders' Summit 2023", "Quad Leaders' Summit", "leaders", "postponed") : null);
    }

    private static FeedEvent withDates(FeedEvent e, LocalDate start, LocalDate end) {
        return new FeedEvent(e.id(), e.revision(), e.type(), start, end, e.datePrecision(), e.occurredAt(), e.participants(), e.tags(),
                e.source(), e.confidence(), e.retracted(), e.exercise(), e.agreement(), e.coercion(), e.dialogue());
    }
}
