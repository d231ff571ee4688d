package io.secweb.dashboard;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.documents.IndicatorDocument;
import io.secweb.dashboard.api.ApiResponses;
import io.secweb.schemas.SecwebNames;
import io.secweb.schemas.codec.SecwebJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Every read the dashboard makes, as Elasticsearch searches over the secweb aliases of one index prefix. Read-only:
 * nothing here writes, and every search tolerates missing indices (a fresh stack has no alerts index yet).
 */
public final class DashboardQueries {
    public static final String LEVEL_SCOPE = "scope";
    public static final String LEVEL_COUNTRY = "country";
    public static final String LEVEL_DYAD = "dyad";

    private final ElasticsearchClient client;
    private final String indicators;
    private final String events;
    private final String alerts;
    private final int maxResults;

    public DashboardQueries(ElasticsearchClient client, String indexPrefix, int maxResults) {
        this.client = client;
        this.indicators = SecwebNames.alias(indexPrefix, SecwebNames.INDICATORS);
        this.events = SecwebNames.alias(indexPrefix, SecwebNames.EVENTS);
        this.alerts = SecwebNames.alias(indexPrefix, SecwebNames.ALERTS);
        this.maxResults = maxResults;
    }

    public int maxResults() {
        return maxResults;
    }

    /** Elasticsearch cluster health status (green, yellow, red). */
    public String clusterHealth() {
        try {
            return client.cluster().health().status().jsonValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    private static Query dayRange(String field, LocalDate from, LocalDate to) {
        return Query.of(q -> q.range(r -> r.date(d -> {
            d.field(field);
            if (from != null) {
                d.gte(from.toString());
            }
            if (to != null) {
                d.lte(to.toString());
            }
            return d;
        })));
    }

    private static Query scopeLevel(String scope, String level, LocalDate from, LocalDate to) {
        List<Query> filters = new ArrayList<>(List.of(term("secweb.scope", scope), term("secweb.level", level)));
        if (from != null || to != null) {
            filters.add(dayRange("secweb.day", from, to));
        }
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    private SearchResponse<JsonNode> search(Function<SearchRequest.Builder, SearchRequest.Builder> request) {
        try {
            return client.search(s -> request.apply(s.ignoreUnavailable(true).allowNoIndices(true)), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long count(String index, Query query) {
        try {
            return client.count(c -> c.index(index).query(query).ignoreUnavailable(true).allowNoIndices(true)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IndicatorDocument indicatorDocument(JsonNode source) {
        try {
            return SecwebJson.treeToValue(source, IndicatorDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an indicator document does not match its contract: " + e.getOriginalMessage(), e);
        }
    }

    private static LocalDate epochDay(double millis) {
        return Instant.ofEpochMilli((long) millis).atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** First and last day with a scope document, if any. */
    public Optional<LocalDate[]> dayRange(String scope) {
        SearchResponse<JsonNode> r = search(s -> s.index(indicators).size(0).query(scopeLevel(scope, LEVEL_SCOPE, null, null))
                .aggregations("first", a -> a.min(m -> m.field("secweb.day")))
                .aggregations("last", a -> a.max(m -> m.field("secweb.day"))));
        if (r.aggregations() == null || r.hits().total() == null || r.hits().total().value() == 0) {
            return Optional.empty();
        }
        double first = r.aggregations().get("first").min().value();
        double last = r.aggregations().get("last").max().value();
        return Optional.of(new LocalDate[] {epochDay(first), epochDay(last)});
    }

    public ApiResponses.Status status(String scope) {
        Optional<LocalDate[]> days = dayRange(scope);
        return new ApiResponses.Status(scope, days.map(d -> d[1]).orElse(null),
                count(indicators, Query.of(q -> q.term(t -> t.field("secweb.scope").value(scope)))),
                count(events, Query.of(q -> q.matchAll(m -> m))),
                count(alerts, Query.of(q -> q.matchAll(m -> m))));
    }

    /** The scope document of the latest day on or before {@code asOf}. */
    public Optional<IndicatorDocument> scopeDocument(String scope, LocalDate asOf) {
        SearchResponse<JsonNode> r = search(s -> s.index(indicators).size(1).query(scopeLevel(scope, LEVEL_SCOPE, null, asOf))
                .sort(o -> o.field(f -> f.field("secweb.day").order(SortOrder.Desc))));
        return r.hits().hits().stream().findFirst().map(h -> indicatorDocument(h.source()));
    }

    /**
     * A scope's series between two days: every day, or the last document of each calendar week or month (so that 26
     * years fit in one answer).
     */
    public List<ApiResponses.SeriesPoint> scopeSeries(String scope, LocalDate from, LocalDate to, String step, List<String> names) {
        List<String> sources = new ArrayList<>(List.of("secweb.day", "secweb.final"));
        for (String n : names) {
            sources.add("secweb.values." + n);
            sources.add("secweb.baselines." + n);
        }
        Query query = scopeLevel(scope, LEVEL_SCOPE, from, to);
        List<JsonNode> docs = new ArrayList<>();
        if (step.equals("day")) {
            SearchResponse<JsonNode> r = search(s -> s.index(indicators).size(maxResults).query(query)
                    .source(src -> src.filter(f -> f.includes(sources)))
                    .sort(o -> o.field(f -> f.field("secweb.day").order(SortOrder.Asc))));
            r.hits().hits().forEach(h -> docs.add(h.source()));
        } else {
            CalendarInterval interval = step.equals("week") ? CalendarInterval.Week : CalendarInterval.Month;
            SearchResponse<JsonNode> r = search(s -> s.index(indicators).size(0).query(query)
                    .aggregations("steps", a -> a.dateHistogram(h -> h.field("secweb.day").calendarInterval(interval).minDocCount(1))
                            .aggregations("last", l -> l.topHits(t -> t.size(1)
                                    .source(src -> src.filter(f -> f.includes(sources)))
                                    .sort(o -> o.field(f -> f.field("secweb.day").order(SortOrder.Desc)))))));
            if (r.aggregations() != null && r.aggregations().containsKey("steps")) {
                for (DateHistogramBucket b : r.aggregations().get("steps").dateHistogram().buckets().array()) {
                    for (Hit<JsonData> h : b.aggregations().get("last").topHits().hits().hits()) {
                        docs.add(h.source().to(JsonNode.class));
                    }
                }
            }
        }
        List<ApiResponses.SeriesPoint> points = new ArrayList<>(docs.size());
        for (JsonNode d : docs) {
            JsonNode body = d.path("secweb");
            Map<String, Double> values = new LinkedHashMap<>();
            Map<String, IndicatorDocument.BaselineValues> baselines = new LinkedHashMap<>();
            for (String n : names) {
                JsonNode v = body.path("values").path(n);
                if (v.isNumber()) {
                    values.put(n, v.asDouble());
                }
                JsonNode b = body.path("baselines").path(n);
                if (b.isObject()) {
                    try {
                        baselines.put(n, SecwebJson.treeToValue(b, IndicatorDocument.BaselineValues.class));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("a baseline does not match its contract: " + e.getOriginalMessage(), e);
                    }
                }
            }
            points.add(new ApiResponses.SeriesPoint(LocalDate.parse(body.path("day").asText()), body.path("final").asBoolean(),
                    values, baselines));
        }
        return points;
    }

    /**
     * The latest document of each country (or dyad) of a scope on or before {@code asOf}: country and dyad documents
     * are written on change and weekly, so the latest one before a day is the state on that day.
     */
    public List<IndicatorDocument> latestPerSubject(String scope, String level, LocalDate asOf, Optional<String> country) {
        String collapseField = level.equals(LEVEL_COUNTRY) ? "secweb.country" : "secweb.dyad.key";
        List<Query> filters = new ArrayList<>(List.of(scopeLevel(scope, level, null, asOf)));
        country.ifPresent(c -> filters.add(level.equals(LEVEL_COUNTRY) ? term("secweb.country", c)
                : Query.of(q -> q.bool(b -> b.should(term("secweb.dyad.a", c), term("secweb.dyad.b", c)).minimumShouldMatch("1")))));
        SearchResponse<JsonNode> r = search(s -> s.index(indicators).size(maxResults).query(q -> q.bool(b -> b.filter(filters)))
                .collapse(c -> c.field(collapseField))
                .sort(o -> o.field(f -> f.field("secweb.day").order(SortOrder.Desc))));
        List<IndicatorDocument> out = new ArrayList<>();
        r.hits().hits().forEach(h -> out.add(indicatorDocument(h.source())));
        return out;
    }

    /** The documents of one country (or dyad key) between two days, in day order. */
    public List<IndicatorDocument> subjectSeries(String scope, String level, String subject, LocalDate from, LocalDate to) {
        String field = level.equals(LEVEL_COUNTRY) ? "secweb.country" : "secweb.dyad.key";
        SearchResponse<JsonNode> r = search(s -> s.index(indicators).size(maxResults)
                .query(q -> q.bool(b -> b.filter(scopeLevel(scope, level, from, to), term(field, subject))))
                .sort(o -> o.field(f -> f.field("secweb.day").order(SortOrder.Asc))));
        List<IndicatorDocument> out = new ArrayList<>();
        r.hits().hits().forEach(h -> out.add(indicatorDocument(h.source())));
        return out;
    }

    /** Alert state changes, newest first. */
    public ApiResponses.Alerts alerts(Optional<String> scope, LocalDate from, LocalDate to, boolean notifyingOnly, int limit) {
        List<Query> filters = new ArrayList<>();
        scope.ifPresent(s -> filters.add(term("secweb.scope", s)));
        if (from != null || to != null) {
            filters.add(dayRange("secweb.day", from, to));
        }
        if (notifyingOnly) {
            filters.add(Query.of(q -> q.term(t -> t.field("secweb.notifies").value(true))));
        }
        SearchResponse<JsonNode> r = search(s -> s.index(alerts).size(limit).trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> b.filter(filters)))
                .sort(o -> o.field(f -> f.field("secweb.day").order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("secweb.rule.id").order(SortOrder.Asc))));
        List<ApiResponses.Alert> out = new ArrayList<>();
        for (Hit<JsonNode> h : r.hits().hits()) {
            out.add(alert(h.id(), h.source()));
        }
        return new ApiResponses.Alerts(r.hits().total() == null ? out.size() : r.hits().total().value(), out);
    }

    private static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() ? null : n.asText();
    }

    private static Double number(JsonNode n) {
        return n == null || !n.isNumber() ? null : n.asDouble();
    }

    private static List<ApiResponses.TopEvent> topEvents(JsonNode array) {
        List<ApiResponses.TopEvent> out = new ArrayList<>();
        for (JsonNode e : array) {
            out.add(new ApiResponses.TopEvent(text(e.path("id")), text(e.path("layer")), number(e.path("weight")), text(e.path("url"))));
        }
        return out;
    }

    static ApiResponses.Alert alert(String id, JsonNode source) {
        JsonNode s = source.path("secweb");
        JsonNode rule = s.path("rule");
        return new ApiResponses.Alert(id, s.hasNonNull("day") ? LocalDate.parse(s.path("day").asText()) : null,
                text(rule.path("id")), text(rule.path("name")), text(rule.path("severity")), text(s.path("scope")),
                text(s.path("level")), text(s.path("country")), text(s.path("dyad").path("key")), text(s.path("indicator")),
                text(s.path("series")), text(s.path("from")), text(s.path("to")), s.path("notifies").asBoolean(false),
                text(s.path("episode_id")), text(rule.path("condition")), text(rule.path("baseline")),
                number(s.path("value")), number(s.path("measured")), number(s.path("threshold")),
                topEvents(s.path("top_events")), text(s.path("run").path("mode")));
    }

    /** Events matching the filters, newest first. */
    public ApiResponses.EventPage events(EventFilter filter, int offset, int limit) {
        List<Query> filters = new ArrayList<>();
        filter.type().ifPresent(t -> filters.add(term("secweb.type", t)));
        filter.countries().forEach(c -> filters.add(term("secweb.countries", c)));
        if (filter.from().isPresent() || filter.to().isPresent()) {
            filters.add(dayRange("@timestamp", filter.from().orElse(null), filter.to().orElse(null)));
        }
        filter.ids().ifPresent(ids -> filters.add(Query.of(q -> q.terms(t -> t.field("secweb.id")
                .terms(v -> v.value(ids.stream().map(FieldValue::of).toList()))))));
        List<Query> must = new ArrayList<>();
        filter.text().ifPresent(text -> must.add(Query.of(q -> q.simpleQueryString(sq -> sq.query(text)
                .fields("secweb.exercise.name", "secweb.agreement.name", "secweb.dialogue.name", "secweb.exercise.location",
                        "secweb.coercion.location", "secweb.id", "secweb.tags", "secweb.exercise.series", "secweb.dialogue.series",
                        "secweb.source.name")
                .lenient(true)))));
        SearchResponse<JsonNode> r = search(s -> s.index(events).from(offset).size(limit).trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> b.filter(filters).must(must)))
                .sort(o -> o.field(f -> f.field("@timestamp").order(SortOrder.Desc)))
                .sort(o -> o.field(f -> f.field("secweb.id").order(SortOrder.Asc))));
        List<ApiResponses.Event> out = new ArrayList<>();
        for (Hit<JsonNode> h : r.hits().hits()) {
            out.add(event(h.source()));
        }
        return new ApiResponses.EventPage(r.hits().total() == null ? out.size() : r.hits().total().value(), offset, out);
    }

    /** The filters of the events list; {@code countries}: every one of them takes part. */
    public record EventFilter(Optional<String> type, List<String> countries, Optional<LocalDate> from, Optional<LocalDate> to,
                              Optional<String> text, Optional<List<String>> ids) {}

    static ApiResponses.Event event(JsonNode source) {
        JsonNode s = source.path("secweb");
        String type = text(s.path("type"));
        JsonNode body = s.path(type == null ? "" : type);
        String name = text(body.path("name"));
        String detail;
        if ("coercion".equals(type)) {
            name = name != null ? name : humanise(text(body.path("kind"))) + (body.hasNonNull("location") ? " — " + body.path("location").asText() : "");
            detail = "severity " + body.path("severity").asText("?");
        } else if ("agreement".equals(type)) {
            detail = humanise(text(body.path("kind"))) + ", " + humanise(text(body.path("status")))
                    + (body.hasNonNull("change") ? " (" + humanise(body.path("change").asText()) + ")" : "");
        } else if ("dialogue".equals(type)) {
            // a postponed or cancelled meeting is listed like a held one, its status first in the detail
            String status = text(body.path("status"));
            detail = ("held".equals(status) ? "" : status + " — ") + humanise(text(body.path("level"))) + " meeting"
                    + (body.hasNonNull("series") ? " — " + body.path("series").asText() : "");
        } else {
            detail = (body.hasNonNull("scale") ? body.path("scale").asText() + " " : "") + "exercise"
                    + (body.hasNonNull("location") ? " — " + body.path("location").asText() : "");
        }
        List<String> countries = new ArrayList<>();
        s.path("countries").forEach(c -> countries.add(c.asText()));
        List<ApiResponses.Participant> participants = new ArrayList<>();
        s.path("participants").forEach(p -> participants.add(new ApiResponses.Participant(text(p.path("country")), text(p.path("role")))));
        List<String> tags = new ArrayList<>();
        s.path("tags").forEach(t -> tags.add(t.asText()));
        return new ApiResponses.Event(text(s.path("id")), s.path("revision").asInt(), type, name,
                s.hasNonNull("start") ? LocalDate.parse(s.path("start").asText().substring(0, 10)) : null,
                s.hasNonNull("end") ? LocalDate.parse(s.path("end").asText().substring(0, 10)) : null,
                countries, participants, detail, text(s.path("source").path("name")), text(s.path("source").path("url")), tags,
                s.path("retracted").asBoolean(false));
    }

    private static String humanise(String snake) {
        return snake == null ? "" : snake.replace('_', ' ');
    }

    /** Sorted copy, so JSON output is stable. */
    static <V> TreeMap<String, V> sorted(Map<String, V> m) {
        return m == null ? new TreeMap<>() : new TreeMap<>(m);
    }
}
