package io.secweb.schemas.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedEventValidatorTest {
    private final FeedEventValidator validator = FeedEventValidator.forFeedEvents();

    static final String EXERCISE = """
            {"id":"ex-balikatan-2024","revision":1,"type":"exercise","start":"2024-04-22","end":"2024-05-10",
             "participants":[{"country":"PHL","role":"host"},{"country":"USA","role":"participant"}],
             "tags":["south-china-sea"],"source":{"name":"US Indo-Pacific Command","url":"https://www.pacom.mil/","dataset":"test"},
             "confidence":0.95,"retracted":false,
             "exercise":{"name":"Balikatan 2024","series":"Balikatan","domains":["land","sea"],"scale":"large"}}""";

    static final String AGREEMENT = """
            {"id":"ag-jpn-aus-raa","revision":1,"type":"agreement","start":"2022-01-06",
             "participants":[{"country":"JPN","role":"party"},{"country":"AUS","role":"party"}],
             "source":{"name":"MOFA Japan"},
             "agreement":{"name":"Japan-Australia Reciprocal Access Agreement","kind":"access_agreement","status":"signed",
                          "effective_from":"2023-08-13"}}""";

    static final String COERCION = """
            {"id":"co-second-thomas-2024-06-17","revision":1,"type":"coercion","start":"2024-06-17",
             "participants":[{"country":"CHN","role":"initiator"},{"country":"PHL","role":"target"}],
             "source":{"name":"Reuters"},
             "coercion":{"kind":"maritime_gray_zone","severity":4,"location":"Second Thomas Shoal"}}""";

    static final String DIALOGUE = """
            {"id":"dl-quad-leaders-summit-2024-09-21","revision":1,"type":"dialogue","start":"2024-09-21",
             "participants":[{"country":"USA","role":"host"},{"country":"AUS","role":"participant"},{"country":"IND","role":"participant"},
                             {"country":"JPN","role":"participant"}],
             "source":{"name":"The White House"},
             "dialogue":{"name":"Quad Leaders' Summit (Wilmington)","series":"Quad Leaders' Summit","level":"leaders","status":"held"}}""";

    private static ObjectNode node(String json) throws Exception {
        return (ObjectNode) SecwebJson.readTree(json);
    }

    @Test
    void acceptsOneValidRecordOfEachType() throws Exception {
        assertThat(validator.validate(node(EXERCISE))).isEmpty();
        assertThat(validator.validate(node(AGREEMENT))).isEmpty();
        assertThat(validator.validate(node(COERCION))).isEmpty();
        assertThat(validator.validate(node(DIALOGUE))).isEmpty();
    }

    @Test
    void aDialogueNeedsALevelAndAStatusFromTheVocabulary() throws Exception {
        ObjectNode n = node(DIALOGUE);
        ((ObjectNode) n.get("dialogue")).put("level", "heads_of_state");
        ((ObjectNode) n.get("dialogue")).remove("status");
        assertThat(validator.validate(n)).anySatisfy(v -> assertThat(v).contains("$.dialogue.level"))
                .anySatisfy(v -> assertThat(v).contains("$.dialogue").contains("status"));
    }

    @Test
    void aStatusChangeLinksToTheRecordItChanges() throws Exception {
        ObjectNode n = node(AGREEMENT);
        ObjectNode body = (ObjectNode) n.get("agreement");
        body.put("status", "termination_notice").put("supersedes", "ag-jpn-aus-raa").put("change", "termination_notice");
        assertThat(validator.validate(n)).isEmpty();
        body.put("change", "denunciation").put("supersedes", "not an id");
        assertThat(validator.validate(n)).anySatisfy(v -> assertThat(v).contains("$.agreement.change"))
                .anySatisfy(v -> assertThat(v).contains("$.agreement.supersedes"));
    }

    @Test
    void aDialogueHasHostsAndParticipantsOnly() throws Exception {
        ObjectNode n = node(DIALOGUE);
        ((ObjectNode) n.get("participants").get(1)).put("role", "observer");
        assertThat(validator.validate(n)).anySatisfy(v -> assertThat(v).contains("$.participants[1].role"));
    }

    @Test
    void aDialogueCarriesNoOtherBody() throws Exception {
        ObjectNode n = node(DIALOGUE);
        n.set("agreement", node(AGREEMENT).get("agreement"));
        assertThat(validator.validate(n)).isNotEmpty();
    }

    @Test
    void namesTheMissingId() throws Exception {
        ObjectNode n = node(EXERCISE);
        n.remove("id");
        assertThat(validator.validate(n)).singleElement().asString().contains("id").contains("required");
    }

    @Test
    void rejectsSeverityAboveFive() throws Exception {
        ObjectNode n = node(COERCION);
        ((ObjectNode) n.get("coercion")).put("severity", 6);
        assertThat(validator.validate(n)).singleElement().asString().contains("$.coercion.severity").contains("5");
    }

    @Test
    void rejectsSeverityBelowOne() throws Exception {
        ObjectNode n = node(COERCION);
        ((ObjectNode) n.get("coercion")).put("severity", 0);
        assertThat(validator.validate(n)).singleElement().asString().contains("$.coercion.severity");
    }

    @Test
    void rejectsUnknownType() throws Exception {
        ObjectNode n = node(EXERCISE);
        n.put("type", "parade");
        assertThat(validator.validate(n)).anySatisfy(v -> assertThat(v).contains("$.type"));
    }

    @Test
    void rejectsABodyThatDoesNotMatchTheType() throws Exception {
        ObjectNode n = node(EXERCISE);
        n.put("type", "coercion");
        assertThat(validator.validate(n)).isNotEmpty();
    }

    @Test
    void rejectsAWrongRoleForTheType() throws Exception {
        ObjectNode n = node(AGREEMENT);
        ((ObjectNode) n.get("participants").get(0)).put("role", "initiator");
        assertThat(validator.validate(n)).anySatisfy(v -> assertThat(v).contains("$.participants[0].role"));
    }

    @Test
    void rejectsUnknownFields() throws Exception {
        ObjectNode n = node(EXERCISE);
        n.put("colour", "red");
        assertThat(validator.validate(n)).anySatisfy(v -> assertThat(v).contains("colour"));
    }

    @Test
    void rejectsAMalformedCountryCode() throws Exception {
        ObjectNode n = node(EXERCISE);
        ((ObjectNode) n.get("participants").get(1)).put("country", "US");
        assertThat(validator.validate(n)).anySatisfy(v -> assertThat(v).contains("$.participants[1].country"));
    }

    @Test
    void rejectsADateInAnotherFormat() throws Exception {
        ObjectNode n = node(EXERCISE);
        n.put("start", "22/04/2024");
        assertThat(validator.validate(n)).anySatisfy(v -> assertThat(v).contains("$.start"));
    }

    @Test
    void rejectsARevisionOfZero() throws Exception {
        ObjectNode n = node(EXERCISE);
        n.put("revision", 0);
        assertThat(validator.validate(n)).anySatisfy(v -> assertThat(v).contains("$.revision"));
    }

    @Test
    void rejectsAnEmptyParticipantList() throws Exception {
        ObjectNode n = node(EXERCISE);
        n.set("participants", SecwebJson.mapper().createArrayNode());
        assertThat(validator.validate(n)).anySatisfy(v -> assertThat(v).contains("$.participants"));
    }

    @Test
    void rejectsAnExerciseDomainOutsideTheVocabulary() throws Exception {
        ObjectNode n = node(EXERCISE);
        ((ArrayNode) n.get("exercise").get("domains")).add("underwater-basket-weaving");
        assertThat(validator.validate(n)).anySatisfy(v -> assertThat(v).contains("$.exercise.domains[2]"));
    }

    @Test
    void validatesDeadLettersAgainstTheirOwnSchema() throws Exception {
        JsonNode ok = SecwebJson.readTree("""
                {"stage":"parse","reason":"malformed_json","message":"Unexpected end-of-input","payload":"{",
                 "origin":{"topic":"secweb.feed.exercises","partition":0,"offset":7,"timestamp":"2024-01-01T00:00:00Z"},
                 "rejected_at":"2024-01-01T00:00:00Z"}""");
        List<String> violations = FeedEventValidator.forDeadLetters().validate(ok);
        assertThat(violations).isEmpty();
        ((ObjectNode) ok).put("reason", "because");
        assertThat(FeedEventValidator.forDeadLetters().validate(ok)).isNotEmpty();
    }
}
