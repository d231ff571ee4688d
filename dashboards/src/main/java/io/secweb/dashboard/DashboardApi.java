package io.secweb.dashboard;

import io.secweb.core.documents.IndicatorDocument;
import io.secweb.core.indicators.IndicatorNames;
import io.secweb.core.network.model.NetworkConfig;
import io.secweb.core.network.model.Scope;
import io.secweb.dashboard.api.ApiResponses;
import io.secweb.schemas.country.Country;
import io.secweb.schemas.country.CountryRegistry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The endpoints of the read-only dashboard API: each takes validated {@link QueryParams} and answers a record of
 * {@link ApiResponses}. Scopes come from the network configuration (the same file the indicators job reads), so an
 * unknown scope is refused before Elasticsearch is asked.
 */
public final class DashboardApi {
    /** The headline indicators, when a request names none. */
    public static final List<String> HEADLINE = List.of(IndicatorNames.DENSITY, IndicatorNames.WEIGHTED_DENSITY,
            IndicatorNames.SPOKE_TO_SPOKE_SHARE, IndicatorNames.MEAN_HUB_DEPENDENCE, IndicatorNames.TRANSITIVITY,
            IndicatorNames.MODULARITY, IndicatorNames.ACTIVE_MINILATERAL_GROUPS, IndicatorNames.COERCION_TOTAL,
            IndicatorNames.COERCION_TO_COOPERATION, IndicatorNames.TIES_LOST);
    private static final Set<String> STEPS = Set.of("day", "week", "month", "auto");
    private static final Set<String> EVENT_TYPES = Set.of("exercise", "agreement", "dialogue", "coercion");
    /** Series of up to two years come day by day; longer ones weekly, longer than twenty years monthly. */
    private static final long DAILY_UP_TO_DAYS = 731;
    private static final long WEEKLY_UP_TO_DAYS = 20 * 366;

    private final DashboardQueries queries;
    private final Map<String, Scope> scopes = new LinkedHashMap<>();
    private final CountryRegistry countries;
    private final String indexPrefix;

    public DashboardApi(DashboardQueries queries, NetworkConfig network, CountryRegistry countries, String indexPrefix) {
        this.queries = queries;
        network.scopes().forEach(s -> scopes.put(s.name(), s));
        this.countries = countries;
        this.indexPrefix = indexPrefix;
    }

    private Scope scope(QueryParams p) {
        String name = p.required("scope");
        Scope s = scopes.get(name);
        if (s == null) {
            throw ApiException.badRequest("unknown scope '" + name + "'; known scopes: " + String.join(", ", scopes.keySet()));
        }
        return s;
    }

    private String countryName(String iso3) {
        return countries.byIso3(iso3).map(Country::name).orElse(iso3);
    }

    /** The as-of day: the parameter, or the scope's last computed day (today when nothing is computed yet). */
    private LocalDate asOf(QueryParams p, Scope scope) {
        return p.date("as_of").orElseGet(() -> queries.dayRange(scope.name()).map(d -> d[1]).orElse(LocalDate.now()));
    }

    private static void order(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badRequest("parameter 'to' (" + to + ") is before 'from' (" + from + ")");
        }
    }

    public ApiResponses.Health health(QueryParams p) {
        return new ApiResponses.Health("ok", queries.clusterHealth(), indexPrefix);
    }

    public List<ApiResponses.Scope> scopes(QueryParams p) {
        List<ApiResponses.Scope> out = new ArrayList<>();
        for (Scope s : scopes.values()) {
            Optional<LocalDate[]> days = queries.dayRange(s.name());
            out.add(new ApiResponses.Scope(s.name(), s.description(), s.hub(), new ArrayList<>(new TreeSet<>(s.members())),
                    days.map(d -> d[0]).orElse(null), days.map(d -> d[1]).orElse(null)));
        }
        return out;
    }

    public ApiResponses.Status status(QueryParams p) {
        return queries.status(scope(p).name());
    }

    public ApiResponses.IndicatorSeries indicators(QueryParams p) {
        Scope scope = scope(p);
        List<String> names = p.names("names", IndicatorNames.SCOPE).orElse(HEADLINE);
        Optional<LocalDate[]> days = queries.dayRange(scope.name());
        LocalDate to = p.date("to").orElseGet(() -> days.map(d -> d[1]).orElse(LocalDate.now()));
        LocalDate from = p.date("from").orElseGet(() -> days.map(d -> d[0]).orElse(to));
        order(from, to);
        long span = ChronoUnit.DAYS.between(from, to) + 1;
        String step = p.oneOf("step", STEPS).orElse("auto");
        if (step.equals("auto")) {
            step = span <= DAILY_UP_TO_DAYS ? "day" : span <= WEEKLY_UP_TO_DAYS ? "week" : "month";
        }
        if (step.equals("day") && span > queries.maxResults()) {
            throw ApiException.badRequest("step=day returns at most " + queries.maxResults() + " days and " + from + " to " + to
                    + " has " + span + "; use step=week or step=month, or a shorter range");
        }
        return new ApiResponses.IndicatorSeries(scope.name(), scope.hub(), from, to, step, names,
                queries.scopeSeries(scope.name(), from, to, step, names));
    }

    public ApiResponses.Snapshot snapshot(QueryParams p) {
        Scope scope = scope(p);
        LocalDate asOf = asOf(p, scope);
        IndicatorDocument d = queries.scopeDocument(scope.name(), asOf).orElseThrow(() ->
                ApiException.notFound("no indicators for scope '" + scope.name() + "' on or before " + asOf));
        IndicatorDocument.Body b = d.secweb();
        return new ApiResponses.Snapshot(scope.name(), scope.hub(), asOf, b.day(), b.isFinal(), b.revision(),
                DashboardQueries.sorted(b.values()), DashboardQueries.sorted(b.baselines()), b.cliques(), b.groups(), b.provenance());
    }

    private ApiResponses.CountryRow countryRow(Scope scope, IndicatorDocument d) {
        IndicatorDocument.Body b = d.secweb();
        return new ApiResponses.CountryRow(b.country(), countryName(b.country()), b.country().equals(scope.hub()), b.day(),
                DashboardQueries.sorted(b.values()), DashboardQueries.sorted(b.baselines()), b.provenance());
    }

    public List<ApiResponses.CountryRow> countries(QueryParams p) {
        Scope scope = scope(p);
        LocalDate asOf = asOf(p, scope);
        Map<String, ApiResponses.CountryRow> rows = new java.util.TreeMap<>();
        for (IndicatorDocument d : queries.latestPerSubject(scope.name(), DashboardQueries.LEVEL_COUNTRY, asOf, Optional.empty())) {
            rows.put(d.secweb().country(), countryRow(scope, d));
        }
        // every member is a row, written or not: a state with no ties yet has no documents
        for (String m : scope.members()) {
            rows.putIfAbsent(m, new ApiResponses.CountryRow(m, countryName(m), m.equals(scope.hub()), null, Map.of(), Map.of(), null));
        }
        return new ArrayList<>(rows.values());
    }

    public ApiResponses.CountryDetail country(QueryParams p) {
        Scope scope = scope(p);
        String iso3 = p.country("country").orElseThrow(() -> ApiException.badRequest("parameter 'country' is required"));
        if (!scope.members().contains(iso3)) {
            throw ApiException.badRequest("country '" + iso3 + "' is not a member of scope '" + scope.name() + "'");
        }
        LocalDate to = p.date("to").orElseGet(() -> asOf(p, scope));
        LocalDate from = p.date("from").orElse(to.minusYears(5));
        order(from, to);
        List<IndicatorDocument> docs = queries.subjectSeries(scope.name(), DashboardQueries.LEVEL_COUNTRY, iso3, from, to);
        List<ApiResponses.SeriesPoint> points = new ArrayList<>();
        for (IndicatorDocument d : docs) {
            points.add(new ApiResponses.SeriesPoint(d.secweb().day(), d.secweb().isFinal(), DashboardQueries.sorted(d.secweb().values()),
                    DashboardQueries.sorted(d.secweb().baselines())));
        }
        ApiResponses.CountryRow latest = queries.latestPerSubject(scope.name(), DashboardQueries.LEVEL_COUNTRY, to, Optional.of(iso3))
                .stream().findFirst().map(d -> countryRow(scope, d)).orElse(null);
        return new ApiResponses.CountryDetail(scope.name(), iso3, countryName(iso3), iso3.equals(scope.hub()), latest, points);
    }

    private static ApiResponses.DyadRow dyadRow(IndicatorDocument d) {
        IndicatorDocument.Body b = d.secweb();
        return new ApiResponses.DyadRow(b.dyad().key(), b.dyad().a(), b.dyad().b(), b.day(), DashboardQueries.sorted(b.values()),
                b.provenance());
    }

    public List<ApiResponses.DyadRow> dyads(QueryParams p) {
        Scope scope = scope(p);
        LocalDate asOf = asOf(p, scope);
        Optional<String> country = p.country("country");
        return queries.latestPerSubject(scope.name(), DashboardQueries.LEVEL_DYAD, asOf, country).stream()
                .map(DashboardApi::dyadRow)
                .filter(r -> r.values().values().stream().anyMatch(v -> v != null && v > 0))
                .sorted(Comparator.comparing(ApiResponses.DyadRow::key))
                .toList();
    }

    public ApiResponses.Network network(QueryParams p) {
        Scope scope = scope(p);
        LocalDate asOf = asOf(p, scope);
        List<ApiResponses.Node> nodes = new ArrayList<>();
        for (ApiResponses.CountryRow row : countries(p)) {
            double strength = row.values().getOrDefault(IndicatorNames.STRENGTH, 0.0);
            nodes.add(new ApiResponses.Node(row.country(), row.name(), row.hub(), true, strength, row.values()));
        }
        List<ApiResponses.Edge> edges = new ArrayList<>();
        for (ApiResponses.DyadRow d : dyads(p)) {
            Map<String, Double> v = d.values();
            double agreement = v.getOrDefault("agreement_weight", 0.0);
            double exercise = v.getOrDefault("exercise_weight", 0.0);
            double dialogue = v.getOrDefault("dialogue_weight", 0.0);
            double aOnB = v.getOrDefault("coercion_a_on_b", 0.0);
            double bOnA = v.getOrDefault("coercion_b_on_a", 0.0);
            if (agreement > 0) {
                edges.add(new ApiResponses.Edge(d.a(), d.b(), "agreement", agreement, false, d.key()));
            }
            if (exercise > 0) {
                edges.add(new ApiResponses.Edge(d.a(), d.b(), "exercise", exercise, false, d.key()));
            }
            if (dialogue > 0) {
                edges.add(new ApiResponses.Edge(d.a(), d.b(), "dialogue", dialogue, false, d.key()));
            }
            if (aOnB > 0) {
                edges.add(new ApiResponses.Edge(d.a(), d.b(), "coercion", aOnB, true, d.key()));
            }
            if (bOnA > 0) {
                edges.add(new ApiResponses.Edge(d.b(), d.a(), "coercion", bOnA, true, d.key()));
            }
        }
        Set<String> drawn = new java.util.HashSet<>();
        nodes.forEach(n -> drawn.add(n.id()));
        for (ApiResponses.Edge e : edges) {
            for (String end : List.of(e.source(), e.target())) {
                if (drawn.add(end)) {
                    nodes.add(new ApiResponses.Node(end, countryName(end), false, false, 0.0, Map.of()));
                }
            }
        }
        return new ApiResponses.Network(scope.name(), scope.hub(), asOf, nodes, edges);
    }

    public ApiResponses.Alerts alerts(QueryParams p) {
        Optional<String> scope = p.text("scope").map(s -> scope(p).name());
        LocalDate from = p.date("from").orElse(null);
        LocalDate to = p.date("to").orElse(null);
        order(from, to);
        boolean notifying = p.oneOf("notifying", Set.of("true", "false")).map(Boolean::parseBoolean).orElse(false);
        return queries.alerts(scope, from, to, notifying, p.integer("limit", 200, 1, queries.maxResults()));
    }

    public ApiResponses.EventPage events(QueryParams p) {
        Optional<LocalDate> from = p.date("from");
        Optional<LocalDate> to = p.date("to");
        order(from.orElse(null), to.orElse(null));
        List<String> taking = p.countries("country").orElse(List.of());
        for (String c : taking) {
            if (!countries.isKnown(c)) {
                throw ApiException.badRequest("parameter 'country': '" + c + "' is not in the country registry");
            }
        }
        DashboardQueries.EventFilter filter = new DashboardQueries.EventFilter(p.oneOf("type", EVENT_TYPES), taking, from, to,
                p.text("q"), p.eventIds("ids"));
        int limit = p.integer("limit", 50, 1, queries.maxResults());
        int offset = p.integer("offset", 0, 0, 10_000 - limit);
        return queries.events(filter, offset, limit);
    }
}
