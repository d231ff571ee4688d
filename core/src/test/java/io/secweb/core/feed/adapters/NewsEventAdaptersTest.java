package io.secweb.core.feed.adapters;

import io.secweb.schemas.event.EventType;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Participant;
import io.secweb.schemas.event.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static io.secweb.core.feed.adapters.RecordChecks.fixture;
import static io.secweb.core.feed.adapters.RecordChecks.only;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ICEWS and GDELT adapters on their fixtures (written by core/src/test/fixtures/news_fixtures.py from the published
 * formats: 220 rows each, every mapped CAMEO family and every skip reason): state actors only, cooperation kept,
 * repeats folded, the daily cap, every row accounted for.
 */
class NewsEventAdaptersTest {

    static Stream<Arguments> adapters() {
        return Stream.of(Arguments.of(new IcewsAdapter(), "icews-sample.tab"), Arguments.of(new GdeltAdapter(), "gdelt-sample.export.CSV"));
    }

    /** Skip reasons both fixtures give, with their counts (see news_fixtures.py). */
    private static final Map<String, Integer> COMMON = new LinkedHashMap<>();

    static {
        for (String kind : List.of("citizens", "criminals", "business", "media", "rebels and insurgents", "NGOs",
                "international organisations", "other non-state actors")) {
            COMMON.put("non-state actor: " + kind, 5);
        }
        COMMON.put("police or coast guard outside coercion", 2);
        COMMON.put("actor of no known sector or type", 2);
        COMMON.put("same country on both sides", 3);
        COMMON.put("not Indo-Pacific", 4);
        COMMON.put("repeat folded into one event", 9);
        COMMON.put(NewsEventAdapter.OVER_CAP, 3);
        COMMON.put("malformed date", 1);
        COMMON.put("malformed CAMEO code", 1);
        COMMON.put("unmapped CAMEO code, root 02 (Appeal)", 1);
        COMMON.put("unmapped CAMEO code, root 03 (Express intent to cooperate)", 1);
        COMMON.put("unmapped CAMEO code, root 07 (Provide aid)", 2);
        COMMON.put("unmapped CAMEO code, root 08 (Yield)", 1);
        COMMON.put("unmapped CAMEO code, root 09 (Investigate)", 1);
        COMMON.put("unmapped CAMEO code, root 14 (Protest)", 1);
        COMMON.put("unmapped CAMEO code, root 20 (Use unconventional mass violence)", 1);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("adapters")
    void theSummaryCountsEveryRowByWhatBecameOfIt(NewsEventAdapter adapter, String sample) throws IOException {
        AdapterResult r = adapter.read(fixture(sample));

        Map<String, Integer> expected = new TreeMap<>(COMMON);
        if (adapter instanceof IcewsAdapter) {
            expected.put("actor without a country", 3); // the gunmen (2) and a missing target (1: the other is an unmapped code)
            expected.put("unknown country 'Atlantis'", 2);
            expected.put("not a state 'European Union'", 2);
            expected.put("unmapped CAMEO code, root 01 (Make public statement)", 2);
        } else {
            expected.put("actor without a country", 2);
            expected.put("event without two actors", 2);
            expected.put("unknown country code 'ATL'", 2);
            expected.put("unknown country code 'EUR'", 2);
            expected.put("unmapped CAMEO code, root 01 (Make public statement)", 1);
        }
        assertThat(r.rows()).isEqualTo(220);
        assertThat(r.skipped()).isEqualTo(expected);
        assertThat(r.events()).hasSize(138);
        assertThat(r.rows()).isEqualTo(r.events().size() + r.skippedTotal());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("adapters")
    void everyRecordIsValidAndHasItsOwnId(NewsEventAdapter adapter, String sample) throws IOException {
        List<FeedEvent> events = adapter.read(fixture(sample)).events();

        RecordChecks.assertAllValid(events);
        RecordChecks.assertUniqueIds(events);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.source().dataset()).isEqualTo(adapter.format());
            assertThat(e.tags()).contains(adapter.format(), "news");
            assertThat(e.confidence()).isBetween(0.5, 0.95);
        });
    }

    /** The days of the fixture rows that have a citizen or a criminal on either side: none of them gives a record. */
    @ParameterizedTest(name = "{1}")
    @MethodSource("adapters")
    void noCitizenOrCriminalRowProducesATie(NewsEventAdapter adapter, String sample) throws IOException {
        Set<LocalDate> days = new HashSet<>();
        for (String line : Files.readAllLines(fixture(sample))) {
            List<String> f = List.of(TsvFile.fields(line));
            boolean nonState = adapter instanceof IcewsAdapter
                    ? f.get(2).startsWith("Citizen") || f.get(8).startsWith("Citizen") || f.get(3).contains("Criminals") || f.get(9).contains("Criminals")
                    : List.of(f.get(12), f.get(22)).stream().anyMatch(t -> t.equals("CVL") || t.equals("CRM"));
            if (nonState) {
                days.add(adapter instanceof IcewsAdapter ? LocalDate.parse(f.get(1))
                        : LocalDate.parse(f.get(1), java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
            }
        }
        List<FeedEvent> events = adapter.read(fixture(sample)).events();

        assertThat(days).hasSize(10);
        assertThat(events).noneMatch(e -> days.contains(e.start()));
        // the issue's own cases: an arrest of citizens and a sexual assault by citizens are crimes, not interstate coercion
        assertThat(events).noneMatch(e -> e.coercion() != null && e.tags().contains("sexually-assault"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("adapters")
    void consultationsAndVisitsAreDialoguesTheVisitedStateHosting(NewsEventAdapter adapter, String sample) throws IOException {
        List<FeedEvent> events = adapter.read(fixture(sample)).events();
        String f = adapter.format();

        List<FeedEvent> dialogues = events.stream().filter(e -> e.type() == EventType.DIALOGUE).toList();
        assertThat(dialogues).hasSize(17).allSatisfy(e -> {
            assertThat(e.id()).matches(f + "-.*-04[0-6]");
            assertThat(e.dialogue().status()).isEqualTo("held");
            assertThat(e.dialogue().level()).isIn("leaders", "ministers", "senior_officials");
        });
        assertThat(events).filteredOn(e -> e.id().matches(".*-04[0-6]")).allMatch(e -> e.type() == EventType.DIALOGUE);
        // 042 make a visit: the target is visited, hosts; 043 host a visit: the source hosts
        FeedEvent visit = only(events, f + "-2018-05-14-IND-USA-042");
        assertThat(visit.participants()).containsExactly(new Participant("IND", Role.HOST), new Participant("USA", Role.PARTICIPANT));
        assertThat(visit.dialogue().name()).isEqualTo("India–United States: make a visit (CAMEO 042)");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("adapters")
    void repeatsOfOneEventFoldIntoOneRecordWhoseConfidenceGrowsWithItsSources(NewsEventAdapter adapter, String sample) throws IOException {
        List<FeedEvent> events = adapter.read(fixture(sample)).events();
        String f = adapter.format();

        // five reports of one consultation, in both directions: one record; 1 - 0.5^5 capped at 0.95
        assertThat(only(events, f + "-2018-05-13-CHN-JPN-040").confidence()).isEqualTo(0.95);
        // three reports of one visit
        assertThat(only(events, f + "-2018-05-14-IND-USA-042").confidence()).isEqualTo(0.875);
        // two reports of one seizure, coercion keeps its direction
        FeedEvent seizure = only(events, f + "-2018-05-15-CHN-PHL-171");
        assertThat(seizure.confidence()).isEqualTo(0.75);
        assertThat(seizure.participants()).containsExactly(new Participant("CHN", Role.INITIATOR), new Participant("PHL", Role.TARGET));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("adapters")
    void theDailyCapKeepsTheBestSourcedRecordOfADyadAndRootCode(NewsEventAdapter adapter, String sample) throws IOException {
        List<FeedEvent> events = adapter.read(fixture(sample)).events();

        // a summit day reported as consult (3 sources), visit, host and negotiate: only the consultation stays
        assertThat(events).filteredOn(e -> e.start().equals(LocalDate.of(2018, 5, 16))).extracting(FeedEvent::id)
                .containsExactly(adapter.format() + "-2018-05-16-IND-USA-040");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("adapters")
    void coastGuardsCountAsStateActorsForCoercionOnly(NewsEventAdapter adapter, String sample) throws IOException {
        List<FeedEvent> events = adapter.read(fixture(sample)).events();
        String f = adapter.format();

        assertThat(only(events, f + "-2018-05-17-CHN-PHL-171").coercion().kind()).isEqualTo("maritime_gray_zone");
        assertThat(only(events, f + "-2018-05-18-CHN-PHL-191").coercion().severity()).isEqualTo(4);
        assertThat(events).noneMatch(e -> e.start().equals(LocalDate.of(2018, 5, 19)) || e.start().equals(LocalDate.of(2018, 5, 20)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("adapters")
    void cooperationIsKeptAsShortLivedAgreementsOfItsOwnKindAndVerbalConflictAsMildDiplomaticCoercion(NewsEventAdapter adapter,
                                                                                                   String sample) throws IOException {
        List<FeedEvent> events = adapter.read(fixture(sample)).events();
        Map<String, Integer> kinds = new TreeMap<>();
        events.stream().filter(e -> e.agreement() != null).forEach(e -> kinds.merge(e.agreement().kind(), 1, Integer::sum));

        assertThat(kinds).containsOnlyKeys("diplomatic_cooperation", "material_cooperation", "military_cooperation", "intelligence_sharing",
                "military_aid", "joint_statement");
        assertThat(events).filteredOn(e -> e.agreement() != null).allSatisfy(e -> {
            assertThat(e.agreement().status()).isEqualTo("in_force");
            assertThat(e.agreement().effectiveTo()).isEqualTo(e.start().plusDays(NewsEventAdapter.COOPERATION_DAYS - 1));
        });
        assertThat(events).filteredOn(e -> e.id().endsWith("-062")).allMatch(e -> e.agreement().kind().equals("military_cooperation"));
        assertThat(events).filteredOn(e -> e.id().endsWith("-064")).allMatch(e -> e.agreement().kind().equals("intelligence_sharing"));
        // verbal conflict: diplomatic coercion, severity 1, threats of force and ultimatums 2
        assertThat(events).filteredOn(e -> e.id().matches(".*-1[0-3]\\d+")).allSatisfy(e -> {
            assertThat(e.coercion().kind()).isEqualTo("diplomatic");
            assertThat(e.coercion().severity()).isEqualTo(e.id().matches(".*-(138\\d?|139)") ? 2 : 1);
        });
        // the present coercion mapping stays
        assertThat(events).filteredOn(e -> e.id().endsWith("-163")).allSatisfy(e -> assertThat(e.coercion().kind()).isEqualTo("economic_coercion"));
        assertThat(events).filteredOn(e -> e.id().endsWith("-190")).allSatisfy(e -> assertThat(e.coercion().severity()).isEqualTo(5));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("adapters")
    void everyMappedCodeOfTheTableGivesARecordFromTheFixture(NewsEventAdapter adapter, String sample) throws IOException {
        List<FeedEvent> events = adapter.read(fixture(sample)).events();
        Set<String> codes = new HashSet<>();
        events.forEach(e -> codes.add(e.id().substring(e.id().lastIndexOf('-') + 1)));

        for (CameoCodes.Mapping m : CameoCodes.table()) {
            if (m.code().length() == 3) {
                assertThat(codes).as("a record of CAMEO %s (%s)", m.code(), m.name()).contains(m.code());
            }
        }
    }
}
