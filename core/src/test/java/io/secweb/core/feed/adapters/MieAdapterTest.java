package io.secweb.core.feed.adapters;

import io.secweb.schemas.event.CoercionBody;
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

import static io.secweb.core.feed.adapters.RecordChecks.fixture;
import static io.secweb.core.feed.adapters.RecordChecks.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MieAdapterTest {
    static final String DATASET = "mie_militarized_events/mie-1.0.csv";
    private final MieAdapter adapter = new MieAdapter();

    // ---- format level, on the hand-written fixture ----

    @Test
    void accountsForEveryRowOfTheSample() throws IOException {
        AdapterResult r = adapter.read(fixture("mie-sample.csv"));

        assertThat(r.rows()).isEqualTo(12);
        assertThat(r.events()).extracting(FeedEvent::id).containsExactly("mie-9001-1-710-740", "mie-9001-2-710-740",
                "mie-9002-1-710-840", "mie-9003-1-750-770", "mie-9003-2-770-750");
        assertThat(r.skipped()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "before 1990", 1,
                "no militarized action", 1,
                "not Indo-Pacific", 1,
                "unknown country code 260", 1,
                "start month unknown", 1,
                "invalid start date", 1,
                "unknown action 18", 1));
        RecordChecks.assertAllValid(r.events());
    }

    @Test
    void mapsTheActingStateAsInitiatorAndTheHostilityLevelAsSeverity() throws IOException {
        FeedEvent e = only(adapter.read(fixture("mie-sample.csv")).events(), "mie-9001-1-710-740");

        assertThat(e.participants()).containsExactly(new Participant("CHN", Role.INITIATOR), new Participant("JPN", Role.TARGET));
        assertThat(e.start()).isEqualTo(LocalDate.of(2012, 9, 14));
        assertThat(e.end()).isEqualTo(LocalDate.of(2012, 9, 14));
        assertThat(e.datePrecision()).isEqualTo("day");
        assertThat(e.coercion()).isEqualTo(new CoercionBody("show_of_force", 3, null));
        assertThat(e.tags()).containsExactly("mie", "show-of-force");
        assertThat(e.source()).isEqualTo(MieAdapter.SOURCE);
    }

    @Test
    void anUnknownDayGivesMonthPrecision() throws IOException {
        FeedEvent e = only(adapter.read(fixture("mie-sample.csv")).events(), "mie-9001-2-710-740");

        assertThat(e.start()).isEqualTo(LocalDate.of(2012, 10, 1));
        assertThat(e.end()).isEqualTo(LocalDate.of(2012, 11, 30));
        assertThat(e.datePrecision()).isEqualTo("month");
        assertThat(e.coercion().kind()).isEqualTo("show_of_force");
        assertThat(e.tags()).containsExactly("mie", "border-violation");
    }

    @Test
    void mapsSeizuresClashesAndThreats() throws IOException {
        List<FeedEvent> events = adapter.read(fixture("mie-sample.csv")).events();

        assertThat(only(events, "mie-9002-1-710-840").coercion()).isEqualTo(new CoercionBody("maritime_gray_zone", 4, null));
        assertThat(only(events, "mie-9003-1-750-770").coercion()).isEqualTo(new CoercionBody("show_of_force", 4, null));
        assertThat(only(events, "mie-9003-2-770-750").coercion()).isEqualTo(new CoercionBody("diplomatic", 2, null));
    }

    @Test
    void anImpossibleHostilityLevelNamesTheLine(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(fixture("mie-sample.csv"));
        Path file = RecordChecks.write(dir, "x.csv", lines.get(0), lines.get(1), lines.get(2), lines.get(3).replace(",15,4,", ",15,9,"));

        assertThatThrownBy(() -> adapter.read(file))
                .isInstanceOf(AdapterException.class)
                .hasMessageContaining(file + " line 4: column hostlev is '9'");
    }

    // ---- the real dataset ----

    @Test
    void mapsTheRealFileWithExactCounts() {
        AdapterResult r = SharedData.read(adapter, DATASET);

        assertThat(r.rows()).isEqualTo(28011);
        assertThat(r.events()).hasSize(1269);
        assertThat(r.skipped()).containsExactlyInAnyOrderEntriesOf(Map.of("before 1990", 22912, "not Indo-Pacific", 3830));
        assertThat(r.events().stream().collect(Collectors.groupingBy(e -> e.coercion().kind(), Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("show_of_force", 1191L, "maritime_gray_zone", 44L, "diplomatic", 34L));
        assertThat(r.events().stream().collect(Collectors.groupingBy(e -> e.coercion().severity(), Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(2, 34L, 3, 796L, 4, 437L, 5, 2L));
    }

    @Test
    void spotChecksAChinaJapanShowOfForce() {
        FeedEvent e = only(SharedData.read(adapter, DATASET).events(), "mie-4061-1-710-740");

        assertThat(e.participants()).containsExactly(new Participant("CHN", Role.INITIATOR), new Participant("JPN", Role.TARGET));
        assertThat(e.start()).isEqualTo(LocalDate.of(1995, 8, 21));
        assertThat(e.coercion()).isEqualTo(new CoercionBody("show_of_force", 3, null));
    }
}
