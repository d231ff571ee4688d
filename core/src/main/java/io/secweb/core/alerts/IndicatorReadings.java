package io.secweb.core.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.schemas.codec.SecwebJson;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads an indicator document (secweb-indicators template, as the indicators job writes it) into an {@link IndicatorReading}. */
public final class IndicatorReadings {
    private static final Set<String> LEVELS = Set.of("scope", "country", "dyad");

    private IndicatorReadings() {}

    /** @throws IllegalArgumentException naming the first field that is missing or wrong */
    public static IndicatorReading parse(String documentId, String json) {
        JsonNode root;
        try {
            root = SecwebJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("an indicator document is a JSON object");
        }
        JsonNode s = root.path("secweb");
        String level = text(s, "level");
        if (!LEVELS.contains(level)) {
            throw new IllegalArgumentException("secweb.level must be one of " + LEVELS + ", got '" + level + "'");
        }
        String country = null;
        String a = null;
        String b = null;
        if (level.equals("country")) {
            country = text(s, "country");
        } else if (level.equals("dyad")) {
            a = text(s.path("dyad"), "a");
            b = text(s.path("dyad"), "b");
        }
        JsonNode values = s.path("values");
        if (!values.isObject()) {
            throw new IllegalArgumentException("secweb.values is missing");
        }
        Map<String, Double> v = new HashMap<>();
        values.properties().forEach(e -> {
            if (e.getValue().isNumber()) {
                v.put(e.getKey(), e.getValue().asDouble());
            }
        });
        Map<String, IndicatorReading.Baseline> baselines = new HashMap<>();
        s.path("baselines").properties().forEach(e -> baselines.put(e.getKey(), new IndicatorReading.Baseline(
                number(e.getValue(), "change_4w_pct"), number(e.getValue(), "change_52w_pct"), number(e.getValue(), "z_52w"),
                date(e.getValue(), "highest_since"), date(e.getValue(), "lowest_since"))));
        JsonNode provenance = s.path("provenance");
        long support = 0;
        for (JsonNode n : provenance.path("events_by_layer")) {
            support += n.asLong();
        }
        List<IndicatorReading.TopEvent> top = new ArrayList<>();
        for (JsonNode t : provenance.path("top_events")) {
            top.add(new IndicatorReading.TopEvent(t.path("id").asText(), t.path("layer").asText(), t.path("weight").asDouble(),
                    t.hasNonNull("url") ? t.get("url").asText() : null));
        }
        JsonNode run = provenance.path("run");
        LocalDate day = date(s, "day");
        if (day == null) {
            throw new IllegalArgumentException("secweb.day is missing");
        }
        return new IndicatorReading(documentId, run.path("mode").asText("live"), run.path("id").asText("live"), text(s, "scope"), level,
                country, a, b, day, s.path("final").asBoolean(false), s.path("revision").asInt(0), v, baselines, support, top);
    }

    private static String text(JsonNode n, String field) {
        JsonNode f = n.get(field);
        if (f == null || !f.isTextual() || f.asText().isBlank()) {
            throw new IllegalArgumentException("secweb." + field + " is missing or not a string");
        }
        return f.asText();
    }

    private static Double number(JsonNode n, String field) {
        JsonNode f = n.get(field);
        return f == null || !f.isNumber() ? null : f.asDouble();
    }

    private static LocalDate date(JsonNode n, String field) {
        JsonNode f = n.get(field);
        if (f == null || f.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(f.asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " is not a date (yyyy-mm-dd): '" + f.asText() + "'");
        }
    }
}
