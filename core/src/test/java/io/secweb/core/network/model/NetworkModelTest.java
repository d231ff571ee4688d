package io.secweb.core.network.model;

import io.secweb.core.network.graph.Graph;
import io.secweb.core.testing.Feeds;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every rule of the model on small hand-built event sets with the default settings; numbers checked by hand. */
class NetworkModelTest {
    private static final NetworkModel MODEL = new NetworkModel(NetworkSettings.defaults());
    /** Members; IND, GBR, RUS, SGP are not. */
    private static final Scope SCOPE = new Scope("test", "a test scope", new TreeSet<>(Set.of("AUS", "CHN", "JPN", "KOR", "PHL", "USA")), "USA");
    private static final double EPS = 1e-12;

    private static NetworkSnapshot on(String day, FeedEvent... events) {
        return MODEL.snapshot(List.of(events), SCOPE, LocalDate.parse(day));
    }

    @Nested
    class Agreements {
        @Test
        void anAgreementInForceTiesEveryPairOfMemberPartiesWithTheWeightOfItsKind() {
            FeedEvent treaty = agreement("ag-treaty", "alliance_treaty", "in_force", "2020-01-01", null, null, "AUS", "JPN", "USA");

            NetworkSnapshot s = on("2024-01-01", treaty);

            assertThat(s.cooperation().weight("AUS", "JPN")).isEqualTo(3.0);
            assertThat(s.cooperation().weight("AUS", "USA")).isEqualTo(3.0);
            assertThat(s.cooperation().weight("JPN", "USA")).isEqualTo(3.0);
            assertThat(s.dyads()).containsExactly(
                    new DyadTie("AUS", "JPN", 3.0, 0, 0, 0, 0), new DyadTie("AUS", "USA", 3.0, 0, 0, 0, 0), new DyadTie("JPN", "USA", 3.0, 0, 0, 0, 0));
            assertThat(s.contributions()).containsExactly(new Contribution("ag-treaty", Layer.AGREEMENT, 9.0, "https://example.org/ag-treaty"));
            assertThat(s.activeEvents()).containsEntry(Layer.AGREEMENT, 1).containsEntry(Layer.EXERCISE, 0).containsEntry(Layer.COERCION, 0);
        }

        @Test
        void aSignedAgreementIsNotYetInForceBeforeItsEffectiveFrom() {
            FeedEvent raa = agreement("ag-raa", "access_agreement", "signed", "2022-01-06", "2023-08-13", null, "JPN", "AUS");

            assertThat(on("2023-08-12", raa).cooperation().weight("AUS", "JPN")).isZero();
            assertThat(on("2023-08-12", raa).contributions()).isEmpty();
            assertThat(on("2023-08-13", raa).cooperation().weight("AUS", "JPN")).isEqualTo(2.0);
        }

        @Test
        void anAgreementCountsOnlyFromItsStartEvenWithAnEarlierEffectiveFrom() {
            FeedEvent retroactive = agreement("ag-retro", "logistics_agreement", "in_force", "2020-06-01", "2019-01-01", null, "USA", "PHL");

            assertThat(on("2020-05-31", retroactive).dyads()).isEmpty();
            assertThat(on("2020-06-01", retroactive).cooperation().weight("PHL", "USA")).isEqualTo(1.5);
        }

        @Test
        void anAgreementPastItsEffectiveToLapsesWithoutCountingAsALostTie() {
            FeedEvent mou = agreement("ag-mou", "defence_cooperation", "in_force", "2019-01-01", null, "2023-12-31", "JPN", "PHL");

            assertThat(on("2023-12-31", mou).cooperation().weight("JPN", "PHL")).isEqualTo(1.5);
            NetworkSnapshot after = on("2024-01-01", mou);
            assertThat(after.cooperation().weight("JPN", "PHL")).isZero();
            assertThat(after.tiesLost()).isZero();
            assertThat(after.contributions()).isEmpty();
        }

        @Test
        void aTerminationEndsTheTieOfTheSameKindFromItsStartAndCountsAsLostForTheWindow() {
            FeedEvent vfa = agreement("ag-vfa", "access_agreement", "in_force", "1998-02-10", "1999-05-27", null, "PHL", "USA");
            FeedEvent mdt = agreement("ag-mdt", "alliance_treaty", "in_force", "1951-08-30", "1952-08-27", null, "PHL", "USA");
            FeedEvent termination = agreement("ag-vfa-termination", "access_agreement", "terminated", "2020-02-11", null, null, "PHL", "USA");

            NetworkSnapshot before = on("2020-02-10", vfa, mdt, termination);
            assertThat(before.cooperation().weight("PHL", "USA")).isEqualTo(5.0);
            assertThat(before.tiesLost()).isZero();

            NetworkSnapshot after = on("2020-02-11", vfa, mdt, termination);
            assertThat(after.cooperation().weight("PHL", "USA")).as("the alliance stays, the access tie goes").isEqualTo(3.0);
            assertThat(after.tiesLost()).isEqualTo(1);
            assertThat(after.contributions()).containsExactly(
                    new Contribution("ag-mdt", Layer.AGREEMENT, 3.0, "https://example.org/ag-mdt"),
                    new Contribution("ag-vfa-termination", Layer.AGREEMENT, 0.0, "https://example.org/ag-vfa-termination"));
            assertThat(after.activeEvents()).containsEntry(Layer.AGREEMENT, 2);

            // 2020 is a leap year: 2021-02-10 is 365 days after the end, the last day of the window
            assertThat(on("2021-02-10", vfa, mdt, termination).tiesLost()).isEqualTo(1);
            assertThat(on("2021-02-11", vfa, mdt, termination).tiesLost()).isZero();
            assertThat(on("2030-01-01", vfa, mdt, termination).cooperation().weight("PHL", "USA")).isEqualTo(3.0);
        }

        @Test
        void aRevisionWithEffectiveToKeepsTheHistoryAndEndsTheTieAfterThatDay() {
            FeedEvent gsomia = agreement("ag-gsomia", "intelligence_sharing", "in_force", "2016-11-23", "2016-11-23", null, "KOR", "JPN");
            FeedEvent ended = revise(agreement("ag-gsomia", "intelligence_sharing", "terminated", "2016-11-23", "2016-11-23", "2019-11-22",
                    "KOR", "JPN"), 2);

            assertThat(on("2018-01-01", gsomia, ended).cooperation().weight("JPN", "KOR")).isEqualTo(1.5);
            assertThat(on("2019-11-22", gsomia, ended).cooperation().weight("JPN", "KOR")).isEqualTo(1.5);
            assertThat(on("2019-11-22", gsomia, ended).tiesLost()).isZero();
            NetworkSnapshot after = on("2019-11-23", ended, gsomia);
            assertThat(after.cooperation().weight("JPN", "KOR")).isZero();
            assertThat(after.tiesLost()).isEqualTo(1);
        }

        @Test
        void aTerminationNoticeDoesNotDoubleTheTieItAnnouncesTheEndOf() {
            FeedEvent gsomia = agreement("ag-gsomia", "intelligence_sharing", "in_force", "2016-11-23", "2016-11-23", null, "KOR", "JPN");
            FeedEvent notice = agreement("ag-gsomia-notice", "intelligence_sharing", "terminated", "2019-08-22", "2016-11-23", "2019-11-22",
                    "KOR", "JPN");

            NetworkSnapshot during = on("2019-09-01", gsomia, notice);
            assertThat(during.cooperation().weight("JPN", "KOR")).isEqualTo(1.5);
            assertThat(during.contributions()).extracting(Contribution::eventId).containsExactly("ag-gsomia");

            NetworkSnapshot after = on("2019-11-23", gsomia, notice);
            assertThat(after.cooperation().weight("JPN", "KOR")).isZero();
            assertThat(after.tiesLost()).isEqualTo(1);
        }

        @Test
        void anAgreementSignedAfterATerminationStands() {
            FeedEvent vfa = agreement("ag-vfa", "access_agreement", "in_force", "1998-02-10", null, null, "PHL", "USA");
            FeedEvent termination = agreement("ag-vfa-termination", "access_agreement", "terminated", "2020-02-11", null, null, "PHL", "USA");
            FeedEvent edca = agreement("ag-edca-new", "access_agreement", "signed", "2021-07-30", null, null, "PHL", "USA");

            NetworkSnapshot s = on("2022-01-01", vfa, termination, edca);

            assertThat(s.cooperation().weight("PHL", "USA")).isEqualTo(2.0);
            assertThat(s.tiesLost()).as("the end was more than a year before").isZero();
        }

        @Test
        void aSuspensionEndsOnlyThePairsItNames() {
            FeedEvent framework = agreement("ag-framework", "minilateral_framework", "signed", "2023-08-18", null, null, "JPN", "KOR", "USA");
            FeedEvent suspension = agreement("ag-suspension", "minilateral_framework", "suspended", "2024-01-01", null, null, "JPN", "KOR");

            NetworkSnapshot s = on("2024-06-01", framework, suspension);

            assertThat(s.cooperation().weight("JPN", "KOR")).isZero();
            assertThat(s.cooperation().weight("JPN", "USA")).isEqualTo(1.0);
            assertThat(s.cooperation().weight("KOR", "USA")).isEqualTo(1.0);
            assertThat(s.tiesLost()).isEqualTo(1);
        }

        @Test
        void tiesOfSeveralAgreementsAndExercisesAddUp() {
            FeedEvent lemoa = agreement("ag-logistics", "logistics_agreement", "signed", "2016-08-29", null, null, "USA", "JPN");
            FeedEvent statement = agreement("ag-statement", "joint_statement", "signed", "2021-03-12", null, null, "USA", "JPN");
            FeedEvent drill = exercise("ex-drill", "medium", "2024-06-27", "2024-06-29", "USA:host", "JPN");

            NetworkSnapshot s = on("2024-06-28", lemoa, statement, drill);

            assertThat(s.dyads()).containsExactly(new DyadTie("JPN", "USA", 2.0, 1.0, 0, 0, 0));
            assertThat(s.cooperation().weight("JPN", "USA")).isEqualTo(3.0);
        }
    }

    /** Agreements whose status changes are records linked by supersedes: one agreement, one tie. */
    @Nested
    class Lifecycle {
        private final FeedEvent gsomia = agreement("ag-gsomia", "intelligence_sharing", "in_force", "2016-11-23", "2016-11-23", null, "KOR", "JPN");
        private final FeedEvent notice = successor("ag-gsomia-notice", gsomia, "termination_notice", "2019-08-22", null, null);
        private final FeedEvent suspended = successor("ag-gsomia-notice-suspended", notice, "in_force", "2019-11-22", null, null);
        private final FeedEvent normalised = successor("ag-gsomia-normalised", suspended, "in_force", "2023-03-21", null, null);

        @Test
        void aTerminationNoticeWeakensTheTieAndItsSuspensionRestoresIt() {
            FeedEvent[] all = {gsomia, notice, suspended, normalised};

            assertThat(on("2019-08-21", all).cooperation().weight("JPN", "KOR")).isEqualTo(1.5);
            assertThat(on("2019-08-22", all).cooperation().weight("JPN", "KOR")).as("notice: half the weight").isEqualTo(0.75);
            assertThat(on("2019-11-21", all).cooperation().weight("JPN", "KOR")).isEqualTo(0.75);
            assertThat(on("2019-11-22", all).cooperation().weight("JPN", "KOR")).as("notice suspended").isEqualTo(1.5);
            assertThat(on("2024-01-01", all).cooperation().weight("JPN", "KOR")).as("four records, one tie").isEqualTo(1.5);
            assertThat(on("2024-01-01", all).tiesLost()).isZero();
        }

        @Test
        void theRecordThatSaysTheStateIsTheContribution() {
            assertThat(on("2019-09-01", gsomia, notice, suspended, normalised).contributions())
                    .containsExactly(new Contribution("ag-gsomia-notice", Layer.AGREEMENT, 0.75, "https://example.org/ag-gsomia-notice"));
        }

        @Test
        void theFactorIsConfiguration() {
            NetworkModel strict = new NetworkModel(new NetworkSettings(new NetworkSettings.Agreements(null, 0.0), null, null, null, null, null,
                    null, null));

            assertThat(strict.snapshot(List.of(gsomia, notice), SCOPE, LocalDate.parse("2019-09-01")).cooperation().weight("JPN", "KOR")).isZero();
        }

        @Test
        void aTerminationEndsTheTieAndCountsItAsLostUntilARevivalRecordSupersedesIt() {
            FeedEvent quad = agreement("ag-quad", "minilateral_framework", "signed", "2007-05-01", null, null, "AUS", "JPN", "USA");
            FeedEvent lapse = successor("ag-quad-lapse", quad, "terminated", "2008-02-05", null, null);
            FeedEvent revival = successor("ag-quad-revival", lapse, "in_force", "2017-11-12", null, null);

            NetworkSnapshot lapsed = on("2008-03-01", quad, lapse, revival);
            assertThat(lapsed.cooperation().weight("AUS", "JPN")).isZero();
            assertThat(lapsed.tiesLost()).isEqualTo(3);
            assertThat(lapsed.contributions()).extracting(Contribution::eventId, Contribution::weight)
                    .containsExactly(org.assertj.core.api.Assertions.tuple("ag-quad-lapse", 0.0));
            assertThat(on("2010-01-01", quad, lapse, revival).tiesLost()).isZero();
            NetworkSnapshot revived = on("2018-01-01", quad, lapse, revival);
            assertThat(revived.cooperation().weight("AUS", "JPN")).isEqualTo(1.0);
            assertThat(revived.activeGroups()).extracting(Group::lastEventId).containsExactly("ag-quad-revival");
        }

        @Test
        void aLinkedEndEndsItsOwnAgreementOnlyNotAnotherOfTheSameKind() {
            FeedEvent vfa = agreement("ag-vfa", "access_agreement", "in_force", "1998-02-10", "1999-06-01", null, "PHL", "USA");
            FeedEvent edca = agreement("ag-edca", "access_agreement", "signed", "2014-04-28", null, null, "PHL", "USA");
            FeedEvent vfaNotice = successor("ag-vfa-notice", vfa, "termination_notice", "2020-02-11", null, null);
            FeedEvent vfaEnd = successor("ag-vfa-end", vfaNotice, "terminated", "2020-08-09", null, null);

            assertThat(on("2020-02-10", vfa, edca, vfaNotice, vfaEnd).cooperation().weight("PHL", "USA")).isEqualTo(4.0);
            assertThat(on("2020-02-11", vfa, edca, vfaNotice, vfaEnd).cooperation().weight("PHL", "USA")).isEqualTo(3.0);
            NetworkSnapshot ended = on("2020-09-01", vfa, edca, vfaNotice, vfaEnd);
            assertThat(ended.cooperation().weight("PHL", "USA")).as("EDCA stays").isEqualTo(2.0);
            assertThat(ended.tiesLost()).isEqualTo(1);
        }

        @Test
        void aRenewalTakesOverWhenItTakesEffectAndATenYearFrameworkLapsesWithoutOne() {
            FeedEvent first = agreement("ag-framework-2005", "defence_cooperation", "signed", "2005-06-28", null, "2015-06-27", "USA", "JPN");
            FeedEvent renewal = successor("ag-framework-2015", first, "signed", "2015-06-03", "2015-06-10", "2025-06-02");

            assertThat(on("2015-06-05", first, renewal).contributions()).extracting(Contribution::eventId).as("not yet in effect")
                    .containsExactly("ag-framework-2005");
            assertThat(on("2015-06-10", first, renewal).contributions()).extracting(Contribution::eventId).containsExactly("ag-framework-2015");
            assertThat(on("2020-01-01", first, renewal).cooperation().weight("JPN", "USA")).isEqualTo(1.5);
            NetworkSnapshot lapsed = on("2025-06-03", first, renewal);
            assertThat(lapsed.cooperation().weight("JPN", "USA")).isZero();
            assertThat(lapsed.tiesLost()).as("a lapse is not a lost tie").isZero();
        }

        @Test
        void aReplacementIsOneTie() {
            FeedEvent acsa2010 = agreement("ag-acsa-2010", "logistics_agreement", "signed", "2010-05-19", "2013-01-31", null, "JPN", "AUS");
            FeedEvent acsa2017 = successor("ag-acsa-2017", acsa2010, "signed", "2017-01-14", null, null);

            assertThat(on("2016-01-01", acsa2010, acsa2017).cooperation().weight("AUS", "JPN")).isEqualTo(1.5);
            assertThat(on("2018-01-01", acsa2010, acsa2017).cooperation().weight("AUS", "JPN")).isEqualTo(1.5);
        }

        @Test
        void aPredecessorIsRelevantUntilItsSuccessorTakesEffectAndASuccessorForever() {
            List<FeedEvent> known = List.of(gsomia, notice, suspended, normalised);

            assertThat(MODEL.lastRelevantDay(gsomia, known)).isEqualTo(LocalDate.parse("2019-08-21"));
            assertThat(MODEL.lastRelevantDay(notice, known)).isEqualTo(LocalDate.parse("2019-11-21"));
            assertThat(MODEL.lastRelevantDay(normalised, known)).isEqualTo(LocalDate.MAX);
            assertThat(MODEL.lastRelevantDay(notice)).isEqualTo(LocalDate.MAX);
            // evicting each record after that day changes no snapshot
            for (String day : List.of("2019-11-22", "2023-03-21", "2026-01-01")) {
                LocalDate d = LocalDate.parse(day);
                List<FeedEvent> kept = known.stream().filter(e -> !MODEL.lastRelevantDay(e, known).isBefore(d)).toList();
                assertThat(MODEL.snapshot(kept, SCOPE, d).dyads()).as(day).isEqualTo(MODEL.snapshot(known, SCOPE, d).dyads());
            }
        }

        @Test
        void chainsAreTheSameInAnyOrderAndACycleIsBrokenAtItsSmallestId() {
            FeedEvent a = linkedAgreement("ag-a", "intelligence_sharing", "ag-b", "in_force", "2020-01-01", "JPN", "KOR");
            FeedEvent b = linkedAgreement("ag-b", "intelligence_sharing", "ag-a", "termination_notice", "2021-01-01", "JPN", "KOR");

            List<AgreementChains.Agreement> chains = AgreementChains.of(List.of(b, a)).agreements();

            assertThat(chains).singleElement().satisfies(c -> {
                assertThat(c.id()).isEqualTo("ag-a");
                assertThat(c.records()).extracting(FeedEvent::id).containsExactly("ag-a", "ag-b");
            });
            assertThat(AgreementChains.of(List.of(a, b)).agreements()).isEqualTo(chains);
            assertThat(on("2021-06-01", a, b).cooperation().weight("JPN", "KOR")).isEqualTo(0.75);
        }
    }

    @Nested
    class Exercises {
        @Test
        void anExerciseHasFullWeightWhileItRuns() {
            FeedEvent e = exercise("ex-large", "large", "2024-04-22", "2024-05-10", "AUS:host", "JPN", "USA");

            NetworkSnapshot s = on("2024-04-22", e);

            assertThat(s.cooperation().weight("AUS", "JPN")).isEqualTo(2.0);
            assertThat(s.cooperation().weight("JPN", "USA")).isEqualTo(2.0);
            assertThat(on("2024-05-10", e).cooperation().weight("AUS", "USA")).isEqualTo(2.0);
            assertThat(s.contributions()).containsExactly(new Contribution("ex-large", Layer.EXERCISE, 6.0, "https://example.org/ex-large"));
        }

        @Test
        void oneHalfLifeAfterItEndedAnExerciseWeighsHalf() {
            FeedEvent e = exercise("ex-large", "large", "2022-12-20", "2023-01-01", "AUS:host", "JPN");

            assertThat(on("2024-01-01", e).cooperation().weight("AUS", "JPN")).isCloseTo(1.0, within(EPS));
            assertThat(on("2024-07-01", e).cooperation().weight("AUS", "JPN")).as("547 days").isCloseTo(2.0 * Math.pow(0.5, 547.0 / 365), within(EPS));
            assertThat(on("2024-12-31", e).cooperation().weight("AUS", "JPN")).as("two half-lives (2024 is a leap year)").isCloseTo(0.5, within(EPS));
        }

        @Test
        void anExerciseEndedMoreThanTheWindowAgoWeighsNothing() {
            FeedEvent e = exercise("ex-large", "large", "2019-12-20", "2020-01-01", "AUS:host", "JPN");
            LocalDate end = LocalDate.parse("2020-01-01");

            NetworkSnapshot last = MODEL.snapshot(List.of(e), SCOPE, end.plusDays(730));
            assertThat(last.cooperation().weight("AUS", "JPN")).as("exactly two half-lives").isCloseTo(0.5, within(EPS));
            NetworkSnapshot gone = MODEL.snapshot(List.of(e), SCOPE, end.plusDays(731));
            assertThat(gone.cooperation().weight("AUS", "JPN")).isZero();
            assertThat(gone.dyads()).isEmpty();
            assertThat(gone.contributions()).isEmpty();
        }

        @Test
        void anObserverTieIsTheProductOfTheRoleFactors() {
            FeedEvent e = exercise("ex-major", "major", "2023-04-11", "2023-04-28", "PHL:host", "USA", "JPN:observer", "KOR:observer");

            NetworkSnapshot s = on("2023-04-20", e);

            assertThat(s.cooperation().weight("PHL", "USA")).isEqualTo(3.0);
            assertThat(s.cooperation().weight("JPN", "PHL")).isEqualTo(0.75);
            assertThat(s.cooperation().weight("JPN", "USA")).isEqualTo(0.75);
            assertThat(s.cooperation().weight("JPN", "KOR")).isEqualTo(0.1875);
            assertThat(s.contributions().get(0).weight()).isEqualTo(3.0 + 4 * 0.75 + 0.1875);
        }

        @Test
        void decayedWeightsBelowTheFloorCountAsZero() {
            // observer-observer of a small exercise: 0.5 x 0.25 x 0.25 = 0.03125; x 0.5^(700/365) = 0.0083 < 0.01
            FeedEvent e = exercise("ex-small", "small", "2020-01-01", "2020-01-01", "PHL:host", "JPN:observer", "KOR:observer");

            NetworkSnapshot s = MODEL.snapshot(List.of(e), SCOPE, LocalDate.parse("2020-01-01").plusDays(700));

            assertThat(s.cooperation().weight("JPN", "KOR")).isZero();
            assertThat(s.cooperation().weight("JPN", "PHL")).isCloseTo(0.125 * Math.pow(0.5, 700.0 / 365), within(EPS));
        }

        @Test
        void anExerciseWithoutScaleCountsAsMedium() {
            FeedEvent e = exercise("ex-unscaled", null, "2024-01-01", "2024-01-05", "USA:host", "KOR");

            assertThat(on("2024-01-03", e).cooperation().weight("KOR", "USA")).isEqualTo(1.0);
        }

        @Test
        void nonMembersAreLeftOutButTheMemberPairsOfTheSameEventKept() {
            FeedEvent e = exercise("ex-malabar", "large", "2020-11-03", "2020-11-20", "IND:host", "USA", "JPN", "GBR:observer");

            NetworkSnapshot s = on("2020-11-10", e);

            assertThat(s.dyads()).containsExactly(new DyadTie("JPN", "USA", 0, 2.0, 0, 0, 0));
            assertThat(s.cooperation().nodes()).containsExactly("AUS", "CHN", "JPN", "KOR", "PHL", "USA");
            assertThat(s.cooperation().edgeCount()).isEqualTo(1);
            assertThat(s.contributions()).extracting(Contribution::weight).containsExactly(2.0);
        }
    }

    @Nested
    class Dialogues {
        @Test
        void aHeldSummitTiesEveryPairOfMemberParticipantsWithTheLeadersWeight() {
            FeedEvent summit = dialogue("dl-summit", "leaders", "held", "2024-09-21", "USA:host", "AUS", "JPN", "IND");

            NetworkSnapshot s = on("2024-09-21", summit);

            assertThat(s.cooperation().weight("AUS", "JPN")).isEqualTo(1.0);
            assertThat(s.cooperation().weight("JPN", "USA")).isEqualTo(1.0);
            assertThat(s.dyads()).contains(new DyadTie("AUS", "USA", 0, 0, 1.0, 0, 0));
            assertThat(s.contributions()).containsExactly(new Contribution("dl-summit", Layer.DIALOGUE, 3.0, "https://example.org/dl-summit"));
            assertThat(s.activeEvents()).containsEntry(Layer.DIALOGUE, 1).containsEntry(Layer.EXERCISE, 0);
        }

        @Test
        void theLevelSetsTheWeight() {
            assertThat(on("2024-01-01", dialogue("dl-22", "two_plus_two", "held", "2024-01-01", "JPN", "USA")).cooperation().weight("JPN", "USA"))
                    .isEqualTo(0.8);
            assertThat(on("2024-01-01", dialogue("dl-m", "ministers", "held", "2024-01-01", "JPN", "USA")).cooperation().weight("JPN", "USA"))
                    .isEqualTo(0.6);
            assertThat(on("2024-01-01", dialogue("dl-so", "senior_officials", "held", "2024-01-01", "JPN", "USA")).cooperation()
                    .weight("JPN", "USA")).isEqualTo(0.4);
            assertThat(on("2024-01-01", dialogue("dl-wg", "working_group", "held", "2024-01-01", "JPN", "USA")).cooperation()
                    .weight("JPN", "USA")).isEqualTo(0.2);
        }

        @Test
        void aDialogueDecaysLikeAnExerciseAndIsGoneAfterTheWindow() {
            FeedEvent summit = dialogue("dl-summit", "leaders", "held", "2023-01-01", "JPN", "USA");
            LocalDate day = LocalDate.parse("2023-01-01");

            assertThat(MODEL.snapshot(List.of(summit), SCOPE, day.plusDays(365)).cooperation().weight("JPN", "USA")).isCloseTo(0.5, within(EPS));
            assertThat(MODEL.snapshot(List.of(summit), SCOPE, day.plusDays(730)).cooperation().weight("JPN", "USA")).isCloseTo(0.25, within(EPS));
            assertThat(MODEL.snapshot(List.of(summit), SCOPE, day.plusDays(731)).dyads()).isEmpty();
        }

        @Test
        void dialogueFlowAddsToAgreementStockInTheCooperationGraph() {
            FeedEvent treaty = agreement("ag-treaty", "alliance_treaty", "in_force", "1960-01-19", null, null, "JPN", "USA");
            FeedEvent twoPlusTwo = dialogue("dl-22", "two_plus_two", "held", "2024-07-28", "JPN:host", "USA");

            NetworkSnapshot s = on("2024-07-28", treaty, twoPlusTwo);

            assertThat(s.cooperation().weight("JPN", "USA")).isCloseTo(3.8, within(EPS));
            assertThat(s.dyads()).containsExactly(new DyadTie("JPN", "USA", 3.0, 0, 0.8, 0, 0));
        }

        @Test
        void aPostponedSummitAddsNoWeightButIsCountedAndListedWithWeightZero() {
            FeedEvent held = dialogue("dl-2024", "leaders", "held", "2024-09-21", "USA:host", "AUS", "JPN");
            FeedEvent postponed = dialogue("dl-2025", "leaders", "postponed", "2025-06-01", "AUS", "JPN", "USA");

            NetworkSnapshot s = on("2025-09-21", held, postponed);

            assertThat(s.cooperation().weight("AUS", "JPN")).isCloseTo(0.5, within(EPS));
            assertThat(s.dialoguesNotHeld()).isEqualTo(1);
            assertThat(s.contributions()).containsExactly(
                    new Contribution("dl-2024", Layer.DIALOGUE, 1.5, "https://example.org/dl-2024"),
                    new Contribution("dl-2025", Layer.DIALOGUE, 0.0, "https://example.org/dl-2025"));
            assertThat(s.activeEvents()).containsEntry(Layer.DIALOGUE, 2);
            assertThat(s.eventCountries()).containsEntry("dl-2025", List.of("AUS", "JPN", "USA"));
        }

        @Test
        void aCancelledMeetingIsCountedOnlyWithinTheNotHeldWindow() {
            FeedEvent cancelled = dialogue("dl-cancelled", "ministers", "cancelled", "2024-01-10", "CHN", "JPN");
            LocalDate planned = LocalDate.parse("2024-01-10");

            assertThat(MODEL.snapshot(List.of(cancelled), SCOPE, planned.plusDays(365)).dialoguesNotHeld()).isEqualTo(1);
            NetworkSnapshot later = MODEL.snapshot(List.of(cancelled), SCOPE, planned.plusDays(366));
            assertThat(later.dialoguesNotHeld()).isZero();
            assertThat(later.contributions()).isEmpty();
            assertThat(later.dyads()).isEmpty();
        }

        @Test
        void aMeetingWithOneMemberIsNotCounted() {
            FeedEvent postponed = dialogue("dl-ind", "leaders", "postponed", "2025-06-01", "IND", "USA");

            assertThat(on("2025-06-02", postponed).dialoguesNotHeld()).isZero();
        }

        @Test
        void aHeldDialogueOfThreeOrMoreMembersIsAnActiveGroupButAPostponedOneIsNot() {
            FeedEvent held = dialogue("dl-trilateral", "ministers", "held", "2024-05-02", "USA:host", "JPN", "AUS");
            FeedEvent postponed = dialogue("dl-squad", "ministers", "postponed", "2024-05-02", "USA:host", "JPN", "AUS", "PHL");

            assertThat(on("2024-06-01", held, postponed).activeGroups())
                    .containsExactly(new Group(List.of("AUS", "JPN", "USA"), "dl-trilateral", LocalDate.parse("2024-05-02")));
        }

        @Test
        void aDialogueIsRelevantUntilTheLongestOfItsWindows() {
            FeedEvent summit = dialogue("dl-summit", "leaders", "held", "2024-09-21", "USA:host", "AUS");

            assertThat(MODEL.lastRelevantDay(summit)).isEqualTo(LocalDate.parse("2024-09-21").plusDays(730));
        }
    }

    /** Records from machine-coded news weigh news.weight_factor x confidence of a curated record of the same kind. */
    @Nested
    class NewsDerived {
        private FeedEvent fromNews(FeedEvent e, String dataset, Double confidence) {
            return new FeedEvent(e.id(), e.revision(), e.type(), e.start(), e.end(), e.datePrecision(), e.occurredAt(), e.participants(),
                    e.tags(), new Source("news", null, dataset, null), confidence, e.retracted(), e.exercise(), e.agreement(), e.coercion(),
                    e.dialogue());
        }

        @Test
        void aNewsDialogueWeighsTheFactorTimesItsConfidence() {
            FeedEvent consult = fromNews(dialogue("icews-consult", "senior_officials", "held", "2024-01-01", "JPN", "USA"), "icews", 0.75);

            assertThat(on("2024-01-01", consult).cooperation().weight("JPN", "USA")).isCloseTo(0.4 * 0.5 * 0.75, within(EPS));
        }

        @Test
        void newsCoercionAndCooperationAreWeighedApartFromCuratedOnes() {
            FeedEvent curated = coercion("co-curated", 3, "2024-01-01", List.of("CHN"), List.of("PHL"));
            FeedEvent news = fromNews(coercion("gdelt-2024-01-01-CHN-PHL-171", 3, "2024-01-01", List.of("CHN"), List.of("PHL")), "gdelt", null);
            FeedEvent cooperation = fromNews(agreement("icews-coop", "military_cooperation", "in_force", "2024-01-01", "2024-01-01",
                    "2024-03-30", "JPN", "PHL"), "icews", 0.5);

            NetworkSnapshot s = on("2024-01-01", curated, news, cooperation);
            assertThat(s.coercion().get("CHN").get("PHL")).isCloseTo(0.6 + 0.6 * 0.5, within(EPS));
            assertThat(s.cooperation().weight("JPN", "PHL")).isCloseTo(1.0 * 0.5 * 0.5, within(EPS));
            assertThat(on("2024-03-31", cooperation).cooperation().weight("JPN", "PHL")).as("short-lived").isZero();
        }

        @Test
        void theFactorAndTheDatasetsAreConfiguration() {
            NetworkModel curatedOnly = new NetworkModel(new NetworkSettings(null, null, null, null,
                    new NetworkSettings.News(List.of("gdelt"), 0.0), null, null, null));
            FeedEvent icews = fromNews(dialogue("icews-consult", "leaders", "held", "2024-01-01", "JPN", "USA"), "icews", 0.5);
            FeedEvent gdelt = fromNews(dialogue("gdelt-consult", "leaders", "held", "2024-01-01", "JPN", "KOR"), "gdelt", 0.5);

            NetworkSnapshot s = curatedOnly.snapshot(List.of(icews, gdelt), SCOPE, LocalDate.parse("2024-01-01"));
            assertThat(s.cooperation().weight("JPN", "USA")).as("icews is not news here").isEqualTo(1.0);
            assertThat(s.cooperation().weight("JPN", "KOR")).isZero();
        }
    }

    @Nested
    class Coercion {
        @Test
        void coercionIsADirectedTieFromInitiatorToTarget() {
            FeedEvent e = coercion("co-shoal", 4, "2024-06-17", List.of("CHN"), List.of("PHL"));

            NetworkSnapshot s = on("2024-06-17", e);

            assertThat(s.coercion()).isEqualTo(Map.of("CHN", Map.of("PHL", 0.8)));
            assertThat(s.dyads()).containsExactly(new DyadTie("CHN", "PHL", 0, 0, 0, 0.8, 0));
            assertThat(s.cooperation().edgeCount()).as("coercion is not cooperation").isZero();
            assertThat(s.contributions()).containsExactly(new Contribution("co-shoal", Layer.COERCION, 0.8, "https://example.org/co-shoal"));
            assertThat(s.activeEvents()).containsEntry(Layer.COERCION, 1);
        }

        @Test
        void coercionHalvesEveryHalfLifeAndEndsAfterTheWindow() {
            FeedEvent e = coercion("co-drills", 5, "2022-08-04", List.of("CHN"), List.of("JPN"));
            LocalDate start = LocalDate.parse("2022-08-04");

            assertThat(weightOn(e, start.plusDays(180))).isCloseTo(0.5, within(EPS));
            assertThat(weightOn(e, start.plusDays(365))).isCloseTo(Math.pow(0.5, 365.0 / 180), within(EPS));
            assertThat(weightOn(e, start.plusDays(366))).isZero();
            assertThat(on("2022-08-03", e).coercion()).as("not before it started").isEmpty();
        }

        private double weightOn(FeedEvent e, LocalDate day) {
            return MODEL.snapshot(List.of(e), SCOPE, day).coercion().getOrDefault("CHN", Map.of()).getOrDefault("JPN", 0.0);
        }

        @Test
        void everyInitiatorMemberOrNotPressesEveryMemberTarget() {
            FeedEvent e = coercion("co-adiz", 3, "2019-07-23", List.of("RUS", "CHN"), List.of("KOR", "JPN"));

            NetworkSnapshot s = on("2019-07-23", e);

            // RUS is outside the scope, but its pressure on members counts
            assertThat(s.coercion()).isEqualTo(Map.of("CHN", Map.of("JPN", 0.6, "KOR", 0.6), "RUS", Map.of("JPN", 0.6, "KOR", 0.6)));
            assertThat(s.dyads()).containsExactly(new DyadTie("CHN", "JPN", 0, 0, 0, 0.6, 0), new DyadTie("CHN", "KOR", 0, 0, 0, 0.6, 0),
                    new DyadTie("JPN", "RUS", 0, 0, 0, 0, 0.6), new DyadTie("KOR", "RUS", 0, 0, 0, 0, 0.6));
            assertThat(s.contributions()).extracting(Contribution::weight).containsExactly(2.4);
        }

        @Test
        void pressureOnTheFirstOfAPairIsTheBaDirection() {
            FeedEvent e = coercion("co-reverse", 2, "2024-01-01", List.of("USA"), List.of("CHN"));

            assertThat(on("2024-01-01", e).dyads()).containsExactly(new DyadTie("CHN", "USA", 0, 0, 0, 0, 0.4));
        }
    }

    @Nested
    class WhichEventsCount {
        @Test
        void aRetractedEventNeverCounts() {
            FeedEvent e = retracted(exercise("ex-1", "large", "2024-01-01", "2024-01-05", "USA:host", "KOR"), 1);

            NetworkSnapshot s = on("2024-01-03", e);

            assertThat(s.dyads()).isEmpty();
            assertThat(s.activeEvents().values()).containsOnly(0);
        }

        @Test
        void aRetractionAsTheHighestRevisionRemovesTheEvent() {
            FeedEvent e = exercise("ex-1", "large", "2024-01-01", "2024-01-05", "USA:host", "KOR");

            assertThat(on("2024-01-03", e, retracted(e, 2)).dyads()).isEmpty();
        }

        @Test
        void onlyTheHighestRevisionOfAnIdCounts() {
            FeedEvent small = exercise("ex-1", "small", "2024-01-01", "2024-01-05", "USA:host", "KOR");
            FeedEvent major = revise(exercise("ex-1", "major", "2024-01-01", "2024-01-05", "USA:host", "KOR"), 3);

            assertThat(on("2024-01-03", major, small).cooperation().weight("KOR", "USA")).isEqualTo(3.0);
            assertThat(on("2024-01-03", small, major).cooperation().weight("KOR", "USA")).isEqualTo(3.0);
        }

        @Test
        void anEventCountsOnlyFromItsStart() {
            FeedEvent e = exercise("ex-1", "large", "2024-04-22", "2024-05-10", "PHL:host", "USA");

            assertThat(on("2024-04-21", e).dyads()).isEmpty();
            assertThat(on("2024-04-22", e).dyads()).hasSize(1);
        }

        @Test
        void theSameEventsInAnyOrderGiveTheSameSnapshot() {
            List<FeedEvent> events = new ArrayList<>(List.of(
                    exercise("ex-a", "major", "2023-07-22", "2023-08-04", "AUS:host", "USA:host", "JPN", "KOR", "PHL:observer"),
                    exercise("ex-b", "small", "2024-04-07", "2024-04-07", "PHL:host", "AUS", "JPN", "USA"),
                    agreement("ag-a", "minilateral_framework", "signed", "2023-08-18", null, null, "JPN", "KOR", "USA"),
                    agreement("ag-b", "access_agreement", "signed", "2014-04-28", null, null, "USA", "PHL"),
                    coercion("co-a", 3, "2024-03-01", List.of("CHN"), List.of("PHL", "JPN"))));
            NetworkSnapshot first = MODEL.snapshot(events, SCOPE, LocalDate.parse("2024-06-01"));
            Collections.shuffle(events, new Random(7));
            NetworkSnapshot second = MODEL.snapshot(events, SCOPE, LocalDate.parse("2024-06-01"));

            assertThat(second.dyads()).isEqualTo(first.dyads());
            assertThat(second.contributions()).isEqualTo(first.contributions());
            assertThat(second.activeGroups()).isEqualTo(first.activeGroups());
            assertThat(second.coercion()).isEqualTo(first.coercion());
            assertThat(second.cooperation().edges()).isEqualTo(first.cooperation().edges());
        }
    }

    @Nested
    class Groups {
        @Test
        void threeOrMoreMemberParticipantsOfARecentExerciseAreAnActiveGroup() {
            FeedEvent e = exercise("ex-mca", "small", "2024-04-07", "2024-04-07", "PHL:host", "AUS", "JPN", "USA", "IND");

            NetworkSnapshot s = on("2024-06-01", e);

            assertThat(s.activeGroups()).containsExactly(new Group(List.of("AUS", "JPN", "PHL", "USA"), "ex-mca", LocalDate.parse("2024-04-07")));
        }

        @Test
        void twoMembersAreNotAGroup() {
            FeedEvent e = exercise("ex-trio", "small", "2024-04-07", "2024-04-07", "PHL:host", "USA", "IND");

            assertThat(on("2024-04-07", e).activeGroups()).isEmpty();
        }

        @Test
        void anExerciseStaysAGroupForTheGroupsWindowAfterItEnds() {
            FeedEvent e = exercise("ex-mca", "small", "2024-04-01", "2024-04-07", "PHL:host", "AUS", "JPN");
            LocalDate end = LocalDate.parse("2024-04-07");

            assertThat(on("2024-04-03", e).activeGroups()).extracting(Group::lastActive).as("running: active today")
                    .containsExactly(LocalDate.parse("2024-04-03"));
            assertThat(MODEL.snapshot(List.of(e), SCOPE, end.plusDays(365)).activeGroups()).hasSize(1);
            assertThat(MODEL.snapshot(List.of(e), SCOPE, end.plusDays(366)).activeGroups()).isEmpty();
        }

        @Test
        void anAgreementInForceIsAGroupActiveOnTheDay() {
            FeedEvent camp = agreement("ag-camp-david", "minilateral_framework", "signed", "2023-08-18", null, null, "JPN", "KOR", "USA");

            assertThat(on("2026-01-01", camp).activeGroups())
                    .containsExactly(new Group(List.of("JPN", "KOR", "USA"), "ag-camp-david", LocalDate.parse("2026-01-01")));
        }

        @Test
        void theSameMembersMakeOneGroupNamingTheLastActiveEvent() {
            FeedEvent older = exercise("ex-z-older", "medium", "2024-01-10", "2024-01-12", "JPN:host", "KOR", "USA");
            FeedEvent newer = exercise("ex-a-newer", "medium", "2024-06-27", "2024-06-29", "USA:host", "JPN", "KOR");

            assertThat(on("2024-08-01", older, newer).activeGroups())
                    .containsExactly(new Group(List.of("JPN", "KOR", "USA"), "ex-a-newer", LocalDate.parse("2024-06-29")));
        }

        @Test
        void groupsAreSortedByMembers() {
            FeedEvent a = exercise("ex-1", "medium", "2024-06-27", "2024-06-29", "USA:host", "JPN", "KOR");
            FeedEvent b = exercise("ex-2", "medium", "2024-06-27", "2024-06-29", "USA:host", "JPN", "AUS", "PHL");

            assertThat(on("2024-07-01", a, b).activeGroups()).extracting(Group::members)
                    .containsExactly(List.of("AUS", "JPN", "PHL", "USA"), List.of("JPN", "KOR", "USA"));
        }
    }

    @Nested
    class Contributions {
        @Test
        void contributionsComeHeaviestFirstWithTiesInIdOrder() {
            FeedEvent alliance = agreement("ag-alliance", "alliance_treaty", "in_force", "1951-01-01", null, null, "AUS", "USA");
            FeedEvent b = agreement("ag-b", "access_agreement", "signed", "2014-01-01", null, null, "PHL", "USA");
            FeedEvent a = agreement("ag-a", "access_agreement", "signed", "2014-01-01", null, null, "JPN", "USA");
            FeedEvent push = coercion("co-push", 5, "2024-01-01", List.of("CHN"), List.of("PHL"));

            assertThat(on("2024-01-01", alliance, b, a, push).contributions()).containsExactly(
                    new Contribution("ag-alliance", Layer.AGREEMENT, 3.0, "https://example.org/ag-alliance"),
                    new Contribution("ag-a", Layer.AGREEMENT, 2.0, "https://example.org/ag-a"),
                    new Contribution("ag-b", Layer.AGREEMENT, 2.0, "https://example.org/ag-b"),
                    new Contribution("co-push", Layer.COERCION, 1.0, "https://example.org/co-push"));
        }

        @Test
        void anEventWithOneMemberContributesNothing() {
            FeedEvent e = exercise("ex-1", "large", "2024-01-01", "2024-01-05", "IND:host", "USA");

            NetworkSnapshot s = on("2024-01-03", e);

            assertThat(s.contributions()).isEmpty();
            assertThat(s.activeEvents().values()).containsOnly(0);
            assertThat(s.cooperation().nodeCount()).isEqualTo(6);
        }
    }

    @Nested
    class StateEviction {
        @Test
        void anExerciseIsRelevantUntilItsWindowHasPassed() {
            FeedEvent e = exercise("ex-1", "large", "2024-01-01", "2024-01-05", "USA:host", "KOR");

            assertThat(MODEL.lastRelevantDay(e)).isEqualTo(LocalDate.parse("2024-01-05").plusDays(730));
        }

        @Test
        void aCoercionIncidentIsRelevantUntilItsWindowHasPassed() {
            FeedEvent e = coercion("co-1", 3, "2024-01-01", List.of("CHN"), List.of("PHL"));

            assertThat(MODEL.lastRelevantDay(e)).as("365 days, 2024 is a leap year").isEqualTo(LocalDate.parse("2024-12-31"));
            assertThat(MODEL.snapshot(List.of(e), SCOPE, MODEL.lastRelevantDay(e)).dyads()).hasSize(1);
            assertThat(MODEL.snapshot(List.of(e), SCOPE, MODEL.lastRelevantDay(e).plusDays(1)).dyads()).isEmpty();
        }

        @Test
        void anOpenAgreementIsRelevantForeverAndOneWithAnEndUntilThatDay() {
            FeedEvent open = agreement("ag-open", "alliance_treaty", "in_force", "1951-01-01", null, null, "AUS", "USA");
            FeedEvent closed = agreement("ag-closed", "defence_cooperation", "in_force", "2019-01-01", null, "2023-12-31", "JPN", "PHL");

            assertThat(MODEL.lastRelevantDay(open)).isEqualTo(LocalDate.MAX);
            assertThat(MODEL.lastRelevantDay(closed)).isEqualTo(LocalDate.parse("2023-12-31"));
        }

        @Test
        void anEndRecordIsKeptForeverAndLetsTheAgreementItEndedGo() {
            FeedEvent vfa = agreement("ag-vfa", "access_agreement", "in_force", "1998-02-10", null, null, "PHL", "USA");
            FeedEvent termination = agreement("ag-vfa-termination", "access_agreement", "terminated", "2020-02-11", null, null, "PHL", "USA");

            assertThat(MODEL.lastRelevantDay(termination)).isEqualTo(LocalDate.MAX);
            assertThat(MODEL.lastRelevantDay(vfa)).isEqualTo(LocalDate.MAX);
            assertThat(MODEL.lastRelevantDay(vfa, List.of(vfa, termination))).isEqualTo(LocalDate.parse("2020-02-10"));
            // after evicting the ended agreement, the snapshot is unchanged
            LocalDate later = LocalDate.parse("2020-06-01");
            assertThat(MODEL.snapshot(List.of(termination), SCOPE, later).dyads())
                    .isEqualTo(MODEL.snapshot(List.of(vfa, termination), SCOPE, later).dyads());
        }

        @Test
        void anEndOfOnlySomePairsKeepsTheAgreement() {
            FeedEvent framework = agreement("ag-framework", "minilateral_framework", "signed", "2023-08-18", null, null, "JPN", "KOR", "USA");
            FeedEvent suspension = agreement("ag-suspension", "minilateral_framework", "suspended", "2024-01-01", null, null, "JPN", "KOR");

            assertThat(MODEL.lastRelevantDay(framework, List.of(framework, suspension))).isEqualTo(LocalDate.MAX);
        }

        @Test
        void aRetractedEventIsNeverRelevant() {
            assertThat(MODEL.lastRelevantDay(retracted(coercion("co-1", 3, "2024-01-01", List.of("CHN"), List.of("PHL")), 2)))
                    .isEqualTo(LocalDate.MIN);
        }
    }

    @Nested
    class Touches {
        @Test
        void anEventTouchesAScopeWhenItNamesTwoMembers() {
            assertThat(MODEL.touches(exercise("ex-1", "large", "2024-01-01", "2024-01-05", "IND:host", "USA", "JPN"), SCOPE)).isTrue();
            assertThat(MODEL.touches(exercise("ex-2", "large", "2024-01-01", "2024-01-05", "IND:host", "USA", "GBR"), SCOPE)).isFalse();
            assertThat(MODEL.touches(agreement("ag-1", "joint_statement", "signed", "2024-01-01", null, null, "AUS", "JPN"), SCOPE)).isTrue();
        }

        @Test
        void coercionTouchesAScopeWhenAMemberPressesAnotherMember() {
            assertThat(MODEL.touches(coercion("co-1", 3, "2024-01-01", List.of("CHN"), List.of("PHL")), SCOPE)).isTrue();
            // pressure on a member counts wherever it comes from
            assertThat(MODEL.touches(coercion("co-2", 3, "2024-01-01", List.of("RUS"), List.of("PHL")), SCOPE)).isTrue();
            assertThat(MODEL.touches(coercion("co-3", 3, "2024-01-01", List.of("CHN"), List.of("GBR")), SCOPE)).isFalse();
        }
    }

    @Test
    void theSampleFeedGivesTheAgreementTiesItRecords() {
        List<FeedEvent> sample = Feeds.sample().stream().map(l -> SecwebJson.read(l, FeedEvent.class)).toList();
        Scope alliances = NetworkConfig.defaults().scope("us-alliance-system").orElseThrow();

        NetworkSnapshot s = MODEL.snapshot(sample, alliances, LocalDate.parse("2024-06-30"));

        // ANZUS 3 + AUKUS 1 + AUKUS naval nuclear propulsion 1; the 2021 Quad summit is a dialogue, gone after 730 days
        assertThat(s.dyads()).filteredOn(d -> d.a().equals("AUS") && d.b().equals("USA")).extracting(DyadTie::agreement).containsExactly(5.0);
        assertThat(s.dyads()).filteredOn(d -> d.a().equals("AUS") && d.b().equals("USA")).extracting(DyadTie::dialogue).containsExactly(0.0);
        assertThat(MODEL.snapshot(sample, alliances, LocalDate.parse("2021-03-12")).dyads()).filteredOn(d -> d.a().equals("AUS") && d.b().equals("USA"))
                .extracting(DyadTie::dialogue).containsExactly(1.0);
        assertThat(s.dyads()).filteredOn(d -> d.a().equals("NZL") && d.b().equals("USA")).extracting(DyadTie::agreement).containsExactly(3.0);
        // Balikatan 2024 (major, ended 2024-05-10, 51 days before): PHL host, USA participant
        assertThat(s.dyads()).filteredOn(d -> d.a().equals("PHL") && d.b().equals("USA")).singleElement()
                .satisfies(d -> assertThat(d.exercise()).isGreaterThan(3.0 * Math.pow(0.5, 51.0 / 365)));
        assertThat(s.cooperation().nodeCount()).isEqualTo(7);
        assertThat(s.contributions()).allSatisfy(c -> assertThat(c.sourceUrl()).startsWith("http"));
    }

    @Test
    void theGraphHasEveryMemberAsANodeEvenWithoutTies() {
        Graph g = on("2024-01-01").cooperation();

        assertThat(g.nodes()).containsExactly("AUS", "CHN", "JPN", "KOR", "PHL", "USA");
        assertThat(g.edgeCount()).isZero();
    }

    // ---- events ----

    private static FeedEvent agreement(String id, String kind, String status, String start, String from, String to, String... parties) {
        List<Participant> ps = new ArrayList<>();
        for (String p : parties) {
            ps.add(new Participant(p, Role.PARTY));
        }
        return event(id, EventType.AGREEMENT, start, start, ps, null,
                new AgreementBody("agreement " + id, kind, status, from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to)),
                null, null);
    }

    /** A record of the same agreement as {@code predecessor} (kind and parties) that changes its state. */
    private static FeedEvent successor(String id, FeedEvent predecessor, String status, String start, String from, String to) {
        AgreementBody b = predecessor.agreement();
        return event(id, EventType.AGREEMENT, start, start, predecessor.participants(), null,
                new AgreementBody("agreement " + id, b.kind(), status, from == null ? null : LocalDate.parse(from),
                        to == null ? null : LocalDate.parse(to), predecessor.id(), null), null, null);
    }

    private static FeedEvent linkedAgreement(String id, String kind, String supersedes, String status, String start, String... parties) {
        List<Participant> ps = new ArrayList<>();
        for (String p : parties) {
            ps.add(new Participant(p, Role.PARTY));
        }
        return event(id, EventType.AGREEMENT, start, start, ps, null, new AgreementBody("agreement " + id, kind, status, null, null, supersedes,
                null), null, null);
    }

    /** Participants as "PHL:host", "JPN:observer" or "USA" (participant). */
    private static FeedEvent exercise(String id, String scale, String start, String end, String... participants) {
        List<Participant> ps = new ArrayList<>();
        for (String p : participants) {
            String[] f = p.split(":");
            Role role = f.length == 1 ? Role.PARTICIPANT : Role.valueOf(f[1].toUpperCase(java.util.Locale.ROOT));
            ps.add(new Participant(f[0], role));
        }
        return event(id, EventType.EXERCISE, start, end, ps, new ExerciseBody("exercise " + id, null, List.of("sea"), scale, null), null, null, null);
    }

    /** Participants as "JPN:host" or "USA" (participant). */
    private static FeedEvent dialogue(String id, String level, String status, String start, String... participants) {
        List<Participant> ps = new ArrayList<>();
        for (String p : participants) {
            String[] f = p.split(":");
            ps.add(new Participant(f[0], f.length == 1 ? Role.PARTICIPANT : Role.valueOf(f[1].toUpperCase(java.util.Locale.ROOT))));
        }
        return event(id, EventType.DIALOGUE, start, start, ps, null, null, null, new DialogueBody("dialogue " + id, "Series", level, status));
    }

    private static FeedEvent coercion(String id, int severity, String start, List<String> initiators, List<String> targets) {
        List<Participant> ps = new ArrayList<>();
        initiators.forEach(c -> ps.add(new Participant(c, Role.INITIATOR)));
        targets.forEach(c -> ps.add(new Participant(c, Role.TARGET)));
        return event(id, EventType.COERCION, start, start, ps, null, null, new CoercionBody("maritime_gray_zone", severity, null), null);
    }

    private static FeedEvent event(String id, EventType type, String start, String end, List<Participant> participants,
                                   ExerciseBody exercise, AgreementBody agreement, CoercionBody coercion, DialogueBody dialogue) {
        return new FeedEvent(id, 1, type, LocalDate.parse(start), LocalDate.parse(end), "day", null, List.copyOf(participants), List.of(),
                new Source("test", "https://example.org/" + id, null, null), null, false, exercise, agreement, coercion, dialogue);
    }

    private static FeedEvent revise(FeedEvent e, int revision) {
        return new FeedEvent(e.id(), revision, e.type(), e.start(), e.end(), e.datePrecision(), e.occurredAt(), e.participants(), e.tags(),
                e.source(), e.confidence(), e.retracted(), e.exercise(), e.agreement(), e.coercion(), e.dialogue());
    }

    private static FeedEvent retracted(FeedEvent e, int revision) {
        return new FeedEvent(e.id(), revision, e.type(), e.start(), e.end(), e.datePrecision(), e.occurredAt(), e.participants(), e.tags(),
                e.source(), e.confidence(), true, e.exercise(), e.agreement(), e.coercion(), e.dialogue());
    }
}
