package io.secweb.core.feed.adapters;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every dataset adapter promises, checked for each: detection, a wrong header, determinism, valid records. */
class AdapterContractTest {

    /** Each adapter with its hand-written sample (src/test/resources/adapters) and its real dataset (or null). */
    static Stream<Arguments> adapters() {
        return Stream.of(
                Arguments.of(new AtopAdapter(), "atop-sample.csv", AtopAdapterTest.DATASET),
                Arguments.of(new CameoAdapter(), "cameo-sample.csv", null),
                Arguments.of(new ChinaSanctionsAdapter(), "csm-sample.csv", ChinaSanctionsAdapterTest.DATASET),
                Arguments.of(new DcadAdapter(), "dcad-sample.csv", DcadAdapterTest.DATASET),
                Arguments.of(new MieAdapter(), "mie-sample.csv", MieAdapterTest.DATASET),
                Arguments.of(new MmeAdapter(), "mme-sample.csv", MmeAdapterTest.DATASET),
                Arguments.of(new IcewsAdapter(), "icews-sample.tab", null),
                Arguments.of(new GdeltAdapter(), "gdelt-sample.export.CSV", null));
    }

    private static final List<String> SAMPLES = adapters().map(a -> (String) a.get()[1]).toList();

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void recognisesItsOwnSampleAndNoOtherAdaptersSample(FeedAdapter adapter, String sample, String dataset) throws IOException {
        for (String other : SAMPLES) {
            Path file = RecordChecks.fixture(other);
            assertThat(adapter.recognises(file, RecordChecks.firstLine(file))).as(other).isEqualTo(other.equals(sample));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void aHeaderWithOneColumnIsNotInItsFormat(FeedAdapter adapter, String sample, String dataset, @TempDir Path dir) throws IOException {
        String header = RecordChecks.firstLine(RecordChecks.fixture(sample));
        Path file = RecordChecks.write(dir, "x.csv", header.split("[,\t]", 2)[0], "1");

        assertThatThrownBy(() -> adapter.read(file))
                .isInstanceOf(AdapterException.class)
                .hasMessageContaining(file + " line 1: not in the " + adapter.format() + " format");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void everyRealRecordIsValidAndHasItsOwnId(FeedAdapter adapter, String sample, String dataset) {
        AdapterResult r = dataset == null ? readSample(adapter, sample) : SharedData.read(adapter, dataset);

        RecordChecks.assertAllValid(r.events());
        RecordChecks.assertUniqueIds(r.events());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void readingTheSameFileTwiceGivesEqualResults(FeedAdapter adapter, String sample, String dataset) throws IOException {
        Path file = dataset == null ? RecordChecks.fixture(sample) : SharedData.require(dataset);

        assertThat(adapter.read(file)).isEqualTo(adapter.read(file));
    }

    private static AdapterResult readSample(FeedAdapter adapter, String sample) {
        try {
            return adapter.read(RecordChecks.fixture(sample));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
