package io.secweb.core.testing;

import io.secweb.schemas.codec.FeedEventValidator;
import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.event.DialogueBody;
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
        assertThat(FeedEvents.dialogue("di-1").participants("JPN", "USA", "AUS").build().participants())
                .extracting(Participant::role).containsExactly(Role.HOST, Role.PARTICIPANT, Role.PARTICIPANT);
    }

    @Test
    void aDialogueIsAHeldMinistersMeetingUnlessTheTestSaysOtherwise() {
        FeedEvent byDefault = FeedEvents.dialogue("di-1").participants("USA", "JPN").build();
        FeedEvent postponed = FeedEvents.dialogue("di-2").on("2025-11-20").participants("IND", "USA", "JPN", "AUS")
                .name("Quad Leaders' Summit 2025").series("Quad Leaders' Summit").level("leaders").status("postponed").build();

        assertThat(byDefault.type()).isEqualTo(EventType.DIALOGUE);
        assertThat(byDefault.dialogue()).isEqualTo(new DialogueBody("di-1", null, "ministers", "held"));
        assertThat(byDefault.exercise()).isNull();
        assertThat(byDefault.agreement()).isNull();
        assertThat(byDefault.coercion()).isNull();
        assertThat(postponed.dialogue()).isEqualTo(new DialogueBody("Quad Leaders' Summit 2025", "Quad Leaders' Summit", "leaders", "postponed"));
        assertThat(postponed.dialogue().held()).isFalse();
    }

    @Test
    void aPostponedLeadersDialogueIsAValidFeedRecordThatReadsBackAsTheSameEvent() throws Exception {
        FeedEvent e = FeedEvents.dialogue("di-2").participants("IND", "USA", "JPN", "AUS").series("Quad Leaders' Summit")
                .level("leaders").status("postponed").build();
        String line = FeedEvents.json(e);

        assertThat(line).contains("\"dialogue\":{").contains("\"level\":\"leaders\"").contains("\"status\":\"postponed\"");
        assertThat(FeedEventValidator.forFeedEvents().validate(SecwebJson.readTree(line))).isEmpty();
        assertThat(SecwebJson.read(line, FeedEvent.class)).isEqualTo(e);
    }

    @Test
    void anAgreementRecordCanSupersedeAnotherAndSayWhatItChanges() throws Exception {
        FeedEvent original = FeedEvents.agreement("ag-1").participants("USA", "PHL").build();
        FeedEvent notice = FeedEvents.agreement("ag-2").on("2020-02-11").participants("USA", "PHL").status("termination_notice")
                .supersedes("ag-1", "termination_notice").build();

        assertThat(original.agreement().supersedes()).isNull();
        assertThat(original.agreement().change()).isNull();
        assertThat(original.agreement().status()).isEqualTo("in_force");
        assertThat(notice.agreement().supersedes()).isEqualTo("ag-1");
        assertThat(notice.agreement().change()).isEqualTo("termination_notice");
        assertThat(notice.agreement().status()).isEqualTo("termination_notice");
        assertThat(FeedEventValidator.forFeedEvents().validate(SecwebJson.readTree(FeedEvents.json(notice)))).isEmpty();
        assertThat(SecwebJson.read(FeedEvents.json(notice), FeedEvent.class)).isEqualTo(notice);
    }

    @Test
    void aRevisionOfADialogueOrASupersedingAgreementKeepsItsBody() {
        FeedEvent summit = FeedEvents.dialogue("di-1").participants("USA", "JPN").series("2+2").level("two_plus_two").build();
        FeedEvent notice = FeedEvents.agreement("ag-2").participants("USA", "PHL").status("termination_notice")
                .supersedes("ag-1", "termination_notice").build();

        assertThat(FeedEvents.from(summit).nextRevision().build().dialogue()).isEqualTo(summit.dialogue());
        assertThat(FeedEvents.from(notice).nextRevision().build().agreement()).isEqualTo(notice.agreement());
        assertThat(FeedEvents.from(summit).status("cancelled").build().dialogue().status()).isEqualTo("cancelled");
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
