package io.secweb.core.alerts;

import java.util.List;
import java.util.Set;

/**
 * The events an alert cites: the heaviest contributions of the layers its indicator is made of — coercion events for
 * the coercion indicators, exercises for a dyad's exercise weight, dialogues for dialogue weight and dialogues not held,
 * agreements for agreement weight and ties lost, cooperation (agreements, exercises and dialogues) for the network
 * measures, every layer for signed-triangle balance.
 */
public final class AlertEvidence {
    /** At most this many events per alert document and notification. */
    public static final int MAX_EVENTS = 5;

    private static final Set<String> COOPERATION = Set.of("agreement", "exercise", "dialogue");
    private static final Set<String> ALL = Set.of("agreement", "exercise", "dialogue", "coercion");

    private AlertEvidence() {}

    /** The layers (lower case, as in the documents) an indicator is computed from. */
    public static Set<String> layersOf(String indicator) {
        if (indicator.startsWith("coercion")) {
            return indicator.equals("coercion_to_cooperation") ? ALL : Set.of("coercion");
        }
        if (indicator.startsWith("signed_")) {
            return ALL;
        }
        return switch (indicator) {
            case "exercise_weight" -> Set.of("exercise");
            case "dialogue_weight", "dialogues_not_held" -> Set.of("dialogue");
            case "agreement_weight", "ties_lost" -> Set.of("agreement");
            default -> COOPERATION;
        };
    }

    /**
     * The reading's top events of the indicator's layers, at most {@link #MAX_EVENTS}, in the document's order (its
     * provenance lists them heaviest first).
     */
    public static List<IndicatorReading.TopEvent> of(String indicator, List<IndicatorReading.TopEvent> topEvents) {
        Set<String> layers = layersOf(indicator);
        return topEvents.stream().filter(e -> layers.contains(e.layer())).limit(MAX_EVENTS).toList();
    }
}
