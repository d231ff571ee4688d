package io.secweb.core.feed.adapters;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AdaptersTest {

    @Test
    void listsEveryFormatOnceWithADescription() {
        assertThat(Adapters.all()).extracting(FeedAdapter::format).containsExactly("mme", "dcad", "atop", "mie", "csm", "cameo", "icews", "gdelt");
        assertThat(Adapters.all()).allSatisfy(a -> assertThat(a.description()).isNotBlank());
    }

    @Test
    void findsAnAdapterByFormatNameInAnyCase() {
        assertThat(Adapters.byFormat("DCAD")).containsInstanceOf(DcadAdapter.class);
        assertThat(Adapters.byFormat(" cameo ")).containsInstanceOf(CameoAdapter.class);
        assertThat(Adapters.byFormat("canonical")).isEmpty();
        assertThat(Adapters.byFormat("ICEWS")).containsInstanceOf(IcewsAdapter.class);
        assertThat(Adapters.byFormat("gdelt")).containsInstanceOf(GdeltAdapter.class);
        assertThat(Adapters.byFormat("phoenix")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"mme-sample.csv,mme", "dcad-sample.csv,dcad", "atop-sample.csv,atop", "mie-sample.csv,mie",
            "csm-sample.csv,csm", "cameo-sample.csv,cameo", "icews-sample.tab,icews", "gdelt-sample.export.CSV,gdelt"})
    void detectsEachSampleByItsHeader(String sample, String format) throws IOException {
        Path file = RecordChecks.fixture(sample);

        assertThat(Adapters.detect(file)).map(FeedAdapter::format).contains(format);
        assertThat(Adapters.detect(file, RecordChecks.firstLine(file))).map(FeedAdapter::format).contains(format);
    }

    @Test
    void detectsTheRealMmeFile() throws IOException {
        assertThat(Adapters.detect(SharedData.require(MmeAdapterTest.DATASET))).map(FeedAdapter::format).contains("mme");
    }

    @Test
    void detectsNothingInAJsonlFeedOrAnEmptyFile(@TempDir Path dir) throws IOException {
        Path jsonl = Files.writeString(dir.resolve("feed.jsonl"), "{\"id\":\"x\",\"type\":\"exercise\"}\n");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");

        assertThat(Adapters.detect(jsonl)).isEmpty();
        assertThat(Adapters.detect(empty)).isEmpty();
    }

    @Test
    void detectionIgnoresAByteOrderMark(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bom.csv"), "\uFEFFdate,source,target,cameo\n2020-01-02,CHN,JPN,163\n");

        assertThat(Adapters.detect(file)).map(FeedAdapter::format).contains("cameo");
        assertThat(Adapters.byFormat("cameo").orElseThrow().read(file).events()).hasSize(1);
    }
}
