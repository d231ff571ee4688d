package io.secweb.core.testing;

import io.secweb.schemas.codec.FeedEventValidator;
import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.event.EventType;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Participant;
import io.secweb.schemas.event.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared test builder writes what the feed contract accepts, and its JSON line is the record it built. */
class FeedEventsTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theJsonLineOfADefaultEventIsAValidFeedRecordThatReadsBackAsTheSameEvent(EventType type) throws Exception {
        FeedEvent e = FeedEvents.of(type, type.wireName() + "-1").participants("JPN", "PHL").build();
        String line = FeedEvents.json(e);

        assertThat(line).doesNotContain("\n");
        assertThat(FeedEventValidator.forFeedEvents().validate(SecwebJson.readTree(line))).isEmpty();
        assertThat(SecwebJson.read(line, FeedEvent.class)).isEqualTo(e);
    }

    @Test
    void participantsTakeTheUsualRolesOfTheType() {
        assertThat(FeedEvents.exercise("ex-1").participants("USA", "JPN", "AUS").participants(Role.OBSERVER, "GBR").build().participants())
                .containsExactly(new Participant("USA", Role.HOST), new Participant("JPN", Role.PARTICIPANT),
                        new Participant("AUS", Role.PARTICIPANT), new Participant("GBR", Role.OBSERVER));
        assertThat(FeedEvents.agreement("ag-1").participants("USA", "JPN").build().participants())
                .extracting(Participant::role).containsOnly(Role.PARTY);
        assertThat(FeedEvents.coercion("co-1").participants("CHN", "PHL", "VNM").build().participants())
                .extracting(Participant::role).containsExactly(Role.INITIATOR, Role.TARGET, Role.TARGET);
    }

    @Test
    void aRevisionKeepsEverythingItDoesNotChange() {
        FeedEvent first = FeedEvents.exercise("ex-1").on("2024-01-01").until("2024-01-05").participants("USA", "KOR").scale("large").build();
        FeedEvent withdrawn = FeedEvents.from(first).nextRevision().retracted().build();

        assertThat(withdrawn.revision()).isEqualTo(2);
        assertThat(withdrawn.retracted()).isTrue();
        assertThat(withdrawn.exercise()).isEqualTo(first.exercise());
        assertThat(withdrawn.end()).isEqualTo(LocalDate.of(2024, 1, 5));
    }

    @Test
    void theSampleFeedIsFound() {
        assertThat(FeedEvents.sample()).hasSizeGreaterThan(40).allSatisfy(l -> assertThat(l).startsWith("{"));
    }
}
