package io.secweb.core.alerts;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a backtest found, per (rule, series): how many episodes fired and resolved, the most extreme measured value of
 * its episodes, the first firing day and whether it was still firing at the end — from the alert documents.
 */
public final class BacktestTable {

    /** One line of the table; {@code peak} is in the rule's measured unit (value, %, z), null when it never fired. */
    public record Row(String rule, String series, int fired, int resolved, Double peak, String firstFired, String lastChange, String status) {}

    private final List<Row> rows;

    private BacktestTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** From alert documents (their JSON sources), in any order. */
    public static BacktestTable of(List<JsonNode> alertDocuments) {
        Map<String, List<JsonNode>> bySeries = new TreeMap<>();
        for (JsonNode d : alertDocuments) {
            JsonNode s = d.path("secweb");
            bySeries.computeIfAbsent(s.at("/rule/id").asText() + "\u0000" + s.path("series").asText(), k -> new ArrayList<>()).add(s);
        }
        List<Row> rows = new ArrayList<>();
        bySeries.forEach((key, all) -> {
            List<JsonNode> changes = withoutRetracted(all);
            if (changes.isEmpty()) {
                return;
            }
            changes.sort(Comparator.comparing((JsonNode s) -> s.path("day").asText()).thenComparing(s -> order(s.path("from").asText())));
            JsonNode first = changes.get(0);
            boolean falling = falling(first.path("rule"));
            int fired = 0;
            int resolved = 0;
            Double peak = null;
            String firstFired = null;
            for (JsonNode s : changes) {
                String to = s.path("to").asText();
                if (to.equals("FIRING")) {
                    fired++;
                    firstFired = firstFired == null ? s.path("day").asText() : firstFired;
                } else if (to.equals("RESOLVED")) {
                    resolved++;
                }
                if ((to.equals("FIRING") || to.equals("RESOLVED") || to.equals("FLAPPING")) && s.hasNonNull("peak")) {
                    double p = s.path("peak").asDouble();
                    peak = peak == null ? p : falling ? Math.min(peak, p) : Math.max(peak, p);
                }
            }
            JsonNode last = changes.get(changes.size() - 1);
            rows.add(new Row(first.at("/rule/id").asText(), first.path("series").asText(), fired, resolved, peak, firstFired,
                    last.path("day").asText(), last.path("to").asText()));
        });
        return new BacktestTable(rows);
    }

    /** The changes that still hold: neither a retraction nor a change a retraction names (same episode, day and status). */
    private static List<JsonNode> withoutRetracted(List<JsonNode> changes) {
        Set<String> retracted = new HashSet<>();
        for (JsonNode s : changes) {
            if (s.path("to").asText().equals("RETRACTED")) {
                retracted.add(change(s, s.path("from").asText()));
            }
        }
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode s : changes) {
            String to = s.path("to").asText();
            if (!to.equals("RETRACTED") && !retracted.contains(change(s, to))) {
                kept.add(s);
            }
        }
        return kept;
    }

    /** "episode day status": a change to {@code status}, or the retraction naming it. */
    private static String change(JsonNode s, String status) {
        return s.path("episode_id").asText() + " " + s.path("day").asText() + " " + status;
    }

    private static int order(String from) {
        return List.of("OK", "PENDING", "FIRING", "FLAPPING", "RESOLVED").indexOf(from);
    }

    private static boolean falling(JsonNode rule) {
        return switch (rule.path("condition").asText()) {
            case "below", "lowest_since" -> true;
            case "change_pct", "zscore" -> rule.path("fire").asDouble() < 0;
            default -> false;
        };
    }

    public void print(PrintStream out) {
        int ruleWidth = Math.max(4, rows.stream().mapToInt(r -> r.rule().length()).max().orElse(0));
        int seriesWidth = Math.max(6, rows.stream().mapToInt(r -> r.series().length()).max().orElse(0));
        String format = "%-" + ruleWidth + "s  %-" + seriesWidth + "s  %5s  %8s  %10s  %-11s  %-11s  %s%n";
        out.printf(Locale.ROOT, format, "rule", "series", "fired", "resolved", "peak", "first fired", "last change", "now");
        for (Row r : rows) {
            out.printf(Locale.ROOT, format, r.rule(), r.series(), r.fired(), r.resolved(),
                    r.peak() == null ? "-" : String.format(Locale.ROOT, "%.4g", r.peak()), r.firstFired() == null ? "-" : r.firstFired(),
                    r.lastChange(), r.status());
        }
        if (rows.isEmpty()) {
            out.println("(no rule changed state on this history)");
        }
    }
}
