package io.secweb.core.alerts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the alerts job reads from one indicator document on secweb.indicators: which series it belongs to (scope, level
 * and country or dyad), the day, whether the day is final, the values with their baselines, the number of events behind
 * them (support) and the top contributing events. A flat contract with a Flink type of its own.
 *
 * @param documentId the indicator document's id (the evidence link back to it)
 */
public record IndicatorReading(String documentId, String runMode, String runId, String scope, String level, String country,
                               String dyadA, String dyadB, LocalDate day, boolean isFinal, int revision,
                               Map<String, Double> values, Map<String, Baseline> baselines, long support, List<TopEvent> topEvents) {

    public IndicatorReading {
        values = Map.copyOf(values);
        baselines = Map.copyOf(baselines);
        topEvents = List.copyOf(topEvents);
    }

    /** The series this reading belongs to: {@code scope}, {@code scope/country/PHL} or {@code scope/dyad/JPN|PHL} (the dyad key). */
    public String series() {
        return switch (level) {
            case "country" -> scope + "/country/" + country;
            case "dyad" -> scope + "/dyad/" + dyadA + "|" + dyadB;
            default -> scope;
        };
    }

    /** The indicator's baselines as the document carries them; any field may be null. */
    public record Baseline(Double change4wPct, Double change52wPct, Double z52w, LocalDate highestSince, LocalDate lowestSince) {}

    public record TopEvent(String id, String layer, double weight, String url) {}

    /** The tick of one indicator of this reading, or null when the document has no value for it. */
    public AlertTick tick(String indicator) {
        Double v = values.get(indicator);
        if (v == null) {
            return null;
        }
        Baseline b = baselines.get(indicator);
        return b == null
                ? new AlertTick(day, v, null, null, null, false, null, null, support)
                : new AlertTick(day, v, b.change4wPct(), b.change52wPct(), b.z52w(), true, b.highestSince(), b.lowestSince(), support);
    }
}
