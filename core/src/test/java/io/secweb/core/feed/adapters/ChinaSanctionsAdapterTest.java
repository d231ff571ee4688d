package io.secweb.core.feed.adapters;

import io.secweb.schemas.event.CoercionBody;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Participant;
import io.secweb.schemas.event.Role;
import io.secweb.schemas.event.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.secweb.core.feed.adapters.RecordChecks.fixture;
import static io.secweb.core.feed.adapters.RecordChecks.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChinaSanctionsAdapterTest {
    static final String DATASET = "china_sanctions_monitor/csm_prc_sanctions_master.csv";
    private final ChinaSanctionsAdapter adapter = new ChinaSanctionsAdapter();

    private static String id(String date, String title, String target) {
        return "csm-" + date + "-" + ChinaSanctionsAdapter.hash(title) + "-" + target;
    }

    // ---- format level, on the hand-written fixture ----

    @Test
    void recognisesTheMasterSheetHeaderOnly() throws IOException {
        Path sample = fixture("csm-sample.csv");
        assertThat(adapter.recognises(sample, RecordChecks.firstLine(sample))).isTrue();
        assertThat(adapter.recognises(sample, "Start Date,Title,Form of Economic Restriction,Nationality of Targets")).isFalse();
    }

    @Test
    void accountsForEveryRowOfTheSample() throws IOException {
        AdapterResult r = adapter.read(fixture("csm-sample.csv"));

        assertThat(r.rows()).isEqualTo(9);
        assertThat(r.events()).extracting(FeedEvent::id).containsExactly(
                id("2011-03-15", "Sample customs hold on mineral exports, informal", "JPN"),
                id("2020-05-01", "Sample duties on barley", "AUS"),
                id("2021-03-26", "Sample countermeasures against officials", "USA"),
                id("2021-03-26", "Sample countermeasures against officials", "CAN"),
                id("2019-07-01", "Sample tourism restriction", "TWN"));
        assertThat(r.skipped()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "no state among the targets", 1,
                "no target nationality", 1,
                "unknown country name 'Atlantis'", 1,
                "unknown form of restriction 'Travel Ban'", 1,
                "duplicate of an earlier row", 1));
        RecordChecks.assertAllValid(r.events());
    }

    @Test
    void mapsARestrictionAsChinasEconomicCoercionOfTheTarget() throws IOException {
        FeedEvent e = adapter.read(fixture("csm-sample.csv")).events().get(0);

        assertThat(e.participants()).containsExactly(new Participant("CHN", Role.INITIATOR), new Participant("JPN", Role.TARGET));
        assertThat(e.start()).isEqualTo(LocalDate.of(2011, 3, 15));
        assertThat(e.datePrecision()).isEqualTo("day");
        assertThat(e.coercion()).isEqualTo(new CoercionBody("economic_coercion", 3, null));
        assertThat(e.tags()).containsExactly("csm", "export-control", "territorial-dispute", "primary-sanction", "informal");
        assertThat(e.source()).isEqualTo(new Source(ChinaSanctionsAdapter.NAME, ChinaSanctionsAdapter.HOME,
                ChinaSanctionsAdapter.DATASET, null));
    }

    @Test
    void anInformalMeasureDatedOnTheFirstHasMonthPrecisionAndItsLink() throws IOException {
        FeedEvent e = only(adapter.read(fixture("csm-sample.csv")).events(), id("2020-05-01", "Sample duties on barley", "AUS"));

        assertThat(e.datePrecision()).isEqualTo("month");
        assertThat(e.source().url()).isEqualTo("https://example.org/barley");
    }

    @Test
    void aFormalMeasureDatedOnTheFirstKeepsDayPrecisionAndAProseLinkGivesTheHomePage() throws IOException {
        FeedEvent e = only(adapter.read(fixture("csm-sample.csv")).events(), id("2019-07-01", "Sample tourism restriction", "TWN"));

        assertThat(e.datePrecision()).isEqualTo("day");
        assertThat(e.source().url()).isEqualTo(ChinaSanctionsAdapter.HOME);
        assertThat(e.coercion().severity()).isEqualTo(3);
    }

    @Test
    void givesOneRecordPerTargetStateAndDropsTheEuropeanUnion() throws IOException {
        List<FeedEvent> events = adapter.read(fixture("csm-sample.csv")).events().stream()
                .filter(e -> e.start().equals(LocalDate.of(2021, 3, 26))).toList();

        assertThat(events).extracting(e -> e.participants().get(1).country()).containsExactly("USA", "CAN");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.coercion()).isEqualTo(new CoercionBody("economic_coercion", 2, null));
            assertThat(e.tags()).containsExactly("csm", "targeted-sanction", "xinjiang", "hong-kong", "countersanction", "formal");
        });
    }

    @Test
    void anUnreadableDateNamesTheLine(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(fixture("csm-sample.csv"));
        Path file = RecordChecks.write(dir, "x.csv", lines.get(0), lines.get(1), lines.get(2),
                lines.get(3).replace("2020-05-01", "May 2020"));

        // the first record spans lines 2-3, so the third record starts on line 4
        assertThatThrownBy(() -> adapter.read(file))
                .isInstanceOf(AdapterException.class)
                .hasMessageContaining(file + " line 4: column Imposition Date is 'May 2020'");
    }

    @Test
    void aQuoteLeftOpenNamesTheLineItOpenedOn(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(fixture("csm-sample.csv"));
        Path file = RecordChecks.write(dir, "x.csv", lines.get(0), lines.get(3), "2024-01-01,\"unclosed title,x,y,z,,Japan,Formal,");

        assertThatThrownBy(() -> adapter.read(file))
                .isInstanceOf(AdapterException.class)
                .hasMessageContaining(file + " line 3: malformed CSV");
    }

    // ---- the real dataset ----

    @Test
    void mapsTheRealFileWithExactCounts() {
        AdapterResult r = SharedData.read(adapter, DATASET);

        assertThat(r.rows()).isEqualTo(225);
        assertThat(r.events()).hasSize(249);
        assertThat(r.skipped()).containsExactlyInAnyOrderEntriesOf(Map.of("no target nationality", 6));
        Map<String, Long> byTarget = r.events().stream()
                .collect(Collectors.groupingBy(e -> e.participants().get(1).country(), Collectors.counting()));
        assertThat(byTarget).containsEntry("USA", 86L).containsEntry("TWN", 29L).containsEntry("JPN", 18L)
                .containsEntry("KOR", 16L).containsEntry("AUS", 15L).containsEntry("LTU", 11L).containsEntry("CAN", 11L);
        assertThat(r.events().stream().filter(e -> "month".equals(e.datePrecision()))).hasSize(74);
    }

    @Test
    void spotChecksTheMeasuresAgainstAustraliaIn2020() {
        List<FeedEvent> australia2020 = SharedData.read(adapter, DATASET).events().stream()
                .filter(e -> e.participants().get(1).country().equals("AUS") && e.start().getYear() == 2020).toList();

        assertThat(australia2020).hasSize(9).allSatisfy(e -> {
            assertThat(e.participants().get(0)).isEqualTo(new Participant("CHN", Role.INITIATOR));
            assertThat(e.coercion()).isEqualTo(new CoercionBody("economic_coercion", 3, null));
            assertThat(e.tags()).contains("import-control");
        });
        FeedEvent first = australia2020.get(0);
        assertThat(first.id()).isEqualTo("csm-2020-05-01-ba98a15e-AUS");
        assertThat(first.start()).isEqualTo(LocalDate.of(2020, 5, 1));
        assertThat(first.datePrecision()).isEqualTo("month");
    }
}
