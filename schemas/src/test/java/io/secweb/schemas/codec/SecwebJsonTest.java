package io.secweb.schemas.codec;

import io.secweb.schemas.deadletter.DeadLetter;
import io.secweb.schemas.deadletter.Origin;
import io.secweb.schemas.deadletter.Reason;
import io.secweb.schemas.event.EventType;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecwebJsonTest {

    @Test
    void readsTheSnakeCaseEnvelopeIntoRecords() throws Exception {
        FeedEvent e = SecwebJson.treeToValue(SecwebJson.readTree(FeedEventValidatorTest.AGREEMENT), FeedEvent.class);
        assertThat(e.id()).isEqualTo("ag-jpn-aus-raa");
        assertThat(e.type()).isEqualTo(EventType.AGREEMENT);
        assertThat(e.start()).isEqualTo(LocalDate.of(2022, 1, 6));
        assertThat(e.participants()).extracting(p -> p.role()).containsOnly(Role.PARTY);
        assertThat(e.agreement().effectiveFrom()).isEqualTo(LocalDate.of(2023, 8, 13));
        assertThat(e.countries()).containsExactly("JPN", "AUS");
    }

    @Test
    void writesWhatItReadsAndTheResultStillValidates() throws Exception {
        FeedEvent e = SecwebJson.treeToValue(SecwebJson.readTree(FeedEventValidatorTest.EXERCISE), FeedEvent.class);
        String written = SecwebJson.write(e);
        assertThat(written).contains("\"start\":\"2024-04-22\"").doesNotContain("null");
        assertThat(FeedEventValidator.forFeedEvents().validate(SecwebJson.readTree(written))).isEmpty();
        assertThat(SecwebJson.read(written, FeedEvent.class)).isEqualTo(e);
    }

    @Test
    void writesDeadLettersThatValidate() throws Exception {
        DeadLetter dl = DeadLetter.of(Reason.UNKNOWN_COUNTRY, "participants[1].country: XYZ is not a known ISO-3166 alpha-3 code",
                "ex-1", 1, "{}", Origin.kafka("secweb.feed.exercises", 2, 41L, Instant.parse("2024-05-01T10:00:00Z")));
        String json = SecwebJson.write(dl);
        assertThat(json).contains("\"reason\":\"unknown_country\"", "\"stage\":\"normalise\"", "\"rejected_at\":\"2024-05-01T10:00:00Z\"");
        assertThat(FeedEventValidator.forDeadLetters().validate(SecwebJson.readTree(json))).isEmpty();
    }

    @Test
    void reportsWhereMalformedJsonBreaks() {
        assertThatThrownBy(() -> SecwebJson.readTree("{\"id\": \"x\",\n \"revision\": }"))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    void rejectsAnEmptyRecord() {
        assertThatThrownBy(() -> SecwebJson.readTree("   ")).isInstanceOf(MalformedJsonException.class);
    }
}
