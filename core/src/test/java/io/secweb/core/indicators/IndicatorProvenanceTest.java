package io.secweb.core.indicators;


import io.secweb.core.documents.IndicatorDocument;
import io.secweb.core.network.model.Contribution;
import io.secweb.core.network.model.Layer;
import io.secweb.core.network.model.NetworkModel;
import io.secweb.core.network.model.NetworkSettings;
import io.secweb.core.network.model.NetworkSnapshot;
import io.secweb.core.network.model.Scope;
import io.secweb.core.testing.FeedEvents;
import io.secweb.schemas.event.FeedEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorProvenanceTest {
    private static final IndicatorDocument.Run LIVE = new IndicatorDocument.Run("live", "live");

    /** Eight heavy exercises with USA, JPN and PHL, then two light coercion events on PHL: the heaviest first. */
    private static NetworkSnapshot snapshot() {
        List<Contribution> contributions = new ArrayList<>();
        Map<String, List<String>> countries = new HashMap<>();
        for (int i = 0; i < 8; i++) {
            contributions.add(new Contribution("ex-" + i, Layer.EXERCISE, 10.0 - i, "https://example.org/ex-" + i));
            countries.put("ex-" + i, List.of("USA", "JPN", "PHL"));
        }
        for (int i = 0; i < 2; i++) {
            contributions.add(new Contribution("co-" + i, Layer.COERCION, 1.0 - i * 0.5, "https://example.org/co-" + i));
            countries.put("co-" + i, List.of("CHN", "PHL"));
        }
        return new NetworkSnapshot(null, LocalDate.of(2024, 6, 17), null, Map.of(), List.of(), List.of(), 0, 0,
                Map.of(Layer.EXERCISE, 8, Layer.COERCION, 2), contributions, countries);
    }

    @Test
    void aScopeDocumentKeepsTheHeaviestEventsOfEachLayerSoLightCoercionIsStillCited() {
        IndicatorDocument.Provenance p = IndicatorDocuments.provenance(snapshot(), LIVE);

        assertThat(p.topEvents()).extracting(IndicatorDocument.TopEvent::id)
                .containsExactly("ex-0", "ex-1", "ex-2", "ex-3", "ex-4", "co-0", "co-1");
        assertThat(p.eventsByLayer()).containsEntry("exercise", 8).containsEntry("coercion", 2).containsEntry("agreement", 0);
    }

    @Test
    void aCountryDocumentCitesOnlyEventsTheCountryTakesPartIn() {
        IndicatorDocument.Provenance china = IndicatorDocuments.provenance(snapshot(), LIVE, List.of("CHN"));
        IndicatorDocument.Provenance philippines = IndicatorDocuments.provenance(snapshot(), LIVE, List.of("PHL"));

        assertThat(china.topEvents()).extracting(IndicatorDocument.TopEvent::id).containsExactly("co-0", "co-1");
        assertThat(china.eventsByLayer()).containsEntry("coercion", 2).containsEntry("exercise", 0);
        assertThat(philippines.topEvents()).extracting(IndicatorDocument.TopEvent::id)
                .containsExactly("ex-0", "ex-1", "ex-2", "ex-3", "ex-4", "co-0", "co-1");
        assertThat(philippines.eventsByLayer()).containsEntry("exercise", 8).containsEntry("coercion", 2);
    }

    @Test
    void aPostponedSummitIsInTheDyadsProvenanceUnderTheDialogueLayer() {
        Scope quad = new Scope("quad", "the Quad", Set.of("AUS", "IND", "JPN", "USA"), null);
        FeedEvent held = summit("dl-quad-2024").on("2024-09-21").build();
        FeedEvent postponed = summit("dl-quad-2025").on("2025-06-01").status("postponed").build();
        NetworkSnapshot snap = new NetworkModel(NetworkSettings.defaults()).snapshot(List.of(held, postponed), quad, LocalDate.of(2025, 9, 1));

        IndicatorDocument.Provenance dyad = IndicatorDocuments.provenance(snap, LIVE, List.of("IND", "JPN"));

        assertThat(dyad.eventsByLayer()).containsOnlyKeys("agreement", "exercise", "dialogue", "coercion").containsEntry("dialogue", 2);
        assertThat(dyad.topEvents()).extracting(IndicatorDocument.TopEvent::id, IndicatorDocument.TopEvent::layer)
                .containsExactly(org.assertj.core.api.Assertions.tuple("dl-quad-2024", "dialogue"),
                        org.assertj.core.api.Assertions.tuple("dl-quad-2025", "dialogue"));
        assertThat(dyad.topEvents().get(1).weight()).isZero();
    }

    private static FeedEvents.Builder summit(String id) {
        return FeedEvents.dialogue(id).participants("USA", "AUS", "IND", "JPN").name("Quad Leaders' Summit").series("Quad Leaders' Summit")
                .level("leaders");
    }
}
