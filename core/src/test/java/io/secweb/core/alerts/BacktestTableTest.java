package io.secweb.core.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.schemas.codec.SecwebJson;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The backtest's table: episodes per rule and series, from the alert changes a run wrote. */
class BacktestTableTest {

    private static JsonNode change(String rule, String series, String day, String from, String to, Double peak) {
        return SecwebJson.mapper().valueToTree(java.util.Map.of("secweb", new java.util.LinkedHashMap<String, Object>() {{
            put("rule", java.util.Map.of("id", rule, "condition", "above", "fire", 8));
            put("series", series);
            put("day", day);
            put("from", from);
            put("to", to);
            if (peak != null) {
                put("peak", peak);
            }
        }}));
    }

    @Test
    void theTableCountsEpisodesPerRuleAndSeries() {
        BacktestTable table = BacktestTable.of(List.of(
                change("phl", "ip/country/PHL", "2024-01-02", "PENDING", "FIRING", 9.0),
                change("phl", "ip/country/PHL", "2024-01-01", "OK", "PENDING", 8.5),
                change("phl", "ip/country/PHL", "2024-02-01", "FIRING", "RESOLVED", 11.0),
                change("phl", "ip/country/PHL", "2024-02-02", "RESOLVED", "OK", 11.0),
                change("phl", "ip/country/PHL", "2024-05-01", "OK", "FIRING", 8.2),
                change("phl", "ip/country/VNM", "2024-03-01", "OK", "PENDING", 8.1)));

        assertThat(table.rows()).containsExactly(
                new BacktestTable.Row("phl", "ip/country/PHL", 2, 1, 11.0, "2024-01-02", "2024-05-01", "FIRING"),
                new BacktestTable.Row("phl", "ip/country/VNM", 0, 0, null, null, "2024-03-01", "PENDING"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("rule").contains("ip/country/PHL      2         1       11.00  2024-01-02");
    }

    @Test
    void theTableLeavesOutChangesThatWereRetracted() {
        BacktestTable table = BacktestTable.of(List.of(
                change("phl", "ip/country/PHL", "2024-01-02", "OK", "FIRING", 9.0),
                change("phl", "ip/country/PHL", "2024-02-01", "FIRING", "RESOLVED", 9.0),
                change("phl", "ip/country/PHL", "2024-01-02", "FIRING", "RETRACTED", null),
                change("phl", "ip/country/PHL", "2024-02-01", "RESOLVED", "RETRACTED", null),
                change("phl", "ip/country/PHL", "2024-05-01", "OK", "FIRING", 8.2),
                change("phl", "ip/country/VNM", "2024-03-01", "OK", "FIRING", 8.1),
                change("phl", "ip/country/VNM", "2024-03-01", "FIRING", "RETRACTED", null)));

        assertThat(table.rows()).containsExactly(
                new BacktestTable.Row("phl", "ip/country/PHL", 1, 0, 8.2, "2024-05-01", "2024-05-01", "FIRING"));
    }
}
