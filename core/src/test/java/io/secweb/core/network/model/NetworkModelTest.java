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
                    new DyadTie("AUS", "JPN", 3.0, 0, 0, 0), new DyadTie("AUS", "USA", 3.0, 0, 0, 0), new DyadTie("JPN", "USA", 3.0, 0, 0, 0));
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

            assertThat(s.dyads()).containsExactly(new DyadTie("JPN", "USA", 2.0, 1.0, 0, 0));
            assertThat(s.cooperation().weight("JPN", "USA")).isEqualTo(3.0);
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

            assertThat(s.dyads()).containsExactly(new DyadTie("JPN", "USA", 0, 2.0, 0, 0));
            assertThat(s.cooperation().nodes()).containsExactly("AUS", "CHN", "JPN", "KOR", "PHL", "USA");
            assertThat(s.cooperation().edgeCount()).isEqualTo(1);
            assertThat(s.contributions()).extracting(Contribution::weight).containsExactly(2.0);
        }
    }

    @Nested
    class Coercion {
        @Test
        void coercionIsADirectedTieFromInitiatorToTarget() {
            FeedEvent e = FeedEvents.coercion("co-shoal").on("2024-06-17").severity(4).participants("CHN", "PHL").build();

            NetworkSnapshot s = on("2024-06-17", e);

            assertThat(s.coercion()).isEqualTo(Map.of("CHN", Map.of("PHL", 0.8)));
            assertThat(s.dyads()).containsExactly(new DyadTie("CHN", "PHL", 0, 0, 0.8, 0));
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
            assertThat(s.dyads()).containsExactly(new DyadTie("CHN", "JPN", 0, 0, 0.6, 0), new DyadTie("CHN", "KOR", 0, 0, 0.6, 0),
                    new DyadTie("JPN", "RUS", 0, 0, 0, 0.6), new DyadTie("KOR", "RUS", 0, 0, 0, 0.6));
            assertThat(s.contributions()).extracting(Contribution::weight).containsExactly(2.4);
        }

        @Test
        void pressureOnTheFirstOfAPairIsTheBaDirection() {
            FeedEvent e = FeedEvents.coercion("co-reverse").on("2024-01-01").severity(2).participants("USA", "CHN").build();

            assertThat(on("2024-01-01", e).dyads()).containsExactly(new DyadTie("CHN", "USA", 0, 0, 0, 0.4));
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

        // ANZUS 3 + Quad statement 0.5 + AUKUS 1 + AUKUS naval nuclear propulsion 1
        assertThat(s.dyads()).filteredOn(d -> d.a().equals("AUS") && d.b().equals("USA")).extracting(DyadTie::agreement).containsExactly(5.5);
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
}
