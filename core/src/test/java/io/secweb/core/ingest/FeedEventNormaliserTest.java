package io.secweb.core.ingest;

import io.secweb.core.testing.FeedEvents;
import io.secweb.schemas.Topics;
import io.secweb.schemas.country.CountryRegistry;
import io.secweb.schemas.deadletter.Reason;
import io.secweb.schemas.event.EventType;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Participant;
import io.secweb.schemas.event.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class FeedEventNormaliserTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final int MAX_DAYS_IN_FUTURE = 30;
    private static final Topics TOPICS = Topics.live();

    private final FeedEventNormaliser normaliser = new FeedEventNormaliser(CountryRegistry.bundled(), TOPICS, MAX_DAYS_IN_FUTURE,
            Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void upperCasesCountryCodes() {
        FeedEvent normalised = accepted(FeedEvents.exercise("ex-1").participants("usa", "Jpn").build());

        assertThat(normalised.participants()).containsExactly(p("USA", Role.HOST), p("JPN", Role.PARTICIPANT));
    }

    @Test
    void rejectsAnUnknownCountryNamingItsIndexAndValue() {
        Rejection rejection = rejected(FeedEvents.exercise("ex-1").participants("USA", "xyz").build());

        assertThat(rejection.reason()).isEqualTo(Reason.UNKNOWN_COUNTRY);
        assertThat(rejection.message()).contains("participants[1]").contains("'xyz'");
    }

    @Test
    void rejectsAnExerciseWithOneCountry() {
        Rejection rejection = rejected(FeedEvents.exercise("ex-1").participants("USA").build());

        assertThat(rejection.reason()).isEqualTo(Reason.TOO_FEW_PARTICIPANTS);
    }

    @Test
    void rejectsAnExerciseWithTheSameCountryTwice() {
        Rejection rejection = rejected(FeedEvents.exercise("ex-1").participants("USA", "usa").build());

        assertThat(rejection.reason()).isEqualTo(Reason.TOO_FEW_PARTICIPANTS);
    }

    @Test
    void rejectsAnAgreementWithOneParty() {
        Rejection rejection = rejected(FeedEvents.agreement("ag-1").participants("AUS").build());

        assertThat(rejection.reason()).isEqualTo(Reason.TOO_FEW_PARTICIPANTS);
    }

    @Test
    void rejectsACoercionIncidentWithoutATarget() {
        Rejection rejection = rejected(FeedEvents.coercion("co-1").participants("CHN").build());

        assertThat(rejection.reason()).isEqualTo(Reason.MISSING_INITIATOR_OR_TARGET);
    }

    @Test
    void rejectsACountryThatIsBothInitiatorAndTarget() {
        Rejection rejection = rejected(FeedEvents.coercion("co-1").participants("CHN", "JPN", "chn").build());

        assertThat(rejection.reason()).isEqualTo(Reason.MISSING_INITIATOR_OR_TARGET);
        assertThat(rejection.message()).contains("CHN");
    }

    @Test
    void acceptsACoercionIncidentWithAnInitiatorAndATarget() {
        FeedEvent normalised = accepted(FeedEvents.coercion("co-1").participants("CHN", "PHL").build());

        assertThat(normalised.participants()).containsExactly(p("CHN", Role.INITIATOR), p("PHL", Role.TARGET));
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
        FeedEvent e = FeedEvents.exercise("ex-1").participants("USA", "JPN").on(TODAY).until(TODAY.minusDays(1)).build();

        Rejection rejection = rejected(e);

        assertThat(rejection.reason()).isEqualTo(Reason.END_BEFORE_START);
        assertThat(rejection.message()).contains(TODAY.toString()).contains(TODAY.minusDays(1).toString());
    }

    @Test
    void rejectsAnAgreementThatEndsBeforeItTakesEffect() {
        Rejection rejection = rejected(FeedEvents.agreement("ag-1").effective("2020-01-01", "2019-12-31").participants("AUS", "USA").build());

        assertThat(rejection.reason()).isEqualTo(Reason.END_BEFORE_START);
        assertThat(rejection.message()).contains("agreement.effective_to");
    }

    @Test
    void rejectsAStartFurtherInTheFutureThanAllowed() {
        FeedEvent e = FeedEvents.exercise("ex-1").participants("USA", "JPN").on(TODAY.plusDays(MAX_DAYS_IN_FUTURE + 1)).build();

        assertThat(rejected(e).reason()).isEqualTo(Reason.DATE_IN_FUTURE);
    }

    @Test
    void acceptsAStartOnTheLastAllowedDay() {
        FeedEvent e = FeedEvents.exercise("ex-1").participants("USA", "JPN").on(TODAY.plusDays(MAX_DAYS_IN_FUTURE)).build();

        assertThat(accepted(e).start()).isEqualTo(TODAY.plusDays(MAX_DAYS_IN_FUTURE));
    }

    @Test
    void rejectsARecordOnTheFeedTopicOfAnotherType() {
        FeedEvent e = FeedEvents.exercise("ex-1").participants("USA", "JPN").build();

        FeedEventNormaliser.Result result = normaliser.normalise(e, TOPICS.feed(EventType.COERCION));

        assertThat(result.event()).isNull();
        assertThat(result.rejection().reason()).isEqualTo(Reason.TYPE_TOPIC_MISMATCH);
        assertThat(result.rejection().message()).contains(TOPICS.feed(EventType.EXERCISE)).contains(TOPICS.feed(EventType.COERCION));
    }

    @Test
    void doesNotCheckTheTypeOfRecordsReadFromOtherTopics() {
        FeedEvent e = FeedEvents.exercise("ex-1").participants("USA", "JPN").build();

        FeedEventNormaliser.Result result = normaliser.normalise(e, "replay.exercises-2007");

        assertThat(result.rejection()).isNull();
        assertThat(result.event()).isNotNull();
    }

    @Test
    void defaultsTheEndToTheStartAndThePrecisionToDay() {
        FeedEvent e = FeedEvents.exercise("ex-1").participants("USA", "JPN").on("2024-03-04").noEnd().precision(null).build();

        FeedEvent normalised = accepted(e);

        assertThat(normalised.end()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(normalised.datePrecision()).isEqualTo("day");
    }

    @Test
    void keepsAGivenPrecision() {
        FeedEvent monthly = FeedEvents.exercise("ex-1").participants("USA", "JPN").precision("month").build();

        assertThat(accepted(monthly).datePrecision()).isEqualTo("month");
    }

    @Test
    void trimsLowerCasesAndDeduplicatesTags() {
        FeedEvent e = FeedEvents.exercise("ex-1").participants("USA", "JPN").tags(" Quad ", "quad", "MALABAR", "  ", "indian-ocean").build();

        assertThat(accepted(e).tags()).containsExactly("quad", "malabar", "indian-ocean");
    }

    @Test
    void aDuplicateParticipantKeepsItsStrongestExerciseRole() {
        FeedEvent e = FeedEvents.exercise("ex-1").participant("USA", Role.PARTICIPANT).participant("JPN", Role.OBSERVER)
                .participant("usa", Role.HOST).participant("AUS", Role.OBSERVER).participant("JPN", Role.PARTICIPANT)
                .participant("AUS", Role.OBSERVER).build();

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
}
