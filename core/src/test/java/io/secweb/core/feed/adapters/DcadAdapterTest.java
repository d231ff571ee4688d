package io.secweb.core.feed.adapters;

import io.secweb.schemas.event.AgreementBody;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Participant;
import io.secweb.schemas.event.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.secweb.core.feed.adapters.RecordChecks.countries;
import static io.secweb.core.feed.adapters.RecordChecks.fixture;
import static io.secweb.core.feed.adapters.RecordChecks.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DcadAdapterTest {
    static final String DATASET = "dcad_kinne/DCAD-v1.0-main.csv";
    private final DcadAdapter adapter = new DcadAdapter();

    // ---- format level, on the hand-written fixture ----

    @Test
    void accountsForEveryRowOfTheSample() throws IOException {
        AdapterResult r = adapter.read(fixture("dcad-sample.csv"));

        assertThat(r.rows()).isEqualTo(12);
        assertThat(r.events()).extracting(FeedEvent::id).containsExactly("dcad-v1.0-9001", "dcad-v1.0-9002", "dcad-v1.0-9003",
                "dcad-v1.0-9004", "dcad-v1.0-9004-end", "dcad-v1.0-9005", "dcad-v1.0-9010", "dcad-v1.0-9012");
        assertThat(r.skipped()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "unknown country code 260", 1,
                "not Indo-Pacific", 1,
                "signature month unknown", 1,
                "unknown category 'SPACE'", 1,
                "same country on both sides", 1));
        RecordChecks.assertAllValid(r.events());
    }

    @Test
    void anAgreementInForceIsOpenEndedWhileDcadSaysNotTerminated() throws IOException {
        FeedEvent e = only(adapter.read(fixture("dcad-sample.csv")).events(), "dcad-v1.0-9001");

        assertThat(e.start()).isEqualTo(LocalDate.of(1995, 6, 5));
        assertThat(e.datePrecision()).isEqualTo("day");
        assertThat(e.participants()).containsExactly(new Participant("USA", Role.PARTY), new Participant("PHL", Role.PARTY));
        assertThat(e.agreement()).isEqualTo(new AgreementBody("United States–Philippines agreement: defence cooperation",
                "defence_cooperation", "in_force", LocalDate.of(1995, 7, 10), null));
        assertThat(e.tags()).containsExactly("dcad", "general", "dca");
        assertThat(e.source()).isEqualTo(DcadAdapter.SOURCE);
    }

    @Test
    void aTerminationReplacedByASuccessorEndsWithoutAnEndRecord() throws IOException {
        List<FeedEvent> events = adapter.read(fixture("dcad-sample.csv")).events();

        FeedEvent first = only(events, "dcad-v1.0-9002");
        assertThat(first.agreement().effectiveFrom()).isEqualTo(LocalDate.of(2004, 2, 10));
        assertThat(first.agreement().effectiveTo()).isEqualTo(LocalDate.of(2006, 12, 31));
        assertThat(only(events, "dcad-v1.0-9003").agreement().effectiveTo()).isNull();
        assertThat(events).extracting(FeedEvent::id).doesNotContain("dcad-v1.0-9002-end");
    }

    @Test
    void aTerminationWithNoSuccessorGivesAnEndRecordTheDayAfter() throws IOException {
        List<FeedEvent> events = adapter.read(fixture("dcad-sample.csv")).events();

        FeedEvent agreement = only(events, "dcad-v1.0-9004");
        assertThat(agreement.start()).isEqualTo(LocalDate.of(1996, 7, 1));
        assertThat(agreement.datePrecision()).isEqualTo("month");
        assertThat(agreement.agreement().status()).isEqualTo("signed");
        assertThat(agreement.agreement().effectiveTo()).isEqualTo(LocalDate.of(1998, 12, 31));

        FeedEvent end = only(events, "dcad-v1.0-9004-end");
        assertThat(end.start()).isEqualTo(LocalDate.of(1999, 1, 1));
        assertThat(countries(end)).containsExactly("IDN", "AUS");
        assertThat(end.agreement().status()).isEqualTo("terminated");
        assertThat(end.agreement().kind()).isEqualTo("defence_cooperation");
        assertThat(end.agreement().effectiveTo()).isNull();
    }

    @Test
    void sectorAgreementsOnEquipmentAndAnEstimatedEndBeforeCoverageEnds() throws IOException {
        FeedEvent e = only(adapter.read(fixture("dcad-sample.csv")).events(), "dcad-v1.0-9005");

        assertThat(e.agreement().kind()).isEqualTo("equipment_technology_transfer");
        assertThat(e.agreement().name()).isEqualTo("India–Russia agreement: procurement, defence research");
        assertThat(e.agreement().effectiveTo()).isEqualTo(LocalDate.of(1997, 12, 31));
        assertThat(e.tags()).containsExactly("dcad", "sector", "procurement", "research");
    }

    @Test
    void negativeSpecialCodesAreUnknownValues() throws IOException {
        FeedEvent e = only(adapter.read(fixture("dcad-sample.csv")).events(), "dcad-v1.0-9010");

        assertThat(e.agreement().effectiveFrom()).isNull();
        assertThat(e.agreement().status()).isEqualTo("signed");
        assertThat(e.agreement().effectiveTo()).isEqualTo(LocalDate.of(2006, 12, 31));
    }

    @Test
    void anEndYearBeforeEntryIntoForceLastsToTheEndOfThatYear() throws IOException {
        FeedEvent e = only(adapter.read(fixture("dcad-sample.csv")).events(), "dcad-v1.0-9012");

        assertThat(e.agreement().effectiveFrom()).isEqualTo(LocalDate.of(2001, 6, 1));
        assertThat(e.agreement().effectiveTo()).isEqualTo(LocalDate.of(2001, 12, 31));
    }

    @Test
    void aNonNumericCountryCodeNamesTheLineAndColumn(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(fixture("dcad-sample.csv"));
        Path file = RecordChecks.write(dir, "x.csv", lines.get(0), lines.get(1), lines.get(2).replace("740,JPN", "JPN,JPN"));

        assertThatThrownBy(() -> adapter.read(file))
                .isInstanceOf(AdapterException.class)
                .hasMessageContaining(file + " line 3: column ccode1 is 'JPN', expected a whole number");
    }

    // ---- the real dataset ----

    @Test
    void mapsTheRealFileWithExactCounts() {
        AdapterResult r = SharedData.read(adapter, DATASET);

        assertThat(r.rows()).isEqualTo(1871);
        assertThat(r.events()).hasSize(188);
        assertThat(r.skipped()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "not Indo-Pacific", 1638,
                "same country on both sides", 3,
                "signature month unknown", 36,
                "unknown country code 260", 3,
                "unknown country code 315", 5));
        assertThat(r.events().stream().map(e -> e.agreement().status()))
                .containsOnly("signed", "in_force", "terminated");
        assertThat(r.events().stream().filter(e -> e.agreement().status().equals("in_force"))).hasSize(71);
    }

    @Test
    void endRecordsOnlyWhereNoOtherAgreementOfTheKindGoesOn() {
        List<FeedEvent> events = SharedData.read(adapter, DATASET).events();

        // six Indo-Pacific rows are terminated; four were followed by another agreement of the same kind
        assertThat(events.stream().filter(e -> e.agreement().status().equals("terminated")).map(FeedEvent::id))
                .containsExactly("dcad-v1.0-1892-end", "dcad-v1.0-1905-end");
        FeedEvent end = only(events, "dcad-v1.0-1905-end");
        assertThat(countries(end)).containsExactly("IDN", "AUS");
        assertThat(end.start()).isEqualTo(LocalDate.of(1999, 1, 1));
    }

    @Test
    void spotChecksJapanAustraliaTrainingAgreements() {
        List<FeedEvent> events = SharedData.read(adapter, DATASET).events();

        FeedEvent first = only(events, "dcad-v1.0-1845");
        assertThat(countries(first)).containsExactly("JPN", "AUS");
        assertThat(first.start()).isEqualTo(LocalDate.of(2003, 9, 29));
        assertThat(first.agreement()).isEqualTo(new AgreementBody("Japan–Australia agreement: training and exercises",
                "defence_cooperation", "in_force", LocalDate.of(2007, 3, 13), LocalDate.of(2008, 12, 31)));
        FeedEvent successor = only(events, "dcad-v1.0-1846");
        assertThat(successor.start()).isEqualTo(LocalDate.of(2008, 12, 18));
        assertThat(successor.agreement().effectiveTo()).isNull();
    }
}
