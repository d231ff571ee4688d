package io.secweb.core.documents;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An alert state change in {@code secweb-alerts-*} (schemas/elasticsearch/secweb-alerts.template.json) and on Kafka
 * secweb.alerts: one document per change of one (rule, series) state machine, with the episode it belongs to, the
 * values and thresholds that decided it, the baseline, and the events behind the indicator with their source urls.
 */
public record AlertDocument(
        @JsonProperty("@timestamp") LocalDate timestamp,
        Ecs event,
        Map<String, String> labels,
        Body secweb) {

    /** {@code severity}: 1 info, 2 warning, 3 critical (ECS event.severity is numeric). */
    public record Ecs(String kind, String dataset, int severity) {}

    /**
     * @param series    the watched series: scope, scope/country/PHL or scope/dyad/JPN|PHL
     * @param value     the indicator's value that day
     * @param measured  the quantity compared with the thresholds (value, % change or z-score)
     * @param threshold the threshold that decided this change (fire on the way in, clear on the way out)
     * @param peak      the episode's most extreme measured quantity so far
     * @param support   events behind the indicator document
     */
    public record Body(Rule rule, String series, String scope, String level, String country, Dyad dyad, String indicator,
                       LocalDate day, String from, String to, boolean notifies, String episodeId, Double value, Double measured,
                       Double threshold, Double peak, Baseline baseline, long support, int indicatorRevision, boolean indicatorFinal,
                       String indicatorDocument, List<TopEvent> topEvents, Run run) {}

    public record Rule(String id, String name, String severity, String condition, String baseline, Integer years, Double fire,
                       Double clear, @JsonProperty("for") int forTicks) {}

    public record Dyad(String a, String b, String key) {}

    public record Baseline(@JsonProperty("change_4w_pct") Double change4wPct, @JsonProperty("change_52w_pct") Double change52wPct,
                           @JsonProperty("z_52w") Double z52w, LocalDate highestSince, LocalDate lowestSince) {}

    public record TopEvent(String id, String layer, double weight, String url) {}

    public record Run(String mode, String id) {}
}
