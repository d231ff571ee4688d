package io.secweb.core.ingest;

import io.secweb.schemas.Topics;
import io.secweb.schemas.codec.FeedEventValidator;
import io.secweb.schemas.country.CountryRegistry;
import io.secweb.schemas.deadletter.DeadLetter;
import io.secweb.schemas.deadletter.Reason;
import io.secweb.schemas.event.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class FeedRecordParserTest {
    private static final Topics TOPICS = Topics.live();
    private static final int PARTITION = 2;
    private static final long OFFSET = 4711;
    private static final long TIMESTAMP = Instant.parse("2025-05-30T08:00:00Z").toEpochMilli();

    private static final String EXERCISE = """
            {"id":"ex-malabar-2007","revision":1,"type":"exercise","start":"2007-09-04","end":"2007-09-09",
             "participants":[{"country":"IND","role":"host"},{"country":"USA","role":"participant"}],
             "source":{"name":"Sainik Samachar"},"exercise":{"name":"Malabar 07-2"}}""";
    private static final String AGREEMENT = """
            {"id":"ag-anzus-1951","revision":1,"type":"agreement","start":"1951-09-01",
             "participants":[{"country":"AUS","role":"party"},{"country":"NZL","role":"party"},{"country":"USA","role":"party"}],
             "source":{"name":"Australian Treaty Series"},
             "agreement":{"name":"ANZUS","kind":"alliance_treaty","status":"signed","effective_from":"1952-04-29"}}""";
    private static final String COERCION = """
            {"id":"co-senkaku-2010","revision":1,"type":"coercion","start":"2010-09-07",
             "participants":[{"country":"CHN","role":"initiator"},{"country":"JPN","role":"target"}],
             "source":{"name":"The New York Times"},"coercion":{"kind":"maritime_gray_zone","severity":3}}""";
    private static final String DIALOGUE = """
            {"id":"dl-quad-leaders-summit-2024-09-21","revision":1,"type":"dialogue","start":"2024-09-21",
             "participants":[{"country":"USA","role":"host"},{"country":"AUS","role":"participant"},{"country":"IND","role":"participant"},
             {"country":"JPN","role":"participant"}],"source":{"name":"The White House"},
             "dialogue":{"name":"Quad Leaders' Summit (Wilmington)","series":"Quad Leaders' Summit","level":"leaders","status":"held"}}""";

    private final FeedRecordParser parser = new FeedRecordParser(FeedEventValidator.forFeedEvents(),
            new FeedEventNormaliser(CountryRegistry.bundled(), TOPICS, 400, Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC)));

    @Test
    void deadLettersMalformedJson() {
        String payload = "{\"id\":\"ex-1\",\"revision\":";

        DeadLetter dl = rejected(EventType.EXERCISE, payload);

        assertThat(dl.reason()).isEqualTo(Reason.MALFORMED_JSON);
        assertThat(dl.message()).contains("line 1");
    }

    @Test
    void deadLettersAnEmptyPayload() {
        DeadLetter dl = rejected(EventType.EXERCISE, "");

        assertThat(dl.reason()).isEqualTo(Reason.MALFORMED_JSON);
        assertThat(dl.message()).contains("empty");
    }

    @Test
    void deadLettersARecordWithoutAnId() {
        String payload = EXERCISE.replace("\"id\":\"ex-malabar-2007\",", "");

        DeadLetter dl = rejected(EventType.EXERCISE, payload);

        assertThat(dl.reason()).isEqualTo(Reason.SCHEMA_VIOLATION);
        assertThat(dl.message()).contains("required property 'id'");
        assertThat(dl.eventId()).isNull();
    }

    @Test
    void deadLettersASeverityAboveFive() {
        String payload = COERCION.replace("\"severity\":3", "\"severity\":6");

        DeadLetter dl = rejected(EventType.COERCION, payload);

        assertThat(dl.reason()).isEqualTo(Reason.SCHEMA_VIOLATION);
        assertThat(dl.message()).contains("$.coercion.severity");
        assertThat(dl.eventId()).isEqualTo("co-senkaku-2010");
        assertThat(dl.revision()).isEqualTo(1);
    }

    @Test
    void deadLettersAnUnknownCountry() {
        String payload = EXERCISE.replace("\"USA\"", "\"XXX\"");

        DeadLetter dl = rejected(EventType.EXERCISE, payload);

        assertThat(dl.reason()).isEqualTo(Reason.UNKNOWN_COUNTRY);
        assertThat(dl.message()).contains("participants[1].country").contains("XXX");
        assertThat(dl.eventId()).isEqualTo("ex-malabar-2007");
    }

    @Test
    void deadLettersAnEndBeforeTheStart() {
        String payload = EXERCISE.replace("\"end\":\"2007-09-09\"", "\"end\":\"2007-09-01\"");

        DeadLetter dl = rejected(EventType.EXERCISE, payload);

        assertThat(dl.reason()).isEqualTo(Reason.END_BEFORE_START);
        assertThat(dl.message()).contains("end").contains("2007-09-01").contains("start");
    }

    @Test
    void deadLettersADayThatIsNotInTheCalendar() {
        String payload = EXERCISE.replace("\"start\":\"2007-09-04\",\"end\":\"2007-09-09\"", "\"start\":\"2024-02-30\"");

        DeadLetter dl = rejected(EventType.EXERCISE, payload);

        assertThat(dl.reason()).isEqualTo(Reason.INVALID_DATE);
        assertThat(dl.message()).contains("$.start");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void acceptsAValidRecordOfEachTypeWithAFingerprint(EventType type) {
        FeedRecordParser.Outcome outcome = parser.parse(raw(type, valid(type)));

        assertThat(outcome.rejected()).as("dead letter").isNull();
        assertThat(outcome.accepted().event().type()).isEqualTo(type);
        assertThat(outcome.accepted().fingerprint()).matches("[0-9a-f]{40}");
        assertThat(outcome.accepted().payload()).isEqualTo(valid(type));
        assertThat(outcome.accepted().origin()).isEqualTo(raw(type, valid(type)).origin());
    }

    @Test
    void theSameFactsGiveTheSameFingerprint() {
        String sameFactsWrittenDifferently = """
                {"type":"coercion","revision":1,"id":"co-senkaku-2010","start":"2010-09-07","end":"2010-09-07",
                 "participants":[{"role":"initiator","country":"chn"},{"role":"target","country":"jpn"}],
                 "coercion":{"severity":3,"kind":"maritime_gray_zone"},"source":{"name":"The New York Times"}}""";

        String first = parser.parse(raw(EventType.COERCION, COERCION)).accepted().fingerprint();
        String second = parser.parse(new RawRecord(TOPICS.feed(EventType.COERCION), 0, 99, TIMESTAMP, sameFactsWrittenDifferently))
                .accepted().fingerprint();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void differentFactsGiveDifferentFingerprints() {
        String first = parser.parse(raw(EventType.COERCION, COERCION)).accepted().fingerprint();
        String second = parser.parse(raw(EventType.COERCION, COERCION.replace("\"severity\":3", "\"severity\":4"))).accepted().fingerprint();

        assertThat(second).isNotEqualTo(first);
    }

    /** Parses a record that must be rejected, and checks what every dead letter must carry: the payload and the origin. */
    private DeadLetter rejected(EventType feed, String payload) {
        FeedRecordParser.Outcome outcome = parser.parse(raw(feed, payload));

        assertThat(outcome.accepted()).as("accepted event").isNull();
        DeadLetter dl = outcome.rejected();
        assertThat(dl.stage()).isEqualTo(dl.reason().stage());
        assertThat(dl.payload()).isEqualTo(payload);
        assertThat(dl.origin().topic()).isEqualTo(TOPICS.feed(feed));
        assertThat(dl.origin().partition()).isEqualTo(PARTITION);
        assertThat(dl.origin().offset()).isEqualTo(OFFSET);
        assertThat(dl.origin().timestamp()).isEqualTo(Instant.ofEpochMilli(TIMESTAMP));
        assertThat(dl.rejectedAt()).isEqualTo(Instant.ofEpochMilli(TIMESTAMP));
        return dl;
    }

    private static RawRecord raw(EventType feed, String payload) {
        return new RawRecord(TOPICS.feed(feed), PARTITION, OFFSET, TIMESTAMP, payload);
    }

    private static String valid(EventType type) {
        return switch (type) {
            case EXERCISE -> EXERCISE;
            case AGREEMENT -> AGREEMENT;
            case COERCION -> COERCION;
            case DIALOGUE -> DIALOGUE;
        };
    }
}
