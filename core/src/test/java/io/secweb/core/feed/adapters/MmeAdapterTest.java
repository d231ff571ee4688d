package io.secweb.core.feed.adapters;

import io.secweb.schemas.event.ExerciseBody;
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
import java.util.stream.Collectors;

import static io.secweb.core.feed.adapters.RecordChecks.countries;
import static io.secweb.core.feed.adapters.RecordChecks.fixture;
import static io.secweb.core.feed.adapters.RecordChecks.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MmeAdapterTest {
    static final String DATASET = "mme_multinational_exercises/mme_v7.csv";
    private final MmeAdapter adapter = new MmeAdapter();

    // ---- format level, on the hand-written fixture ----

    @Test
    void recognisesItsHeaderOnly() throws IOException {
        Path sample = fixture("mme-sample.csv");
        assertThat(adapter.recognises(sample, RecordChecks.firstLine(sample))).isTrue();
        assertThat(adapter.recognises(sample, "date,source,target,cameo")).isFalse();
        assertThat(adapter.recognises(sample, "")).isFalse();
    }

    @Test
    void accountsForEveryRowOfTheSample() throws IOException {
        AdapterResult r = adapter.read(fixture("mme-sample.csv"));

        assertThat(r.rows()).isEqualTo(9);
        assertThat(r.events()).extracting(FeedEvent::id).containsExactly("mme-901", "mme-902", "mme-906", "mme-907-2007-08-20");
        assertThat(r.skipped()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "not Indo-Pacific", 1,
                "unknown country name 'Atlantis'", 1,
                "fewer than two known states", 1,
                "start month unknown", 1,
                "invalid start date", 1));
        assertThat(r.rows()).isEqualTo(r.events().size() + r.skippedTotal());
        RecordChecks.assertAllValid(r.events());
    }

    @Test
    void mapsAnExerciseWithItsDomainsAndEveryStateAsParticipant() throws IOException {
        FeedEvent e = only(adapter.read(fixture("mme-sample.csv")).events(), "mme-901");

        assertThat(e.start()).isEqualTo(LocalDate.of(2001, 5, 14));
        assertThat(e.end()).isEqualTo(LocalDate.of(2001, 5, 25));
        assertThat(e.datePrecision()).isEqualTo("day");
        // MME lists states alphabetically, so none is taken for the host
        assertThat(e.participants()).containsExactly(new Participant("SGP", Role.PARTICIPANT),
                new Participant("THA", Role.PARTICIPANT), new Participant("USA", Role.PARTICIPANT));
        assertThat(e.exercise()).isEqualTo(new ExerciseBody("Cobra Gold 01", "Cobra Gold",
                List.of("land", "sea", "air", "amphibious", "hadr"), null, "Sattahip, Thailand"));
        assertThat(e.tags()).containsExactly("mme", "warfighting", "humanitarian");
        assertThat(e.source()).isEqualTo(MmeAdapter.SOURCE);
    }

    @Test
    void anUnknownDayGivesMonthPrecisionAndNonStatesAreDropped() throws IOException {
        FeedEvent e = only(adapter.read(fixture("mme-sample.csv")).events(), "mme-902");

        assertThat(e.start()).isEqualTo(LocalDate.of(1998, 11, 1));
        assertThat(e.end()).isEqualTo(LocalDate.of(1998, 11, 30));
        assertThat(e.datePrecision()).isEqualTo("month");
        assertThat(countries(e)).containsExactly("AUS", "NZL");
        assertThat(e.exercise().series()).isNull();
        assertThat(e.exercise().location()).isNull();
        assertThat(e.exercise().domains()).containsExactly("hadr");
        assertThat(e.tags()).containsExactly("mme", "cpx", "humanitarian");
    }

    @Test
    void aMissingNameFallsBackToTheSeriesAndAnEndBeforeTheStartIsDropped() throws IOException {
        FeedEvent e = only(adapter.read(fixture("mme-sample.csv")).events(), "mme-906");

        assertThat(e.exercise().name()).isEqualTo("Pacific Partnership");
        assertThat(e.end()).isNull();
        assertThat(countries(e)).containsExactly("WSM", "USA");
    }

    @Test
    void aWrongHeaderNamesTheFileAndTheMissingColumns(@TempDir Path dir) throws IOException {
        Path file = RecordChecks.write(dir, "bad.csv", "MMEID,Ex_Name,StateA", "mme1,X,Japan");

        assertThatThrownBy(() -> adapter.read(file))
                .isInstanceOf(AdapterException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 1")
                .hasMessageContaining("Series_Name");
    }

    @Test
    void aMalformedRowNamesTheFileAndItsLine(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(fixture("mme-sample.csv"));
        Path file = RecordChecks.write(dir, "bad.csv", lines.get(0), lines.get(1),
                "mme999,Bad Year,,,twenty,5,1,2001,5,2,0,0,0,0,0,0,0,0,0,Japan,United States,,,");

        assertThatThrownBy(() -> adapter.read(file))
                .isInstanceOf(AdapterException.class)
                .hasMessageContaining(file + " line 3")
                .hasMessageContaining("s.year");
    }

    @Test
    void aRowWithTooFewFieldsNamesItsLine(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(fixture("mme-sample.csv"));
        Path file = RecordChecks.write(dir, "short.csv", lines.get(0), "mme999,Short,,,2001,5,1");

        assertThatThrownBy(() -> adapter.read(file))
                .isInstanceOf(AdapterException.class)
                .hasMessageContaining(file + " line 2: expected 24 fields as in the header, found 7");
    }

    // ---- the real dataset ----

    @Test
    void mapsTheRealFileWithExactCounts() {
        AdapterResult r = SharedData.read(adapter, DATASET);

        assertThat(r.rows()).isEqualTo(3707);
        assertThat(r.events()).hasSize(1941);
        assertThat(r.skipped()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "fewer than two known states", 173,
                "not Indo-Pacific", 1593));
        assertThat(r.events().stream().filter(e -> "month".equals(e.datePrecision()))).hasSize(377);
    }

    @Test
    void keepsEveryEditionOfTheWellKnownSeries() {
        AdapterResult r = SharedData.read(adapter, DATASET);

        Map<String, Long> editions = r.events().stream().map(e -> e.exercise().series())
                .filter(s -> s != null && List.of("Cobra Gold", "Malabar", "RIMPAC", "Balikatan", "Pitch Black").contains(s))
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertThat(editions).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Cobra Gold", 28L, "Malabar", 12L, "RIMPAC", 15L, "Balikatan", 21L, "Pitch Black", 15L));
    }

    @Test
    void spotChecksCobraGoldAndMalabar2007() {
        List<FeedEvent> events = SharedData.read(adapter, DATASET).events();

        FeedEvent cobraGold = only(events, "mme-2981");
        assertThat(cobraGold.exercise().name()).isEqualTo("Cobra Gold 07");
        assertThat(cobraGold.start()).isEqualTo(LocalDate.of(2007, 5, 8));
        assertThat(cobraGold.end()).isEqualTo(LocalDate.of(2007, 5, 18));
        assertThat(countries(cobraGold)).containsExactly("IDN", "JPN", "SGP", "THA", "USA");
        assertThat(cobraGold.exercise().domains()).containsExactly("land", "sea", "air");

        FeedEvent malabar = only(events, "mme-3049");
        assertThat(malabar.exercise().name()).isEqualTo("Malabar 07");
        assertThat(malabar.exercise().series()).isEqualTo("Malabar");
        assertThat(malabar.start()).isEqualTo(LocalDate.of(2007, 9, 2));
        assertThat(countries(malabar)).containsExactly("AUS", "IND", "JPN", "SGP", "USA");
    }

    @Test
    void anMmeIdGivenTwiceGetsTheStartDate() {
        FeedEvent e = only(SharedData.read(adapter, DATASET).events(), "mme-3460-2005-07-07");

        assertThat(countries(e)).containsExactly("CHN", "JPN", "KOR");
    }
}
