package io.secweb.core.feed.adapters;

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

class AtopAdapterTest {
    static final String DATASET = "atop_alliances/atop-member-level.csv";
    private final AtopAdapter adapter = new AtopAdapter();

    // ---- format level, on the hand-written fixture ----

    @Test
    void recognisesTheMemberLevelHeaderOnly() throws IOException {
        Path sample = fixture("atop-sample.csv");
        assertThat(adapter.recognises(sample, RecordChecks.firstLine(sample))).isTrue();
        assertThat(adapter.recognises(sample, "atopid,cowid,cow4id,begyr,begmo,begday,endyr,mem1,mem2")).isFalse();
    }

    @Test
    void accountsForEveryRowOfTheSample() throws IOException {
        AdapterResult r = adapter.read(fixture("atop-sample.csv"));

        assertThat(r.rows()).isEqualTo(22);
        assertThat(r.events()).extracting(FeedEvent::id).containsExactly(
                "atop-9100-0", "atop-9100-0-end-1986-09-17-NZL-USA", "atop-9100-0-end-1986-09-17-AUS-NZL", "atop-9100-0-1986-09-17",
                "atop-9200-1", "atop-9200-1-end-1977-06-30-GBR-THA", "atop-9200-1-end-1977-06-30-GBR-PHL",
                "atop-9200-1-end-1977-06-30-PHL-THA", "atop-9200-2",
                "atop-9300-0", "atop-9400-0", "atop-9500-0", "atop-9500-0-2009-07-22",
                "atop-9800-0", "atop-9800-0-end-1960-01-01-JPN-USA");
        assertThat(r.skipped()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "not Indo-Pacific", 2,
                "unknown country code 260", 1,
                "fewer than two known members", 1));
        RecordChecks.assertAllValid(r.events());
    }

    @Test
    void aMemberLeavingCutsThePhaseAndEndsItsTies() throws IOException {
        List<FeedEvent> events = adapter.read(fixture("atop-sample.csv")).events();

        FeedEvent founding = only(events, "atop-9100-0");
        assertThat(founding.participants()).containsExactly(new Participant("USA", Role.PARTY), new Participant("AUS", Role.PARTY),
                new Participant("NZL", Role.PARTY));
        assertThat(founding.start()).isEqualTo(LocalDate.of(1951, 9, 1));
        assertThat(founding.agreement().kind()).isEqualTo("alliance_treaty");
        assertThat(founding.agreement().status()).isEqualTo("in_force");
        assertThat(founding.agreement().effectiveTo()).isEqualTo(LocalDate.of(1986, 9, 16));
        assertThat(founding.agreement().name()).isEqualTo("ATOP 9100: defense, non-aggression, consultation — USA, AUS, NZL");
        assertThat(founding.tags()).containsExactly("atop", "defense", "non-aggression", "consultation");

        FeedEvent exit = only(events, "atop-9100-0-end-1986-09-17-NZL-USA");
        assertThat(countries(exit)).containsExactly("NZL", "USA");
        assertThat(exit.start()).isEqualTo(LocalDate.of(1986, 9, 17));
        assertThat(exit.agreement().status()).isEqualTo("terminated");
        assertThat(exit.agreement().kind()).isEqualTo("alliance_treaty");

        FeedEvent remaining = only(events, "atop-9100-0-1986-09-17");
        assertThat(countries(remaining)).containsExactly("USA", "AUS");
        assertThat(remaining.agreement().effectiveTo()).isNull();
    }

    @Test
    void aDissolutionEndsOnlyTheTiesNothingElseCarriesOn() throws IOException {
        List<FeedEvent> events = adapter.read(fixture("atop-sample.csv")).events();

        // USA-GBR goes on in 9300, USA-PHL in 9400, USA-THA in the next phase of 9200
        assertThat(events).extracting(FeedEvent::id)
                .filteredOn(id -> id.startsWith("atop-9200-1-end-"))
                .containsExactly("atop-9200-1-end-1977-06-30-GBR-THA", "atop-9200-1-end-1977-06-30-GBR-PHL",
                        "atop-9200-1-end-1977-06-30-PHL-THA");
        assertThat(countries(only(events, "atop-9200-2"))).containsExactly("USA", "THA");
    }

    @Test
    void aLaterMemberStartsANewStretchOfANonAggressionPact() throws IOException {
        List<FeedEvent> events = adapter.read(fixture("atop-sample.csv")).events();

        FeedEvent first = only(events, "atop-9500-0");
        assertThat(countries(first)).containsExactly("IDN", "MYS");
        assertThat(first.agreement().kind()).isEqualTo("defence_cooperation");
        assertThat(first.agreement().effectiveTo()).isEqualTo(LocalDate.of(2009, 7, 21));
        FeedEvent second = only(events, "atop-9500-0-2009-07-22");
        assertThat(countries(second)).containsExactly("IDN", "MYS", "USA");
        assertThat(second.start()).isEqualTo(LocalDate.of(2009, 7, 22));
    }

    @Test
    void anUnknownDayIsTheFirstOfTheMonthWithMonthPrecision() throws IOException {
        List<FeedEvent> events = adapter.read(fixture("atop-sample.csv")).events();

        FeedEvent e = only(events, "atop-9800-0");
        assertThat(e.start()).isEqualTo(LocalDate.of(1951, 9, 1));
        assertThat(e.datePrecision()).isEqualTo("month");
        assertThat(e.agreement().effectiveTo()).isEqualTo(LocalDate.of(1959, 12, 31));
        FeedEvent end = only(events, "atop-9800-0-end-1960-01-01-JPN-USA");
        assertThat(end.datePrecision()).isEqualTo("month");
    }

    @Test
    void anImpossibleDateNamesTheLine(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(fixture("atop-sample.csv"));
        Path file = RecordChecks.write(dir, "x.csv", lines.get(0), lines.get(1), lines.get(2).replace("1951,9,1,", "1951,13,1,"));

        assertThatThrownBy(() -> adapter.read(file))
                .isInstanceOf(AdapterException.class)
                .hasMessageContaining(file + " line 3: yrent/moent/dayent is 1951/13/1, not a calendar date");
    }

    // ---- the real dataset ----

    @Test
    void mapsTheRealFileWithExactCounts() {
        AdapterResult r = SharedData.read(adapter, DATASET);

        assertThat(r.rows()).isEqualTo(2398);
        assertThat(r.events()).hasSize(1413);
        assertThat(r.events().stream().filter(e -> e.agreement().status().equals("in_force"))).hasSize(255);
        assertThat(r.events().stream().filter(e -> e.agreement().status().equals("terminated"))).hasSize(1158);
        assertThat(r.skipped()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("not Indo-Pacific", 1426),
                Map.entry("fewer than two known members", 80),
                Map.entry("unknown country code 240", 6), Map.entry("unknown country code 245", 8),
                Map.entry("unknown country code 260", 8), Map.entry("unknown country code 265", 20),
                Map.entry("unknown country code 267", 4), Map.entry("unknown country code 269", 5),
                Map.entry("unknown country code 271", 6), Map.entry("unknown country code 273", 3),
                Map.entry("unknown country code 275", 6), Map.entry("unknown country code 280", 4),
                Map.entry("unknown country code 300", 46), Map.entry("unknown country code 315", 37),
                Map.entry("unknown country code 329", 3), Map.entry("unknown country code 332", 1),
                Map.entry("unknown country code 335", 1), Map.entry("unknown country code 337", 1),
                Map.entry("unknown country code 678", 9), Map.entry("unknown country code 680", 9),
                Map.entry("unknown country code 730", 1), Map.entry("unknown country code 817", 1),
                Map.entry("unknown country code 8152", 1)));
    }

    @Test
    void spotChecksAnzus() {
        List<FeedEvent> events = SharedData.read(adapter, DATASET).events();

        FeedEvent anzus = only(events, "atop-3215-0");
        assertThat(countries(anzus)).containsExactly("USA", "AUS", "NZL");
        assertThat(anzus.start()).isEqualTo(LocalDate.of(1951, 9, 1));
        assertThat(anzus.agreement().kind()).isEqualTo("alliance_treaty");
        assertThat(anzus.agreement().effectiveTo()).isEqualTo(LocalDate.of(1986, 9, 16));
        assertThat(countries(only(events, "atop-3215-0-1986-09-17"))).containsExactly("USA", "AUS");
        assertThat(events).extracting(FeedEvent::id).filteredOn(id -> id.startsWith("atop-3215-0-end-"))
                .containsExactly("atop-3215-0-end-1986-09-17-NZL-USA", "atop-3215-0-end-1986-09-17-AUS-NZL");
    }

    @Test
    void seatosDissolutionLeavesTheUsTiesThatOtherTreatiesCarry() {
        List<FeedEvent> events = SharedData.read(adapter, DATASET).events();

        List<String> ended = events.stream().map(FeedEvent::id).filter(id -> id.startsWith("atop-3260-1-end-1977-06-30-")).toList();
        assertThat(ended).hasSize(9).noneMatch(id -> id.contains("USA"));
        assertThat(countries(only(events, "atop-3260-2"))).containsExactly("USA", "THA");
    }

    @Test
    void theTreatyOfAmityGrowsStretchByStretch() {
        List<FeedEvent> events = SharedData.read(adapter, DATASET).events();

        List<FeedEvent> tac = events.stream().filter(e -> e.id().startsWith("atop-3755-0")).toList();
        assertThat(tac).hasSize(23).allMatch(e -> e.agreement().kind().equals("defence_cooperation"));
        assertThat(countries(tac.get(0))).containsExactly("THA", "MYS", "SGP", "PHL", "IDN");
        assertThat(tac.get(tac.size() - 1).participants()).hasSize(34);
    }
}
