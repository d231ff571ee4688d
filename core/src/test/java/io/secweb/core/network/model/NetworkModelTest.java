package io.secweb.core.network.model;

import io.secweb.core.network.graph.Graph;
import io.secweb.core.testing.FeedEvents;
import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Role;
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
            FeedEvent treaty = FeedEvents.agreement("ag-treaty").on("2020-01-01").kind("alliance_treaty")
                    .participants("AUS", "JPN", "USA").build();

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
            FeedEvent raa = FeedEvents.agreement("ag-raa").on("2022-01-06").kind("access_agreement").status("signed")
                    .effective("2023-08-13", null).participants("JPN", "AUS").build();

            assertThat(on("2023-08-12", raa).cooperation().weight("AUS", "JPN")).isZero();
            assertThat(on("2023-08-12", raa).contributions()).isEmpty();
            assertThat(on("2023-08-13", raa).cooperation().weight("AUS", "JPN")).isEqualTo(2.0);
        }

        @Test
        void anAgreementCountsOnlyFromItsStartEvenWithAnEarlierEffectiveFrom() {
            FeedEvent retroactive = FeedEvents.agreement("ag-retro").on("2020-06-01").kind("logistics_agreement").effective("2019-01-01", null)
                    .participants("USA", "PHL").build();

            assertThat(on("2020-05-31", retroactive).dyads()).isEmpty();
            assertThat(on("2020-06-01", retroactive).cooperation().weight("PHL", "USA")).isEqualTo(1.5);
        }

        @Test
        void anAgreementPastItsEffectiveToLapsesWithoutCountingAsALostTie() {
            FeedEvent mou = FeedEvents.agreement("ag-mou").on("2019-01-01").kind("defence_cooperation").effective(null, "2023-12-31")
                    .participants("JPN", "PHL").build();

            assertThat(on("2023-12-31", mou).cooperation().weight("JPN", "PHL")).isEqualTo(1.5);
            NetworkSnapshot after = on("2024-01-01", mou);
            assertThat(after.cooperation().weight("JPN", "PHL")).isZero();
            assertThat(after.tiesLost()).isZero();
            assertThat(after.contributions()).isEmpty();
        }

        @Test
        void aTerminationEndsTheTieOfTheSameKindFromItsStartAndCountsAsLostForTheWindow() {
            FeedEvent vfa = FeedEvents.agreement("ag-vfa").on("1998-02-10").kind("access_agreement").effective("1999-05-27", null)
                    .participants("PHL", "USA").build();
            FeedEvent mdt = FeedEvents.agreement("ag-mdt").on("1951-08-30").kind("alliance_treaty").effective("1952-08-27", null)
                    .participants("PHL", "USA").build();
            FeedEvent termination = FeedEvents.agreement("ag-vfa-termination").on("2020-02-11").kind("access_agreement").status("terminated")
                    .participants("PHL", "USA").build();

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
            FeedEvent gsomia = FeedEvents.agreement("ag-gsomia").on("2016-11-23").kind("intelligence_sharing").effective("2016-11-23", null)
                    .participants("KOR", "JPN").build();
            FeedEvent ended = FeedEvents.agreement("ag-gsomia").on("2016-11-23").kind("intelligence_sharing").status("terminated")
                    .effective("2016-11-23", "2019-11-22").participants("KOR", "JPN").revision(2).build();

            assertThat(on("2018-01-01", gsomia, ended).cooperation().weight("JPN", "KOR")).isEqualTo(1.5);
            assertThat(on("2019-11-22", gsomia, ended).cooperation().weight("JPN", "KOR")).isEqualTo(1.5);
            assertThat(on("2019-11-22", gsomia, ended).tiesLost()).isZero();
            NetworkSnapshot after = on("2019-11-23", ended, gsomia);
            assertThat(after.cooperation().weight("JPN", "KOR")).isZero();
            assertThat(after.tiesLost()).isEqualTo(1);
        }

        @Test
        void aTerminationNoticeDoesNotDoubleTheTieItAnnouncesTheEndOf() {
            FeedEvent gsomia = FeedEvents.agreement("ag-gsomia").on("2016-11-23").kind("intelligence_sharing").effective("2016-11-23", null)
                    .participants("KOR", "JPN").build();
            FeedEvent notice = FeedEvents.agreement("ag-gsomia-notice").on("2019-08-22").kind("intelligence_sharing").status("terminated")
                    .effective("2016-11-23", "2019-11-22").participants("KOR", "JPN").build();

            NetworkSnapshot during = on("2019-09-01", gsomia, notice);
            assertThat(during.cooperation().weight("JPN", "KOR")).isEqualTo(1.5);
            assertThat(during.contributions()).extracting(Contribution::eventId).containsExactly("ag-gsomia");

            NetworkSnapshot after = on("2019-11-23", gsomia, notice);
            assertThat(after.cooperation().weight("JPN", "KOR")).isZero();
            assertThat(after.tiesLost()).isEqualTo(1);
        }

        @Test
        void anAgreementSignedAfterATerminationStands() {
            FeedEvent vfa = FeedEvents.agreement("ag-vfa").on("1998-02-10").kind("access_agreement").participants("PHL", "USA").build();
            FeedEvent termination = FeedEvents.agreement("ag-vfa-termination").on("2020-02-11").kind("access_agreement").status("terminated")
                    .participants("PHL", "USA").build();
            FeedEvent edca = FeedEvents.agreement("ag-edca-new").on("2021-07-30").kind("access_agreement").status("signed")
                    .participants("PHL", "USA").build();

            NetworkSnapshot s = on("2022-01-01", vfa, termination, edca);

            assertThat(s.cooperation().weight("PHL", "USA")).isEqualTo(2.0);
            assertThat(s.tiesLost()).as("the end was more than a year before").isZero();
        }

        @Test
        void aSuspensionEndsOnlyThePairsItNames() {
            FeedEvent framework = FeedEvents.agreement("ag-framework").on("2023-08-18").kind("minilateral_framework").status("signed")
                    .participants("JPN", "KOR", "USA").build();
            FeedEvent suspension = FeedEvents.agreement("ag-suspension").on("2024-01-01").kind("minilateral_framework").status("suspended")
                    .participants("JPN", "KOR").build();

            NetworkSnapshot s = on("2024-06-01", framework, suspension);

            assertThat(s.cooperation().weight("JPN", "KOR")).isZero();
            assertThat(s.cooperation().weight("JPN", "USA")).isEqualTo(1.0);
            assertThat(s.cooperation().weight("KOR", "USA")).isEqualTo(1.0);
            assertThat(s.tiesLost()).isEqualTo(1);
        }

        @Test
        void tiesOfSeveralAgreementsAndExercisesAddUp() {
            FeedEvent lemoa = FeedEvents.agreement("ag-logistics").on("2016-08-29").kind("logistics_agreement").status("signed")
                    .participants("USA", "JPN").build();
            FeedEvent statement = FeedEvents.agreement("ag-statement").on("2021-03-12").kind("joint_statement").status("signed")
                    .participants("USA", "JPN").build();
            FeedEvent drill = FeedEvents.exercise("ex-drill").on("2024-06-27").until("2024-06-29").scale("medium")
                    .participants("USA", "JPN").build();

            NetworkSnapshot s = on("2024-06-28", lemoa, statement, drill);

            assertThat(s.dyads()).containsExactly(new DyadTie("JPN", "USA", 2.0, 1.0, 0, 0, 0));
            assertThat(s.cooperation().weight("JPN", "USA")).isEqualTo(3.0);
        }
    }

    /** Agreements whose status changes are records linked by supersedes: one agreement, one tie. */
    @Nested
    class Lifecycle {
        private final FeedEvent gsomia = FeedEvents.agreement("ag-gsomia").on("2016-11-23").kind("intelligence_sharing")
                .effective("2016-11-23", null).participants("KOR", "JPN").build();
        private final FeedEvent notice = successor("ag-gsomia-notice", gsomia, "termination_notice").on("2019-08-22")
                .status("termination_notice").build();
        private final FeedEvent suspended = successor("ag-gsomia-notice-suspended", notice, "notice_suspended").on("2019-11-22").build();
        private final FeedEvent normalised = successor("ag-gsomia-normalised", suspended, "notice_withdrawn").on("2023-03-21").build();

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
            FeedEvent quad = FeedEvents.agreement("ag-quad").on("2007-05-01").kind("minilateral_framework").status("signed")
                    .participants("AUS", "JPN", "USA").build();
            FeedEvent lapse = successor("ag-quad-lapse", quad, "termination").on("2008-02-05").status("terminated").build();
            FeedEvent revival = successor("ag-quad-revival", lapse, null).on("2017-11-12").build();

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
            FeedEvent vfa = FeedEvents.agreement("ag-vfa").on("1998-02-10").kind("access_agreement").effective("1999-06-01", null)
                    .participants("PHL", "USA").build();
            FeedEvent edca = FeedEvents.agreement("ag-edca").on("2014-04-28").kind("access_agreement").status("signed").participants("PHL", "USA").build();
            FeedEvent vfaNotice = successor("ag-vfa-notice", vfa, "termination_notice").on("2020-02-11").status("termination_notice").build();
            FeedEvent vfaEnd = successor("ag-vfa-end", vfaNotice, "termination").on("2020-08-09").status("terminated").build();

            assertThat(on("2020-02-10", vfa, edca, vfaNotice, vfaEnd).cooperation().weight("PHL", "USA")).isEqualTo(4.0);
            assertThat(on("2020-02-11", vfa, edca, vfaNotice, vfaEnd).cooperation().weight("PHL", "USA")).isEqualTo(3.0);
            NetworkSnapshot ended = on("2020-09-01", vfa, edca, vfaNotice, vfaEnd);
            assertThat(ended.cooperation().weight("PHL", "USA")).as("EDCA stays").isEqualTo(2.0);
            assertThat(ended.tiesLost()).isEqualTo(1);
        }

        @Test
        void aRenewalTakesOverWhenItTakesEffectAndATenYearFrameworkLapsesWithoutOne() {
            FeedEvent first = FeedEvents.agreement("ag-framework-2005").on("2005-06-28").kind("defence_cooperation").status("signed")
                    .effective(null, "2015-06-27").participants("USA", "JPN").build();
            FeedEvent renewal = successor("ag-framework-2015", first, "renewal").on("2015-06-03").status("signed")
                    .effective("2015-06-10", "2025-06-02").build();

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
            FeedEvent acsa2010 = FeedEvents.agreement("ag-acsa-2010").on("2010-05-19").kind("logistics_agreement").status("signed")
                    .effective("2013-01-31", null).participants("JPN", "AUS").build();
            FeedEvent acsa2017 = successor("ag-acsa-2017", acsa2010, "replacement").on("2017-01-14").status("signed").build();

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
            FeedEvent a = FeedEvents.agreement("ag-a").on("2020-01-01").kind("intelligence_sharing").supersedes("ag-b")
                    .participants("JPN", "KOR").build();
            FeedEvent b = FeedEvents.agreement("ag-b").on("2021-01-01").kind("intelligence_sharing").status("termination_notice")
                    .supersedes("ag-a").participants("JPN", "KOR").build();

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
            FeedEvent e = FeedEvents.exercise("ex-large").on("2024-04-22").until("2024-05-10").scale("large")
                    .participants("AUS", "JPN", "USA").build();

            NetworkSnapshot s = on("2024-04-22", e);

            assertThat(s.cooperation().weight("AUS", "JPN")).isEqualTo(2.0);
            assertThat(s.cooperation().weight("JPN", "USA")).isEqualTo(2.0);
            assertThat(on("2024-05-10", e).cooperation().weight("AUS", "USA")).isEqualTo(2.0);
            assertThat(s.contributions()).containsExactly(new Contribution("ex-large", Layer.EXERCISE, 6.0, "https://example.org/ex-large"));
        }

        @Test
        void oneHalfLifeAfterItEndedAnExerciseWeighsHalf() {
            FeedEvent e = FeedEvents.exercise("ex-large").on("2022-12-20").until("2023-01-01").scale("large").participants("AUS", "JPN").build();

            assertThat(on("2024-01-01", e).cooperation().weight("AUS", "JPN")).isCloseTo(1.0, within(EPS));
            assertThat(on("2024-07-01", e).cooperation().weight("AUS", "JPN")).as("547 days").isCloseTo(2.0 * Math.pow(0.5, 547.0 / 365), within(EPS));
            assertThat(on("2024-12-31", e).cooperation().weight("AUS", "JPN")).as("two half-lives (2024 is a leap year)").isCloseTo(0.5, within(EPS));
        }

        @Test
        void anExerciseEndedMoreThanTheWindowAgoWeighsNothing() {
            FeedEvent e = FeedEvents.exercise("ex-large").on("2019-12-20").until("2020-01-01").scale("large").participants("AUS", "JPN").build();
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
            FeedEvent e = FeedEvents.exercise("ex-major").on("2023-04-11").until("2023-04-28").scale("major").participants("PHL", "USA")
                    .participants(Role.OBSERVER, "JPN", "KOR").build();

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
            FeedEvent e = FeedEvents.exercise("ex-small").on("2020-01-01").scale("small").participants("PHL")
                    .participants(Role.OBSERVER, "JPN", "KOR").build();

            NetworkSnapshot s = MODEL.snapshot(List.of(e), SCOPE, LocalDate.parse("2020-01-01").plusDays(700));

            assertThat(s.cooperation().weight("JPN", "KOR")).isZero();
            assertThat(s.cooperation().weight("JPN", "PHL")).isCloseTo(0.125 * Math.pow(0.5, 700.0 / 365), within(EPS));
        }

        @Test
        void anExerciseWithoutScaleCountsAsMedium() {
            FeedEvent e = FeedEvents.exercise("ex-unscaled").on("2024-01-01").until("2024-01-05").participants("USA", "KOR").build();

            assertThat(on("2024-01-03", e).cooperation().weight("KOR", "USA")).isEqualTo(1.0);
        }

        @Test
        void nonMembersAreLeftOutButTheMemberPairsOfTheSameEventKept() {
            FeedEvent e = FeedEvents.exercise("ex-malabar").on("2020-11-03").until("2020-11-20").scale("large").participants("IND", "USA", "JPN")
                    .participants(Role.OBSERVER, "GBR").build();

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
            FeedEvent summit = FeedEvents.dialogue("dl-summit").on("2024-09-21").level("leaders").participants("USA", "AUS", "JPN", "IND").build();

            NetworkSnapshot s = on("2024-09-21", summit);

            assertThat(s.cooperation().weight("AUS", "JPN")).isEqualTo(1.0);
            assertThat(s.cooperation().weight("JPN", "USA")).isEqualTo(1.0);
            assertThat(s.dyads()).contains(new DyadTie("AUS", "USA", 0, 0, 1.0, 0, 0));
            assertThat(s.contributions()).containsExactly(new Contribution("dl-summit", Layer.DIALOGUE, 3.0, "https://example.org/dl-summit"));
            assertThat(s.activeEvents()).containsEntry(Layer.DIALOGUE, 1).containsEntry(Layer.EXERCISE, 0);
        }

        @Test
        void theLevelSetsTheWeight() {
            assertThat(weightOnTheDay("two_plus_two")).isEqualTo(0.8);
            assertThat(weightOnTheDay("ministers")).isEqualTo(0.6);
            assertThat(weightOnTheDay("senior_officials")).isEqualTo(0.4);
            assertThat(weightOnTheDay("working_group")).isEqualTo(0.2);
        }

        private double weightOnTheDay(String level) {
            FeedEvent meeting = FeedEvents.dialogue("dl-" + level).on("2024-01-01").level(level).participants("JPN", "USA").build();
            return on("2024-01-01", meeting).cooperation().weight("JPN", "USA");
        }

        @Test
        void aDialogueDecaysLikeAnExerciseAndIsGoneAfterTheWindow() {
            FeedEvent summit = FeedEvents.dialogue("dl-summit").on("2023-01-01").level("leaders").participants("JPN", "USA").build();
            LocalDate day = LocalDate.parse("2023-01-01");

            assertThat(MODEL.snapshot(List.of(summit), SCOPE, day.plusDays(365)).cooperation().weight("JPN", "USA")).isCloseTo(0.5, within(EPS));
            assertThat(MODEL.snapshot(List.of(summit), SCOPE, day.plusDays(730)).cooperation().weight("JPN", "USA")).isCloseTo(0.25, within(EPS));
            assertThat(MODEL.snapshot(List.of(summit), SCOPE, day.plusDays(731)).dyads()).isEmpty();
        }

        @Test
        void dialogueFlowAddsToAgreementStockInTheCooperationGraph() {
            FeedEvent treaty = FeedEvents.agreement("ag-treaty").on("1960-01-19").kind("alliance_treaty").participants("JPN", "USA").build();
            FeedEvent twoPlusTwo = FeedEvents.dialogue("dl-22").on("2024-07-28").level("two_plus_two").participants("JPN", "USA").build();

            NetworkSnapshot s = on("2024-07-28", treaty, twoPlusTwo);

            assertThat(s.cooperation().weight("JPN", "USA")).isCloseTo(3.8, within(EPS));
            assertThat(s.dyads()).containsExactly(new DyadTie("JPN", "USA", 3.0, 0, 0.8, 0, 0));
        }

        @Test
        void aPostponedSummitAddsNoWeightButIsCountedAndListedWithWeightZero() {
            FeedEvent held = FeedEvents.dialogue("dl-2024").on("2024-09-21").level("leaders").participants("USA", "AUS", "JPN").build();
            FeedEvent postponed = FeedEvents.dialogue("dl-2025").on("2025-06-01").level("leaders").status("postponed")
                    .participants("AUS", "JPN", "USA").build();

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
            FeedEvent cancelled = FeedEvents.dialogue("dl-cancelled").on("2024-01-10").level("ministers").status("cancelled")
                    .participants("CHN", "JPN").build();
            LocalDate planned = LocalDate.parse("2024-01-10");

            assertThat(MODEL.snapshot(List.of(cancelled), SCOPE, planned.plusDays(365)).dialoguesNotHeld()).isEqualTo(1);
            NetworkSnapshot later = MODEL.snapshot(List.of(cancelled), SCOPE, planned.plusDays(366));
            assertThat(later.dialoguesNotHeld()).isZero();
            assertThat(later.contributions()).isEmpty();
            assertThat(later.dyads()).isEmpty();
        }

        @Test
        void aMeetingWithOneMemberIsNotCounted() {
            FeedEvent postponed = FeedEvents.dialogue("dl-ind").on("2025-06-01").level("leaders").status("postponed").participants("IND", "USA").build();

            assertThat(on("2025-06-02", postponed).dialoguesNotHeld()).isZero();
        }

        @Test
        void aHeldDialogueOfThreeOrMoreMembersIsAnActiveGroupButAPostponedOneIsNot() {
            FeedEvent held = FeedEvents.dialogue("dl-trilateral").on("2024-05-02").level("ministers").participants("USA", "JPN", "AUS").build();
            FeedEvent postponed = FeedEvents.dialogue("dl-squad").on("2024-05-02").level("ministers").status("postponed")
                    .participants("USA", "JPN", "AUS", "PHL").build();

            assertThat(on("2024-06-01", held, postponed).activeGroups())
                    .containsExactly(new Group(List.of("AUS", "JPN", "USA"), "dl-trilateral", LocalDate.parse("2024-05-02")));
        }

        @Test
        void aDialogueIsRelevantUntilTheLongestOfItsWindows() {
            FeedEvent summit = FeedEvents.dialogue("dl-summit").on("2024-09-21").level("leaders").participants("USA", "AUS").build();

            assertThat(MODEL.lastRelevantDay(summit)).isEqualTo(LocalDate.parse("2024-09-21").plusDays(730));
        }
    }

    /** Records from machine-coded news weigh news.weight_factor x confidence of a curated record of the same kind. */
    @Nested
    class NewsDerived {
        @Test
        void aNewsDialogueWeighsTheFactorTimesItsConfidence() {
            FeedEvent consult = fromNews(FeedEvents.dialogue("icews-consult").on("2024-01-01").level("senior_officials")
                    .participants("JPN", "USA").build(), "icews", 0.75);

            assertThat(on("2024-01-01", consult).cooperation().weight("JPN", "USA")).isCloseTo(0.4 * 0.5 * 0.75, within(EPS));
        }

        @Test
        void newsCoercionAndCooperationAreWeighedApartFromCuratedOnes() {
            FeedEvent curated = FeedEvents.coercion("co-curated").on("2024-01-01").severity(3).participants("CHN", "PHL").build();
            FeedEvent news = fromNews(FeedEvents.coercion("gdelt-2024-01-01-CHN-PHL-171").on("2024-01-01").severity(3)
                    .participants("CHN", "PHL").build(), "gdelt", null);
            FeedEvent cooperation = fromNews(FeedEvents.agreement("icews-coop").on("2024-01-01").kind("military_cooperation")
                    .effective("2024-01-01", "2024-03-30").participants("JPN", "PHL").build(), "icews", 0.5);

            NetworkSnapshot s = on("2024-01-01", curated, news, cooperation);
            assertThat(s.coercion().get("CHN").get("PHL")).isCloseTo(0.6 + 0.6 * 0.5, within(EPS));
            assertThat(s.cooperation().weight("JPN", "PHL")).isCloseTo(1.0 * 0.5 * 0.5, within(EPS));
            assertThat(on("2024-03-31", cooperation).cooperation().weight("JPN", "PHL")).as("short-lived").isZero();
        }

        @Test
        void theFactorAndTheDatasetsAreConfiguration() {
            NetworkModel curatedOnly = new NetworkModel(new NetworkSettings(null, null, null, null,
                    new NetworkSettings.News(List.of("gdelt"), 0.0), null, null, null));
            FeedEvent icews = fromNews(FeedEvents.dialogue("icews-consult").on("2024-01-01").level("leaders").participants("JPN", "USA").build(),
                    "icews", 0.5);
            FeedEvent gdelt = fromNews(FeedEvents.dialogue("gdelt-consult").on("2024-01-01").level("leaders").participants("JPN", "KOR").build(),
                    "gdelt", 0.5);

            NetworkSnapshot s = curatedOnly.snapshot(List.of(icews, gdelt), SCOPE, LocalDate.parse("2024-01-01"));
            assertThat(s.cooperation().weight("JPN", "USA")).as("icews is not news here").isEqualTo(1.0);
            assertThat(s.cooperation().weight("JPN", "KOR")).isZero();
        }
    }

    @Nested
    class Coercion {
        @Test
        void coercionIsADirectedTieFromInitiatorToTarget() {
            FeedEvent e = FeedEvents.coercion("co-shoal").on("2024-06-17").severity(4).participants("CHN", "PHL").build();

            NetworkSnapshot s = on("2024-06-17", e);

            assertThat(s.coercion()).isEqualTo(Map.of("CHN", Map.of("PHL", 0.8)));
            assertThat(s.dyads()).containsExactly(new DyadTie("CHN", "PHL", 0, 0, 0, 0.8, 0));
            assertThat(s.cooperation().edgeCount()).as("coercion is not cooperation").isZero();
            assertThat(s.contributions()).containsExactly(new Contribution("co-shoal", Layer.COERCION, 0.8, "https://example.org/co-shoal"));
            assertThat(s.activeEvents()).containsEntry(Layer.COERCION, 1);
        }

        @Test
        void coercionHalvesEveryHalfLifeAndEndsAfterTheWindow() {
            FeedEvent e = FeedEvents.coercion("co-drills").on("2022-08-04").severity(5).participants("CHN", "JPN").build();
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
            FeedEvent e = FeedEvents.coercion("co-adiz").on("2019-07-23").severity(3).participants(Role.INITIATOR, "RUS", "CHN")
                    .participants(Role.TARGET, "KOR", "JPN").build();

            NetworkSnapshot s = on("2019-07-23", e);

            // RUS is outside the scope, but its pressure on members counts
            assertThat(s.coercion()).isEqualTo(Map.of("CHN", Map.of("JPN", 0.6, "KOR", 0.6), "RUS", Map.of("JPN", 0.6, "KOR", 0.6)));
            assertThat(s.dyads()).containsExactly(new DyadTie("CHN", "JPN", 0, 0, 0, 0.6, 0), new DyadTie("CHN", "KOR", 0, 0, 0, 0.6, 0),
                    new DyadTie("JPN", "RUS", 0, 0, 0, 0, 0.6), new DyadTie("KOR", "RUS", 0, 0, 0, 0, 0.6));
            assertThat(s.contributions()).extracting(Contribution::weight).containsExactly(2.4);
        }

        @Test
        void pressureOnTheFirstOfAPairIsTheBaDirection() {
            FeedEvent e = FeedEvents.coercion("co-reverse").on("2024-01-01").severity(2).participants("USA", "CHN").build();

            assertThat(on("2024-01-01", e).dyads()).containsExactly(new DyadTie("CHN", "USA", 0, 0, 0, 0, 0.4));
        }
    }

    @Nested
    class WhichEventsCount {
        @Test
        void aRetractedEventNeverCounts() {
            FeedEvent e = FeedEvents.exercise("ex-1").on("2024-01-01").until("2024-01-05").scale("large").participants("USA", "KOR")
                    .retracted().build();

            NetworkSnapshot s = on("2024-01-03", e);

            assertThat(s.dyads()).isEmpty();
            assertThat(s.activeEvents().values()).containsOnly(0);
        }

        @Test
        void aRetractionAsTheHighestRevisionRemovesTheEvent() {
            FeedEvent e = FeedEvents.exercise("ex-1").on("2024-01-01").until("2024-01-05").scale("large").participants("USA", "KOR").build();

            assertThat(on("2024-01-03", e, FeedEvents.from(e).revision(2).retracted().build()).dyads()).isEmpty();
        }

        @Test
        void onlyTheHighestRevisionOfAnIdCounts() {
            FeedEvent small = FeedEvents.exercise("ex-1").on("2024-01-01").until("2024-01-05").scale("small").participants("USA", "KOR").build();
            FeedEvent major = FeedEvents.exercise("ex-1").on("2024-01-01").until("2024-01-05").scale("major").participants("USA", "KOR")
                    .revision(3).build();

            assertThat(on("2024-01-03", major, small).cooperation().weight("KOR", "USA")).isEqualTo(3.0);
            assertThat(on("2024-01-03", small, major).cooperation().weight("KOR", "USA")).isEqualTo(3.0);
        }

        @Test
        void anEventCountsOnlyFromItsStart() {
            FeedEvent e = FeedEvents.exercise("ex-1").on("2024-04-22").until("2024-05-10").scale("large").participants("PHL", "USA").build();

            assertThat(on("2024-04-21", e).dyads()).isEmpty();
            assertThat(on("2024-04-22", e).dyads()).hasSize(1);
        }

        @Test
        void theSameEventsInAnyOrderGiveTheSameSnapshot() {
            List<FeedEvent> events = new ArrayList<>(List.of(
                    FeedEvents.exercise("ex-a").on("2023-07-22").until("2023-08-04").scale("major").participants(Role.HOST, "AUS", "USA")
                            .participants(Role.PARTICIPANT, "JPN", "KOR").participants(Role.OBSERVER, "PHL").build(),
                    FeedEvents.exercise("ex-b").on("2024-04-07").scale("small").participants("PHL", "AUS", "JPN", "USA").build(),
                    FeedEvents.agreement("ag-a").on("2023-08-18").kind("minilateral_framework").status("signed")
                            .participants("JPN", "KOR", "USA").build(),
                    FeedEvents.agreement("ag-b").on("2014-04-28").kind("access_agreement").status("signed").participants("USA", "PHL").build(),
                    FeedEvents.coercion("co-a").on("2024-03-01").severity(3).participants("CHN", "PHL", "JPN").build()));
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
            FeedEvent e = FeedEvents.exercise("ex-mca").on("2024-04-07").scale("small").participants("PHL", "AUS", "JPN", "USA", "IND").build();

            NetworkSnapshot s = on("2024-06-01", e);

            assertThat(s.activeGroups()).containsExactly(new Group(List.of("AUS", "JPN", "PHL", "USA"), "ex-mca", LocalDate.parse("2024-04-07")));
        }

        @Test
        void twoMembersAreNotAGroup() {
            FeedEvent e = FeedEvents.exercise("ex-trio").on("2024-04-07").scale("small").participants("PHL", "USA", "IND").build();

            assertThat(on("2024-04-07", e).activeGroups()).isEmpty();
        }

        @Test
        void anExerciseStaysAGroupForTheGroupsWindowAfterItEnds() {
            FeedEvent e = FeedEvents.exercise("ex-mca").on("2024-04-01").until("2024-04-07").scale("small")
                    .participants("PHL", "AUS", "JPN").build();
            LocalDate end = LocalDate.parse("2024-04-07");

            assertThat(on("2024-04-03", e).activeGroups()).extracting(Group::lastActive).as("running: active today")
                    .containsExactly(LocalDate.parse("2024-04-03"));
            assertThat(MODEL.snapshot(List.of(e), SCOPE, end.plusDays(365)).activeGroups()).hasSize(1);
            assertThat(MODEL.snapshot(List.of(e), SCOPE, end.plusDays(366)).activeGroups()).isEmpty();
        }

        @Test
        void anAgreementInForceIsAGroupActiveOnTheDay() {
            FeedEvent camp = FeedEvents.agreement("ag-camp-david").on("2023-08-18").kind("minilateral_framework").status("signed")
                    .participants("JPN", "KOR", "USA").build();

            assertThat(on("2026-01-01", camp).activeGroups())
                    .containsExactly(new Group(List.of("JPN", "KOR", "USA"), "ag-camp-david", LocalDate.parse("2026-01-01")));
        }

        @Test
        void theSameMembersMakeOneGroupNamingTheLastActiveEvent() {
            FeedEvent older = FeedEvents.exercise("ex-z-older").on("2024-01-10").until("2024-01-12").scale("medium")
                    .participants("JPN", "KOR", "USA").build();
            FeedEvent newer = FeedEvents.exercise("ex-a-newer").on("2024-06-27").until("2024-06-29").scale("medium")
                    .participants("USA", "JPN", "KOR").build();

            assertThat(on("2024-08-01", older, newer).activeGroups())
                    .containsExactly(new Group(List.of("JPN", "KOR", "USA"), "ex-a-newer", LocalDate.parse("2024-06-29")));
        }

        @Test
        void groupsAreSortedByMembers() {
            FeedEvent a = FeedEvents.exercise("ex-1").on("2024-06-27").until("2024-06-29").scale("medium")
                    .participants("USA", "JPN", "KOR").build();
            FeedEvent b = FeedEvents.exercise("ex-2").on("2024-06-27").until("2024-06-29").scale("medium")
                    .participants("USA", "JPN", "AUS", "PHL").build();

            assertThat(on("2024-07-01", a, b).activeGroups()).extracting(Group::members)
                    .containsExactly(List.of("AUS", "JPN", "PHL", "USA"), List.of("JPN", "KOR", "USA"));
        }
    }

    @Nested
    class Contributions {
        @Test
        void contributionsComeHeaviestFirstWithTiesInIdOrder() {
            FeedEvent alliance = FeedEvents.agreement("ag-alliance").on("1951-01-01").kind("alliance_treaty").participants("AUS", "USA").build();
            FeedEvent b = FeedEvents.agreement("ag-b").on("2014-01-01").kind("access_agreement").status("signed")
                    .participants("PHL", "USA").build();
            FeedEvent a = FeedEvents.agreement("ag-a").on("2014-01-01").kind("access_agreement").status("signed")
                    .participants("JPN", "USA").build();
            FeedEvent push = FeedEvents.coercion("co-push").on("2024-01-01").severity(5).participants("CHN", "PHL").build();

            assertThat(on("2024-01-01", alliance, b, a, push).contributions()).containsExactly(
                    new Contribution("ag-alliance", Layer.AGREEMENT, 3.0, "https://example.org/ag-alliance"),
                    new Contribution("ag-a", Layer.AGREEMENT, 2.0, "https://example.org/ag-a"),
                    new Contribution("ag-b", Layer.AGREEMENT, 2.0, "https://example.org/ag-b"),
                    new Contribution("co-push", Layer.COERCION, 1.0, "https://example.org/co-push"));
        }

        @Test
        void anEventWithOneMemberContributesNothing() {
            FeedEvent e = FeedEvents.exercise("ex-1").on("2024-01-01").until("2024-01-05").scale("large").participants("IND", "USA").build();

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
            FeedEvent e = FeedEvents.exercise("ex-1").on("2024-01-01").until("2024-01-05").scale("large").participants("USA", "KOR").build();

            assertThat(MODEL.lastRelevantDay(e)).isEqualTo(LocalDate.parse("2024-01-05").plusDays(730));
        }

        @Test
        void aCoercionIncidentIsRelevantUntilItsWindowHasPassed() {
            FeedEvent e = FeedEvents.coercion("co-1").on("2024-01-01").severity(3).participants("CHN", "PHL").build();

            assertThat(MODEL.lastRelevantDay(e)).as("365 days, 2024 is a leap year").isEqualTo(LocalDate.parse("2024-12-31"));
            assertThat(MODEL.snapshot(List.of(e), SCOPE, MODEL.lastRelevantDay(e)).dyads()).hasSize(1);
            assertThat(MODEL.snapshot(List.of(e), SCOPE, MODEL.lastRelevantDay(e).plusDays(1)).dyads()).isEmpty();
        }

        @Test
        void anOpenAgreementIsRelevantForeverAndOneWithAnEndUntilThatDay() {
            FeedEvent open = FeedEvents.agreement("ag-open").on("1951-01-01").kind("alliance_treaty").participants("AUS", "USA").build();
            FeedEvent closed = FeedEvents.agreement("ag-closed").on("2019-01-01").kind("defence_cooperation").effective(null, "2023-12-31")
                    .participants("JPN", "PHL").build();

            assertThat(MODEL.lastRelevantDay(open)).isEqualTo(LocalDate.MAX);
            assertThat(MODEL.lastRelevantDay(closed)).isEqualTo(LocalDate.parse("2023-12-31"));
        }

        @Test
        void anEndRecordIsKeptForeverAndLetsTheAgreementItEndedGo() {
            FeedEvent vfa = FeedEvents.agreement("ag-vfa").on("1998-02-10").kind("access_agreement").participants("PHL", "USA").build();
            FeedEvent termination = FeedEvents.agreement("ag-vfa-termination").on("2020-02-11").kind("access_agreement").status("terminated")
                    .participants("PHL", "USA").build();

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
            FeedEvent framework = FeedEvents.agreement("ag-framework").on("2023-08-18").kind("minilateral_framework").status("signed")
                    .participants("JPN", "KOR", "USA").build();
            FeedEvent suspension = FeedEvents.agreement("ag-suspension").on("2024-01-01").kind("minilateral_framework").status("suspended")
                    .participants("JPN", "KOR").build();

            assertThat(MODEL.lastRelevantDay(framework, List.of(framework, suspension))).isEqualTo(LocalDate.MAX);
        }

        @Test
        void aRetractedEventIsNeverRelevant() {
            FeedEvent withdrawn = FeedEvents.coercion("co-1").on("2024-01-01").participants("CHN", "PHL").revision(2).retracted().build();
            assertThat(MODEL.lastRelevantDay(withdrawn)).isEqualTo(LocalDate.MIN);
        }
    }

    @Nested
    class Touches {
        @Test
        void anEventTouchesAScopeWhenItNamesTwoMembers() {
            assertThat(MODEL.touches(FeedEvents.exercise("ex-1").on("2024-01-01").until("2024-01-05").scale("large")
                    .participants("IND", "USA", "JPN").build(), SCOPE)).isTrue();
            assertThat(MODEL.touches(FeedEvents.exercise("ex-2").on("2024-01-01").until("2024-01-05").scale("large")
                    .participants("IND", "USA", "GBR").build(), SCOPE)).isFalse();
            assertThat(MODEL.touches(FeedEvents.agreement("ag-1").on("2024-01-01").kind("joint_statement").status("signed")
                    .participants("AUS", "JPN").build(), SCOPE)).isTrue();
        }

        @Test
        void coercionTouchesAScopeWhenAMemberPressesAnotherMember() {
            assertThat(MODEL.touches(FeedEvents.coercion("co-1").on("2024-01-01").participants("CHN", "PHL").build(), SCOPE)).isTrue();
            // pressure on a member counts wherever it comes from
            assertThat(MODEL.touches(FeedEvents.coercion("co-2").on("2024-01-01").participants("RUS", "PHL").build(), SCOPE)).isTrue();
            assertThat(MODEL.touches(FeedEvents.coercion("co-3").on("2024-01-01").participants("CHN", "GBR").build(), SCOPE)).isFalse();
        }
    }

    @Test
    void theSampleFeedGivesTheAgreementTiesItRecords() {
        List<FeedEvent> sample = FeedEvents.sample().stream().map(l -> SecwebJson.read(l, FeedEvent.class)).toList();
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

    /** A record of the same agreement as {@code predecessor} (its kind and parties) that changes its state. */
    private static FeedEvents.Builder successor(String id, FeedEvent predecessor, String change) {
        return FeedEvents.agreement(id).kind(predecessor.agreement().kind()).participants(predecessor.countries().toArray(String[]::new))
                .supersedes(predecessor.id(), change);
    }

    /** {@code e} as a record of machine-coded news from {@code dataset}. */
    private static FeedEvent fromNews(FeedEvent e, String dataset, Double confidence) {
        return FeedEvents.from(e).source("news", null, dataset, null).confidence(confidence).build();
    }
}
