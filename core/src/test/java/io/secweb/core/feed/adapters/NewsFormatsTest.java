package io.secweb.core.feed.adapters;

import io.secweb.schemas.event.FeedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The two published layouts, the CAMEO code column as the datasets write it, and the docs table. */
class NewsFormatsTest {

    @Test
    void theGdeltColumnsAreTheSixtyOneOfTheCodebookInOrder() {
        assertThat(GdeltAdapter.COLUMNS).hasSize(61);
        assertThat(GdeltAdapter.COLUMNS.subList(0, 8)).containsExactly("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
                "Actor1Code", "Actor1Name", "Actor1CountryCode");
        assertThat(GdeltAdapter.COLUMNS.get(GdeltAdapter.ACTOR2)).isEqualTo("Actor2Code");
        assertThat(GdeltAdapter.COLUMNS.get(GdeltAdapter.ACTOR2 + 7)).isEqualTo("Actor2Type1Code");
        assertThat(GdeltAdapter.COLUMNS.get(GdeltAdapter.EVENT_CODE)).isEqualTo("EventCode");
        assertThat(GdeltAdapter.COLUMNS.get(GdeltAdapter.NUM_SOURCES)).isEqualTo("NumSources");
        assertThat(GdeltAdapter.COLUMNS.subList(35, 43)).containsExactly("Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
                "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID");
        assertThat(GdeltAdapter.COLUMNS.subList(59, 61)).containsExactly("DATEADDED", "SOURCEURL");
    }

    @Test
    void theIcewsColumnsAreTheTwentyOfTheEventFiles() {
        assertThat(IcewsAdapter.COLUMNS).hasSize(20).startsWith("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
                "Event Text", "CAMEO Code", "Intensity").endsWith("Latitude", "Longitude");
    }

    @ParameterizedTest
    @CsvSource({"42,042", "10,010", "57,057", "042,042", "173,173", "100,100", "211,0211", "1823,1823", "0211,0211"})
    void aCodeWhoseLeadingZeroWasDroppedIsRestored(String written, String code) {
        assertThat(NewsEventAdapter.code(written)).isEqualTo(code);
    }

    @Test
    void malformedCodesAreNotCodes() {
        assertThat(NewsEventAdapter.code("4x")).isNull();
        assertThat(NewsEventAdapter.code("")).isNull();
        assertThat(NewsEventAdapter.code("12345")).isNull();
    }

    @Test
    void aGdeltLineOfTheWrongWidthIsNotInTheFormat(@TempDir Path dir) throws IOException {
        Path file = RecordChecks.write(dir, "short.export.CSV", "1\t20240101\t202401");

        assertThatThrownBy(() -> new GdeltAdapter().read(file)).isInstanceOf(AdapterException.class)
                .hasMessage(file + " line 1: not in the gdelt format: expected 61 tab-separated fields, found 3");
    }

    @Test
    void anIcewsFileWithoutItsColumnsIsNotInTheFormat(@TempDir Path dir) throws IOException {
        Path file = RecordChecks.write(dir, "events.tab", "Event ID\tEvent Date\tCAMEO Code", "1\t2018-01-01\t42");

        assertThatThrownBy(() -> new IcewsAdapter().read(file)).isInstanceOf(AdapterException.class)
                .hasMessageStartingWith(file + " line 1: not in the icews format: the header lacks [Source Name, Source Sectors");
    }

    @Test
    void aPublisherlessIcewsRowCountsItsStoryAsOneSource(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(RecordChecks.fixture("icews-sample.tab"));
        String header = lines.get(0);
        String row = lines.get(1).replace("\tXinhua\t", "\t\t");
        List<FeedEvent> events = new IcewsAdapter().read(RecordChecks.write(dir, "e.tab", header, row)).events();

        assertThat(events).singleElement().satisfies(e -> assertThat(e.confidence()).isEqualTo(0.5));
    }

    /** docs/NEWS-EVENTS.md has one table row per mapped code, saying what it becomes: the table is this code's. */
    @Test
    void theDocsTableIsTheMappingTable() throws IOException {
        List<String> documented = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../docs/NEWS-EVENTS.md"))) {
            if (line.matches("\\| \\d{2,4} \\|.*")) {
                documented.add(line);
            }
        }
        List<String> expected = CameoCodes.table().stream()
                .map(m -> "| " + m.code() + " | " + m.name() + " | " + NewsCodesDoc.record(m) + " | "
                        + (m.news() ? "ICEWS, GDELT" : "ICEWS, GDELT, CAMEO CSV") + " |")
                .toList();
        assertThat(documented).containsExactlyElementsOf(expected);
    }
}
