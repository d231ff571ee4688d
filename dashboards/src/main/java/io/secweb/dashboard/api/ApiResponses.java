package io.secweb.dashboard.api;

import io.secweb.core.documents.IndicatorDocument;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What the dashboard API answers, as records (written as snake_case JSON). The page in
 * {@code resources/secweb/dashboard/static} reads exactly these shapes; {@code DashboardApiIT} checks them against a
 * real node.
 */
public final class ApiResponses {
    private ApiResponses() {}

    /** An error: HTTP status, a machine-readable code and a sentence a person can act on. */
    public record ApiError(int status, String error, String message) {}

    public record Health(String status, String elasticsearch, String indexPrefix) {}

    /** A configured scope, with the span of days the indicators job has written for it (null days: nothing yet). */
    public record Scope(String name, String description, String hub, List<String> members, LocalDate firstDay, LocalDate lastDay) {}

    /** The page's poll: when any of these numbers changes, it reloads what it shows. */
    public record Status(String scope, LocalDate lastDay, long indicatorDocuments, long events, long alerts) {}

    /** One day of a scope's series: the chosen values and their baselines. */
    public record SeriesPoint(LocalDate day, boolean isFinal, Map<String, Double> values,
                              Map<String, IndicatorDocument.BaselineValues> baselines) {}

    /** A scope's indicator series; {@code step} day, week or month (the last day of each week or month). */
    public record IndicatorSeries(String scope, String hub, LocalDate from, LocalDate to, String step, List<String> names,
                                  List<SeriesPoint> points) {}

    /** The scope document of one day with everything it carries. */
    public record Snapshot(String scope, String hub, LocalDate asOf, LocalDate day, boolean isFinal, int revision,
                           SortedMap<String, Double> values, SortedMap<String, IndicatorDocument.BaselineValues> baselines,
                           List<String> cliques, List<String> groups, IndicatorDocument.Provenance provenance) {}

    /** A state of the scope as of a day: its latest country document on or before that day. */
    public record CountryRow(String country, String name, boolean hub, LocalDate day, Map<String, Double> values,
                             Map<String, IndicatorDocument.BaselineValues> baselines, IndicatorDocument.Provenance provenance) {}

    /** A pair of states as of a day: its latest dyad document on or before that day. */
    public record DyadRow(String key, String a, String b, LocalDate day, Map<String, Double> values,
                          IndicatorDocument.Provenance provenance) {}

    /** One drawn tie: layer agreement, exercise or coercion (directed source → target). */
    public record Edge(String source, String target, String layer, double weight, boolean directed, String dyad) {}

    /** A state in the drawn web; {@code member} false for an outside state that coerces a member. */
    public record Node(String id, String name, boolean hub, boolean member, double strength, Map<String, Double> values) {}

    /**
     * The web of a scope as of a day: every member as a node (isolated or not), every tie with weight above zero as an
     * edge, and outside states that coerce a member as extra nodes.
     */
    public record Network(String scope, String hub, LocalDate asOf, List<Node> nodes, List<Edge> edges) {}

    /** A country's series in a scope and its latest document. */
    public record CountryDetail(String scope, String country, String name, boolean hub, CountryRow latest, List<SeriesPoint> points) {}

    /**
     * One alert state change (a document of secweb-alerts-*). {@code measured} is what the rule compares with
     * {@code threshold} — the value itself, its change in % or its z-score against {@code baseline}, per {@code condition}.
     */
    public record Alert(String id, LocalDate day, String ruleId, String ruleName, String severity, String scope, String level,
                        String country, String dyad, String indicator, String series, String from, String to, boolean notifies,
                        String episodeId, String condition, String baseline, Double value, Double measured, Double threshold,
                        List<TopEvent> topEvents, String run) {}

    public record TopEvent(String id, String layer, Double weight, String url) {}

    /** One event of secweb-events-*, flattened for the list. */
    public record Event(String id, int revision, String type, String name, LocalDate start, LocalDate end, List<String> countries,
                        List<Participant> participants, String detail, String sourceName, String sourceUrl, List<String> tags,
                        boolean retracted) {}

    public record Participant(String country, String role) {}

    public record EventPage(long total, int offset, List<Event> events) {}

    public record Alerts(long total, List<Alert> alerts) {}
}
