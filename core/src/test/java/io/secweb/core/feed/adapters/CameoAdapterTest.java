package io.secweb.core.feed.adapters;

import io.secweb.schemas.event.AgreementBody;
import io.secweb.schemas.event.CoercionBody;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Participant;
import io.secweb.schemas.event.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.secweb.core.feed.adapters.RecordChecks.fixture;
import static io.secweb.core.feed.adapters.RecordChecks.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CameoAdapterTest {
    private final CameoAdapter adapter = new CameoAdapter();

    @Test
    void recognisesItsHeaderInAnyCase() throws IOException {
        Path sample = fixture("cameo-sample.csv");
        assertThat(adapter.recognises(sample, RecordChecks.firstLine(sample))).isTrue();
        assertThat(adapter.recognises(sample, "Date,Source,Target,CAMEO")).isTrue();
        assertThat(adapter.recognises(sample, "date,source,target")).isFalse();
    }

    @Test
    void accountsForEveryRowOfTheSample() throws IOException {
        AdapterResult r = adapter.read(fixture("cameo-sample.csv"));

        assertThat(r.rows()).isEqualTo(13);
        assertThat(r.events()).extracting(FeedEvent::id).containsExactly("cameo-2016-07-12-CHN-PHL-171",
                "cameo-2017-03-02-CHN-KOR-163", "cameo-2014-04-28-PHL-USA-057", "cameo-2019-09-01-CHN-VNM-15",
                "cameo-2020-06-15-CHN-IND-193", "cameo-2022-08-04-CHN-TWN-191", "cameo-2022-08-05-CHN-USA-161");
        assertThat(r.skipped()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "duplicate event", 2,
                "unmapped CAMEO code 042", 1,
                "unknown country 'Atlantis'", 1,
                "not a state 'European Union'", 1,
                "source and target are the same country", 1));
        RecordChecks.assertAllValid(r.events());
        RecordChecks.assertUniqueIds(r.events());
    }

    @Test
    void aSeizureIsMaritimeGrayZoneCoercionFromSourceToTarget() throws IOException {
        FeedEvent e = only(adapter.read(fixture("cameo-sample.csv")).events(), "cameo-2016-07-12-CHN-PHL-171");

        assertThat(e.participants()).containsExactly(new Participant("CHN", Role.INITIATOR), new Participant("PHL", Role.TARGET));
        assertThat(e.start()).isEqualTo(LocalDate.of(2016, 7, 12));
        assertThat(e.datePrecision()).isEqualTo("day");
        assertThat(e.coercion()).isEqualTo(new CoercionBody("maritime_gray_zone", 3, null));
        assertThat(e.tags()).containsExactly("cameo", "seize-or-damage-property");
    }

    @Test
    void signingAFormalAgreementIsOneJointStatementWhicheverWayItIsReported() throws IOException {
        FeedEvent e = only(adapter.read(fixture("cameo-sample.csv")).events(), "cameo-2014-04-28-PHL-USA-057");

        assertThat(e.participants()).containsExactly(new Participant("PHL", Role.PARTY), new Participant("USA", Role.PARTY));
        assertThat(e.agreement()).isEqualTo(new AgreementBody("Philippines–United States: sign formal agreement (CAMEO 057)",
                "joint_statement", "signed", null, null));
    }

    @Test
    void acceptsEventNamesCountryNamesAndMonthDates() throws IOException {
        List<FeedEvent> events = adapter.read(fixture("cameo-sample.csv")).events();

        FeedEvent posture = only(events, "cameo-2019-09-01-CHN-VNM-15");
        assertThat(posture.datePrecision()).isEqualTo("month");
        assertThat(posture.coercion()).isEqualTo(new CoercionBody("show_of_force", 3, null));
        assertThat(only(events, "cameo-2017-03-02-CHN-KOR-163").coercion()).isEqualTo(new CoercionBody("economic_coercion", 3, null));
        assertThat(only(events, "cameo-2022-08-05-CHN-USA-161").coercion()).isEqualTo(new CoercionBody("diplomatic", 2, null));
    }

    @ParameterizedTest
    @CsvSource({"15,show_of_force,3", "154,show_of_force,3", "163,economic_coercion,3", "1622,economic_coercion,2",
            "164,diplomatic,2", "1711,maritime_gray_zone,3", "173,diplomatic,3", "182,show_of_force,4",
            "191,maritime_gray_zone,4", "192,maritime_gray_zone,4", "193,show_of_force,5", "195,show_of_force,5"})
    void mapsTheCoercionCodes(String code, String kind, int severity, @TempDir Path dir) throws IOException {
        Path file = RecordChecks.write(dir, "e.csv", "date,source,target,cameo", "2020-01-02,CHN,JPN," + code);

        assertThat(adapter.read(file).events()).singleElement()
                .satisfies(e -> assertThat(e.coercion()).isEqualTo(new CoercionBody(kind, severity, null)));
    }

    @ParameterizedTest
    @CsvSource({"57,057", "0312,0312", "163,163", "312,0312", "1234,1234"})
    void putsBackALeadingZeroASpreadsheetDropped(String written, String code) {
        assertThat(CameoAdapter.code(written)).isEqualTo(code);
    }

    @Test
    void anUnreadableDateNamesTheLine(@TempDir Path dir) throws IOException {
        Path file = RecordChecks.write(dir, "e.csv", "date,source,target,cameo", "2020-01-02,CHN,JPN,163", "yesterday,CHN,JPN,163");

        assertThatThrownBy(() -> adapter.read(file))
                .isInstanceOf(AdapterException.class)
                .hasMessageContaining(file + " line 3: column date is 'yesterday'");
    }
}
