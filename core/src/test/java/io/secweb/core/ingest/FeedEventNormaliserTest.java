package io.secweb.core.ingest;

import io.secweb.schemas.Topics;
import io.secweb.schemas.country.CountryRegistry;
import io.secweb.schemas.deadletter.Reason;
import io.secweb.schemas.event.AgreementBody;
import io.secweb.schemas.event.CoercionBody;
import io.secweb.schemas.event.EventType;
import io.secweb.schemas.event.ExerciseBody;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Participant;
import io.secweb.schemas.event.Role;
import io.secweb.schemas.event.Source;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedEventNormaliserTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final int MAX_DAYS_IN_FUTURE = 30;
    private static final Topics TOPICS = Topics.live();

    private final FeedEventNormaliser normaliser = new FeedEventNormaliser(CountryRegistry.bundled(), TOPICS, MAX_DAYS_IN_FUTURE,
            Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void upperCasesCountryCodes() {
        FeedEvent normalised = accepted(exercise(p("usa", Role.HOST), p("Jpn", Role.PARTICIPANT)));

        assertThat(normalised.participants()).containsExactly(p("USA", Role.HOST), p("JPN", Role.PARTICIPANT));
    }

    @Test
    void rejectsAnUnknownCountryNamingItsIndexAndValue() {
        Rejection rejection = rejected(exercise(p("USA", Role.HOST), p("xyz", Role.PARTICIPANT)));

        assertThat(rejection.reason()).isEqualTo(Reason.UNKNOWN_COUNTRY);
        assertThat(rejection.message()).contains("participants[1]").contains("'xyz'");
    }

    @Test
    void rejectsAnExerciseWithOneCountry() {
        Rejection rejection = rejected(exercise(p("USA", Role.HOST)));

        assertThat(rejection.reason()).isEqualTo(Reason.TOO_FEW_PARTICIPANTS);
    }

    @Test
    void rejectsAnExerciseWithTheSameCountryTwice() {
        Rejection rejection = rejected(exercise(p("USA", Role.HOST), p("usa", Role.PARTICIPANT)));

        assertThat(rejection.reason()).isEqualTo(Reason.TOO_FEW_PARTICIPANTS);
    }

    @Test
    void rejectsAnAgreementWithOneParty() {
        Rejection rejection = rejected(agreement(TODAY, null, p("AUS", Role.PARTY)));

        assertThat(rejection.reason()).isEqualTo(Reason.TOO_FEW_PARTICIPANTS);
    }

    @Test
    void rejectsACoercionIncidentWithoutATarget() {
        Rejection rejection = rejected(coercion(p("CHN", Role.INITIATOR)));

        assertThat(rejection.reason()).isEqualTo(Reason.MISSING_INITIATOR_OR_TARGET);
    }

    @Test
    void rejectsACountryThatIsBothInitiatorAndTarget() {
        Rejection rejection = rejected(coercion(p("CHN", Role.INITIATOR), p("JPN", Role.TARGET), p("chn", Role.TARGET)));

        assertThat(rejection.reason()).isEqualTo(Reason.MISSING_INITIATOR_OR_TARGET);
        assertThat(rejection.message()).contains("CHN");
    }

    @Test
    void acceptsACoercionIncidentWithAnInitiatorAndATarget() {
        FeedEvent normalised = accepted(coercion(p("CHN", Role.INITIATOR), p("PHL", Role.TARGET)));

        assertThat(normalised.participants()).containsExactly(p("CHN", Role.INITIATOR), p("PHL", Role.TARGET));
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
        FeedEvent e = withDates(exercise(p("USA", Role.HOST), p("JPN", Role.PARTICIPANT)), TODAY, TODAY.minusDays(1));

        Rejection rejection = rejected(e);

        assertThat(rejection.reason()).isEqualTo(Reason.END_BEFORE_START);
        assertThat(rejection.message()).contains(TODAY.toString()).contains(TODAY.minusDays(1).toString());
    }

    @Test
    void rejectsAnAgreementThatEndsBeforeItTakesEffect() {
        Rejection rejection = rejected(agreement(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 31), p("AUS", Role.PARTY), p("USA", Role.PARTY)));

        assertThat(rejection.reason()).isEqualTo(Reason.END_BEFORE_START);
        assertThat(rejection.message()).contains("agreement.effective_to");
    }

    @Test
    void rejectsAStartFurtherInTheFutureThanAllowed() {
        FeedEvent e = withDates(exercise(p("USA", Role.HOST), p("JPN", Role.PARTICIPANT)), TODAY.plusDays(MAX_DAYS_IN_FUTURE + 1), null);

        assertThat(rejected(e).reason()).isEqualTo(Reason.DATE_IN_FUTURE);
    }

    @Test
    void acceptsAStartOnTheLastAllowedDay() {
        FeedEvent e = withDates(exercise(p("USA", Role.HOST), p("JPN", Role.PARTICIPANT)), TODAY.plusDays(MAX_DAYS_IN_FUTURE), null);

        assertThat(accepted(e).start()).isEqualTo(TODAY.plusDays(MAX_DAYS_IN_FUTURE));
    }

    @Test
    void rejectsARecordOnTheFeedTopicOfAnotherType() {
        FeedEvent e = exercise(p("USA", Role.HOST), p("JPN", Role.PARTICIPANT));

        FeedEventNormaliser.Result result = normaliser.normalise(e, TOPICS.feed(EventType.COERCION));

        assertThat(result.event()).isNull();
        assertThat(result.rejection().reason()).isEqualTo(Reason.TYPE_TOPIC_MISMATCH);
        assertThat(result.rejection().message()).contains(TOPICS.feed(EventType.EXERCISE)).contains(TOPICS.feed(EventType.COERCION));
    }

    @Test
    void doesNotCheckTheTypeOfRecordsReadFromOtherTopics() {
        FeedEvent e = exercise(p("USA", Role.HOST), p("JPN", Role.PARTICIPANT));

        FeedEventNormaliser.Result result = normaliser.normalise(e, "replay.exercises-2007");

        assertThat(result.rejection()).isNull();
        assertThat(result.event()).isNotNull();
    }

    @Test
    void defaultsTheEndToTheStartAndThePrecisionToDay() {
        FeedEvent e = withDates(exercise(p("USA", Role.HOST), p("JPN", Role.PARTICIPANT)), LocalDate.of(2024, 3, 4), null);

        FeedEvent normalised = accepted(e);

        assertThat(normalised.end()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(normalised.datePrecision()).isEqualTo("day");
    }

    @Test
    void keepsAGivenPrecision() {
        FeedEvent e = exercise(p("USA", Role.HOST), p("JPN", Role.PARTICIPANT));
        FeedEvent monthly = new FeedEvent(e.id(), e.revision(), e.type(), e.start(), e.end(), "month", e.occurredAt(), e.participants(),
                e.tags(), e.source(), e.confidence(), e.retracted(), e.exercise(), e.agreement(), e.coercion(), e.dialogue());

        assertThat(accepted(monthly).datePrecision()).isEqualTo("month");
    }

    @Test
    void trimsLowerCasesAndDeduplicatesTags() {
        FeedEvent e = withTags(exercise(p("USA", Role.HOST), p("JPN", Role.PARTICIPANT)), " Quad ", "quad", "MALABAR", "  ", "indian-ocean");

        assertThat(accepted(e).tags()).containsExactly("quad", "malabar", "indian-ocean");
    }

    @Test
    void aDuplicateParticipantKeepsItsStrongestExerciseRole() {
        FeedEvent e = exercise(p("USA", Role.PARTICIPANT), p("JPN", Role.OBSERVER), p("usa", Role.HOST), p("AUS", Role.OBSERVER),
                p("JPN", Role.PARTICIPANT), p("AUS", Role.OBSERVER));

        assertThat(accepted(e).participants()).containsExactly(p("USA", Role.HOST), p("JPN", Role.PARTICIPANT), p("AUS", Role.OBSERVER));
    }

    private FeedEvent accepted(FeedEvent e) {
        FeedEventNormaliser.Result result = normaliser.normalise(e, TOPICS.feed(e.type()));
        assertThat(result.rejection()).as("rejection").isNull();
        return result.event();
    }

    private Rejection rejected(FeedEvent e) {
        FeedEventNormaliser.Result result = normaliser.normalise(e, TOPICS.feed(e.type()));
        assertThat(result.event()).as("accepted event").isNull();
        return result.rejection();
    }

    private static Participant p(String country, Role role) {
        return new Participant(country, role);
    }

    private static FeedEvent event(EventType type, List<Participant> participants, ExerciseBody exercise, AgreementBody agreement,
                                   CoercionBody coercion) {
        return new FeedEvent(type.wireName() + "-test-1", 1, type, LocalDate.of(2024, 5, 10), null, null, null, participants,
                List.of(), new Source("test feed", null, null, null), null, false, exercise, agreement, coercion, null);
    }

    private static FeedEvent exercise(Participant... participants) {
        return event(EventType.EXERCISE, List.of(participants), new ExerciseBody("Test Exercise", null, null, null, null), null, null);
    }

    private static FeedEvent agreement(LocalDate effectiveFrom, LocalDate effectiveTo, Participant... parties) {
        return event(EventType.AGREEMENT, List.of(parties), null,
                new AgreementBody("Test Agreement", "defence_cooperation", "signed", effectiveFrom, effectiveTo), null);
    }

    private static FeedEvent coercion(Participant... participants) {
        return event(EventType.COERCION, List.of(participants), null, null, new CoercionBody("show_of_force", 2, null));
    }

    private static FeedEvent withDates(FeedEvent e, LocalDate start, LocalDate end) {
        return new FeedEvent(e.id(), e.revision(), e.type(), start, end, e.datePrecision(), e.occurredAt(), e.participants(), e.tags(),
                e.source(), e.confidence(), e.retracted(), e.exercise(), e.agreement(), e.coercion(), e.dialogue());
    }

    private static FeedEvent withTags(FeedEvent e, String... tags) {
        return new FeedEvent(e.id(), e.revision(), e.type(), e.start(), e.end(), e.datePrecision(), e.occurredAt(), e.participants(),
                Arrays.asList(tags), e.source(), e.confidence(), e.retracted(), e.exercise(), e.agreement(), e.coercion(), e.dialogue());
    }
}
