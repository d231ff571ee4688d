package io.secweb.core.feed.adapters;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each format's header is recognised by its own adapter and by no other, so detection cannot be ambiguous. */
class FormatDetectionTest {
    private static final List<FeedAdapter> ADAPTERS = List.of(new MmeAdapter(), new DcadAdapter(), new AtopAdapter(),
            new MieAdapter(), new ChinaSanctionsAdapter(), new CameoAdapter(), new IcewsAdapter(), new GdeltAdapter());

    private static List<String> recognisers(Path file) throws IOException {
        String firstLine = CsvFile.firstLine(file);
        return ADAPTERS.stream().filter(a -> a.recognises(file, firstLine)).map(FeedAdapter::format).toList();
    }

    @ParameterizedTest
    @CsvSource({"mme-sample.csv,mme", "dcad-sample.csv,dcad", "atop-sample.csv,atop", "mie-sample.csv,mie",
            "csm-sample.csv,csm", "cameo-sample.csv,cameo", "icews-sample.tab,icews", "gdelt-sample.export.CSV,gdelt"})
    void eachSampleIsRecognisedByItsAdapterOnly(String sample, String format) throws IOException {
        assertThat(recognisers(RecordChecks.fixture(sample))).containsExactly(format);
    }

    @ParameterizedTest
    @CsvSource({"mme_multinational_exercises/mme_v7.csv,mme", "dcad_kinne/DCAD-v1.0-main.csv,dcad",
            "atop_alliances/atop-member-level.csv,atop", "mie_militarized_events/mie-1.0.csv,mie",
            "china_sanctions_monitor/csm_prc_sanctions_master.csv,csm"})
    void eachRealDatasetIsRecognisedByItsAdapterOnly(String relative, String format) throws IOException {
        assertThat(recognisers(SharedData.require(relative))).containsExactly(format);
    }

    @ParameterizedTest
    @ValueSource(strings = {"atop_alliances/atop-alliance-level.csv", "china_sanctions_monitor/csm_prc_sanctions_threatened.csv",
            "peacesciencer_cow_atop/cow_mid5_disputes_indopacific.csv",
            "peacesciencer_cow_atop/atop5_dyad_year_indopacific_1946_2018.csv"})
    void filesNoAdapterReadsAreRecognisedByNone(String relative) throws IOException {
        assertThat(recognisers(SharedData.require(relative))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "just some notes", "{\"id\":\"x\",\"type\":\"exercise\"}", "date,source,target", "\"unclosed,header"})
    void otherFirstLinesAreRecognisedByNone(String firstLine) {
        Path file = Path.of("feed.txt");
        assertThat(ADAPTERS.stream().filter(a -> a.recognises(file, firstLine))).isEmpty();
    }
}
