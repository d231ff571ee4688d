package io.secweb.core.documents;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * An indicator document in {@code secweb-indicators-*} (schemas/elasticsearch/secweb-indicators.template.json) and on
 * Kafka secweb.indicators: one per (scope, day), and per (scope, country, day) and (scope, dyad, day) under the
 * emission policy of {@link io.secweb.core.indicators.EmissionPolicy}.
 */
public record IndicatorDocument(
        @JsonProperty("@timestamp") LocalDate timestamp,
        Ecs event,
        Body secweb) {

    public record Ecs(String kind, String dataset) {}

    /**
     * @param level    scope, country or dyad
     * @param isFinal  false while the day is still open (live values), true once the watermark has passed it
     * @param revision 0 when first finalised; +1 each time a late event restates the day
     */
    public record Body(String level, String scope, String hub, LocalDate day, @JsonProperty("final") boolean isFinal, int revision,
                       String country, Dyad dyad, SortedMap<String, Double> values, SortedMap<String, BaselineValues> baselines,
                       List<String> cliques, List<String> groups, Provenance provenance) {}

    public record Dyad(String a, String b, String key) {}

    public record BaselineValues(@JsonProperty("change_4w_pct") Double change4wPct, @JsonProperty("change_52w_pct") Double change52wPct,
                                 @JsonProperty("z_52w") Double z52w, LocalDate highestSince, LocalDate lowestSince) {}

    public record Provenance(Map<String, Integer> eventsByLayer, List<TopEvent> topEvents, String algorithmVersion, Run run) {}

    public record TopEvent(String id, String layer, double weight, String url) {}

    /** live, or replay with its run id. */
    public record Run(String mode, String id) implements java.io.Serializable {
        public static Run live() {
            return new Run("live", "live");
        }
    }
}
