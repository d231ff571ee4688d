package io.secweb.core.feed;

import io.secweb.core.network.model.DyadTie;
import io.secweb.core.network.model.NetworkConfig;
import io.secweb.core.network.model.NetworkModel;
import io.secweb.core.network.model.NetworkSnapshot;
import io.secweb.core.network.model.Scope;
import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.event.EventType;
import io.secweb.schemas.event.FeedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The curated feed through the network model with the shipped settings and scopes: what an analyst replaying it must
 * see of agreement lifecycles and dialogue cadence.
 */
class CuratedFeedNetworkTest {
    private static final Path FEED = Path.of("../deploy/local/feeds/curated-2000-2026.jsonl");
    private static final NetworkModel MODEL = new NetworkModel(NetworkConfig.defaults().settings());
    private static final double EPS = 1e-9;

    private static List<FeedEvent> events;

    @BeforeAll
    static void load() throws Exception {
        events = Files.readAllLines(FEED).stream().filter(l -> !l.isBlank()).map(l -> SecwebJson.read(l, FeedEvent.class)).toList();
    }

    private static DyadTie tie(String scope, String a, String b, String day) {
        Scope s = NetworkConfig.defaults().scope(scope).orElseThrow();
        NetworkSnapshot snap = MODEL.snapshot(events, s, LocalDate.parse(day));
        return snap.dyads().stream().filter(d -> d.a().equals(a) && d.b().equals(b)).findFirst()
                .orElse(new DyadTie(a, b, 0, 0, 0, 0, 0));
    }

    @Test
    void theJapanKoreaGsomiaWeighsLessBetweenTheTerminationNoticeAndItsSuspension() {
        double before = tie("northeast-asia", "JPN", "KOR", "2019-08-21").agreement();
        double notice = tie("northeast-asia", "JPN", "KOR", "2019-09-01").agreement();
        double suspended = tie("northeast-asia", "JPN", "KOR", "2019-11-22").agreement();

        assertThat(before - notice).as("intelligence sharing 1.5 x (1 - notice factor 0.5)").isCloseTo(0.75, within(EPS));
        assertThat(suspended).isCloseTo(before, within(EPS));
        // normalised in 2023: still one GSOMIA tie; Camp David (2023) and the trilateral framework (2024) add one each
        assertThat(tie("northeast-asia", "JPN", "KOR", "2024-12-01").agreement())
                .isCloseTo(tie("northeast-asia", "JPN", "KOR", "2019-12-01").agreement() + 1.0 + 1.0, within(EPS));
    }

    @Test
    void thePhilippinesUsAccessWeightFallsWithTheFebruary2020VfaNoticeAndComesBack() {
        double before = tie("us-alliance-system", "PHL", "USA", "2020-02-10").agreement();
        double notice = tie("us-alliance-system", "PHL", "USA", "2020-02-11").agreement();
        double suspended = tie("us-alliance-system", "PHL", "USA", "2020-06-02").agreement();

        assertThat(before - notice).as("access agreement 2.0 x (1 - 0.5)").isCloseTo(1.0, within(EPS));
        assertThat(suspended).isCloseTo(before, within(EPS));
        // VFA and EDCA (2 + 2: two access agreements, each one tie however many records it has), the Manila Declaration
        // and CUES (0.5 + 0.5), ADMM-Plus and the East Asia Summit (1 + 1)
        assertThat(before).isCloseTo(2.0 + 2.0 + 0.5 + 0.5 + 1.0 + 1.0, within(EPS));
    }

    @Test
    void theQuadLeadersTieDecaysThrough2025WithoutASummit() {
        assertThat(events).noneMatch(e -> e.type() == EventType.DIALOGUE && e.dialogue().series() != null
                && e.dialogue().series().equals("Quad Leaders' Summit") && e.start().getYear() == 2025 && e.dialogue().held());
        double previous = Double.MAX_VALUE;
        for (String day : List.of("2024-09-21", "2025-01-01", "2025-04-01", "2025-07-01", "2025-10-01", "2025-12-31")) {
            double dialogue = tie("quad", "IND", "USA", day).dialogue();
            assertThat(dialogue).as("IND-USA dialogue weight on %s", day).isLessThan(previous);
            previous = dialogue;
        }
        assertThat(previous).as("the Wilmington summit 466 days on").isCloseTo(Math.pow(0.5, 466.0 / 365), within(EPS));
    }

    @Test
    void thePostponed2025QuadSummitIsCountedAndInTheProvenanceOfItsDyads() {
        Scope quad = NetworkConfig.defaults().scope("quad").orElseThrow();
        NetworkSnapshot s = MODEL.snapshot(events, quad, LocalDate.parse("2025-12-31"));

        assertThat(s.dialoguesNotHeld()).isEqualTo(1);
        assertThat(s.contributions()).filteredOn(c -> c.eventId().equals("dl-quad-leaders-summit-2025-postponed"))
                .singleElement().satisfies(c -> assertThat(c.weight()).isZero());
        assertThat(s.eventCountries().get("dl-quad-leaders-summit-2025-postponed")).containsExactly("AUS", "IND", "JPN", "USA");
    }

    @Test
    void sixPartyRoundsLeaveNoPermanentTieBetweenAdversaries() {
        assertThat(tie("northeast-asia", "KOR", "PRK", "2005-09-19").dialogue()).isPositive();
        assertThat(tie("northeast-asia", "JPN", "PRK", "2012-01-01").cooperation()).isZero();
    }
}
