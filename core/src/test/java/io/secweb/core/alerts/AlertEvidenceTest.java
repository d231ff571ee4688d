package io.secweb.core.alerts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AlertEvidenceTest {
    private static final List<IndicatorReading.TopEvent> TOP = List.of(
            new IndicatorReading.TopEvent("ex-balikatan-2024", "exercise", 9.0, "https://example.org/1"),
            new IndicatorReading.TopEvent("ex-talisman-sabre-2023", "exercise", 8.0, "https://example.org/2"),
            new IndicatorReading.TopEvent("ag-usa-phl-edca-2014", "agreement", 3.0, "https://example.org/3"),
            new IndicatorReading.TopEvent("co-second-thomas-water-cannon", "coercion", 2.5, "https://example.org/4"),
            new IndicatorReading.TopEvent("co-scarborough-laser", "coercion", 1.5, "https://example.org/5"));

    @Test
    void aCoercionAlertCitesCoercionEventsNotTheHeavierExercises() {
        assertThat(AlertEvidence.of("coercion_received", TOP)).extracting(IndicatorReading.TopEvent::id)
                .containsExactly("co-second-thomas-water-cannon", "co-scarborough-laser");
    }

    @Test
    void aCooperationMeasureCitesAgreementsAndExercisesHeaviestFirst() {
        assertThat(AlertEvidence.of("largest_component_share", TOP)).extracting(IndicatorReading.TopEvent::id)
                .containsExactly("ex-balikatan-2024", "ex-talisman-sabre-2023", "ag-usa-phl-edca-2014");
        assertThat(AlertEvidence.of("exercise_weight", TOP)).extracting(IndicatorReading.TopEvent::id)
                .containsExactly("ex-balikatan-2024", "ex-talisman-sabre-2023");
        assertThat(AlertEvidence.of("ties_lost", TOP)).extracting(IndicatorReading.TopEvent::id).containsExactly("ag-usa-phl-edca-2014");
    }

    @Test
    void theCoercionToCooperationRatioCitesEveryLayerButAtMostFiveEvents() {
        List<IndicatorReading.TopEvent> six = new java.util.ArrayList<>(TOP);
        six.add(new IndicatorReading.TopEvent("co-light", "coercion", 0.1, null));

        assertThat(AlertEvidence.of("coercion_to_cooperation", six)).hasSize(AlertEvidence.MAX_EVENTS)
                .extracting(IndicatorReading.TopEvent::id).doesNotContain("co-light");
    }

    @Test
    void aDialogueAlertCitesDialoguesAndTheCooperationMeasuresCiteThemToo() {
        List<IndicatorReading.TopEvent> withSummit = new java.util.ArrayList<>(TOP);
        withSummit.add(new IndicatorReading.TopEvent("dl-quad-2025", "dialogue", 0.0, "https://example.org/6"));

        assertThat(AlertEvidence.of("dialogue_weight", withSummit)).extracting(IndicatorReading.TopEvent::id).containsExactly("dl-quad-2025");
        assertThat(AlertEvidence.of("dialogues_not_held", withSummit)).extracting(IndicatorReading.TopEvent::id).containsExactly("dl-quad-2025");
        assertThat(AlertEvidence.layersOf("weighted_density")).containsExactlyInAnyOrder("agreement", "exercise", "dialogue");
    }
}
