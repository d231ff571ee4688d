package io.secweb.core.indicators;

import io.secweb.core.documents.DocumentIds;
import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.core.documents.IndicatorDocument;
import io.secweb.core.network.model.Contribution;
import io.secweb.core.network.model.Group;
import io.secweb.core.network.model.Layer;
import io.secweb.core.network.model.NetworkSnapshot;
import io.secweb.schemas.SecwebNames;
import io.secweb.schemas.codec.SecwebJson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Indicator set of one (scope, day) → Elasticsearch documents: always the scope document, and the country and dyad
 * documents that {@link EmissionPolicy} selects. Ids are sha-1 of (run, scope, level, subject, day, algorithm
 * version), so a restatement, a retry or a second replay overwrites the same documents.
 */
public final class IndicatorDocuments {
    static final int TOP_EVENTS = 5;

    private IndicatorDocuments() {}

    /** The values a day is written with, and how. */
    public record DayContext(IndicatorDocument.Run run, String indexPrefix, boolean isFinal, int revision, double tolerance) {}

    /**
     * @param previous  the same scope's set for the day before (for the emission policy); null when unknown
     * @param baselines baseline values by series key ({@link SeriesKeys}); missing keys have no baseline
     */
    public static List<ElasticsearchDocument> forDay(IndicatorSet set, IndicatorSet previous,
                                                     Map<String, IndicatorDocument.BaselineValues> baselines, DayContext ctx) {
        NetworkSnapshot snap = set.snapshot();
        String scope = snap.scope().name();
        LocalDate day = snap.day();
        IndicatorDocument.Provenance provenance = provenance(snap, ctx.run());
        List<ElasticsearchDocument> out = new ArrayList<>();

        SortedMap<String, IndicatorDocument.BaselineValues> scopeBaselines = new TreeMap<>();
        for (String name : set.scope().keySet()) {
            IndicatorDocument.BaselineValues b = baselines.get(SeriesKeys.scope(name));
            if (b != null) {
                scopeBaselines.put(name, b);
            }
        }
        List<String> cliques = set.cliques().stream().map(c -> String.join("-", c)).toList();
        List<String> groups = snap.activeGroups().stream().map(Group::members).map(m -> String.join("-", m)).distinct().toList();
        out.add(document(ctx, day, scope, snap, "scope", null, null, set.scope(), scopeBaselines, cliques, groups, provenance));

        TreeSet<String> countries = new TreeSet<>(set.countries().keySet());
        if (previous != null) {
            countries.addAll(previous.countries().keySet());
        }
        for (String c : countries) {
            SortedMap<String, Double> now = set.countries().get(c);
            Map<String, Double> before = previous == null ? null : previous.countries().get(c);
            if (!EmissionPolicy.emit(day, before, now, ctx.tolerance())) {
                continue;
            }
            SortedMap<String, Double> values = now == null ? zeros(IndicatorNames.COUNTRY, before) : now;
            SortedMap<String, IndicatorDocument.BaselineValues> cb = new TreeMap<>();
            for (String name : values.keySet()) {
                IndicatorDocument.BaselineValues b = baselines.get(SeriesKeys.country(c, name));
                if (b != null) {
                    cb.put(name, b);
                }
            }
            out.add(document(ctx, day, scope, snap, "country", c, null, values, cb, null, null, provenance(snap, ctx.run(), List.of(c))));
        }

        TreeSet<String> dyads = new TreeSet<>(set.dyads().keySet());
        if (previous != null) {
            dyads.addAll(previous.dyads().keySet());
        }
        for (String key : dyads) {
            SortedMap<String, Double> now = set.dyads().get(key);
            Map<String, Double> before = previous == null ? null : previous.dyads().get(key);
            if (!EmissionPolicy.emit(day, before, now, ctx.tolerance())) {
                continue;
            }
            String[] ab = key.split("\\|");
            SortedMap<String, Double> values = now == null ? zeros(IndicatorNames.DYAD, before) : now;
            out.add(document(ctx, day, scope, snap, "dyad", null, new IndicatorDocument.Dyad(ab[0], ab[1], key), values, new TreeMap<>(),
                    null, null, provenance(snap, ctx.run(), List.of(ab[0], ab[1]))));
        }
        return out;
    }

    private static SortedMap<String, Double> zeros(List<String> names, Map<String, Double> before) {
        SortedMap<String, Double> z = new TreeMap<>();
        for (String n : names) {
            if (before == null || before.containsKey(n)) {
                z.put(n, 0.0);
            }
        }
        return z;
    }

    private static ElasticsearchDocument document(DayContext ctx, LocalDate day, String scope, NetworkSnapshot snap, String level,
                                                  String country, IndicatorDocument.Dyad dyad, SortedMap<String, Double> values,
                                                  SortedMap<String, IndicatorDocument.BaselineValues> baselines, List<String> cliques,
                                                  List<String> groups, IndicatorDocument.Provenance provenance) {
        String subject = country != null ? country : dyad != null ? dyad.key() : "";
        String id = DocumentIds.sha1(ctx.run().mode(), ctx.run().id(), scope, level, subject, day.toString(), IndicatorEngine.ALGORITHM_VERSION);
        IndicatorDocument doc = new IndicatorDocument(day, new IndicatorDocument.Ecs("metric", "secweb.indicators"),
                new IndicatorDocument.Body(level, scope, snap.scope().hub(), day, ctx.isFinal(), ctx.revision(), country, dyad, values,
                        baselines.isEmpty() ? null : baselines, cliques, groups, provenance));
        return new ElasticsearchDocument(SecwebNames.index(ctx.indexPrefix(), SecwebNames.INDICATORS, day), id, null,
                ElasticsearchDocument.OpType.INDEX, SecwebJson.write(doc));
    }

    static IndicatorDocument.Provenance provenance(NetworkSnapshot snap, IndicatorDocument.Run run) {
        Map<String, Integer> byLayer = new LinkedHashMap<>();
        for (Layer l : Layer.values()) {
            byLayer.put(l.name().toLowerCase(Locale.ROOT), snap.activeEvents().getOrDefault(l, 0));
        }
        List<IndicatorDocument.TopEvent> top = new ArrayList<>();
        Map<Layer, Integer> topByLayer = new EnumMap<>(Layer.class);
        for (Contribution c : snap.contributions()) {
            addTop(top, topByLayer, c);
        }
        return new IndicatorDocument.Provenance(byLayer, top, IndicatorEngine.ALGORITHM_VERSION, run);
    }

    /**
     * The provenance of a country's (one country) or a dyad's (two countries) document: the contributing events every
     * one of those countries takes part in, counted by layer, the heaviest first.
     */
    static IndicatorDocument.Provenance provenance(NetworkSnapshot snap, IndicatorDocument.Run run, List<String> countries) {
        Map<String, Integer> byLayer = new LinkedHashMap<>();
        for (Layer l : Layer.values()) {
            byLayer.put(l.name().toLowerCase(Locale.ROOT), 0);
        }
        List<IndicatorDocument.TopEvent> top = new ArrayList<>();
        Map<Layer, Integer> topByLayer = new EnumMap<>(Layer.class);
        for (Contribution c : snap.contributions()) {
            if (!snap.eventCountries().getOrDefault(c.eventId(), List.of()).containsAll(countries)) {
                continue;
            }
            byLayer.merge(c.layer().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
            addTop(top, topByLayer, c);
        }
        return new IndicatorDocument.Provenance(byLayer, top, IndicatorEngine.ALGORITHM_VERSION, run);
    }

    /**
     * Keeps the heaviest {@value #TOP_EVENTS} contributions of each layer (contributions come heaviest first), so an
     * alert on a coercion indicator can cite coercion events even when exercises outweigh them.
     */
    private static void addTop(List<IndicatorDocument.TopEvent> top, Map<Layer, Integer> topByLayer, Contribution c) {
        if (topByLayer.getOrDefault(c.layer(), 0) < TOP_EVENTS) {
            topByLayer.merge(c.layer(), 1, Integer::sum);
            top.add(new IndicatorDocument.TopEvent(c.eventId(), c.layer().name().toLowerCase(Locale.ROOT), c.weight(), c.sourceUrl()));
        }
    }
}
