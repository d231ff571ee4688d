package io.secweb.jobs.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.alerts.BacktestTable;
import io.secweb.core.config.ConfigException;
import io.secweb.schemas.codec.SecwebJson;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BacktestCommandTest {

    @Test
    void rulesAndAFeedAreRequired() {
        assertThatThrownBy(() -> BacktestCommand.parse("--feed", "f.jsonl")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("name the rules with --rules FILE|DIR");
        assertThatThrownBy(() -> BacktestCommand.parse("--rules", "r")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("name at least one feed with --feed FILE");
    }

    @Test
    void liveOptionsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> BacktestCommand.parse("--rules", "r", "--feed", "f.jsonl", "--live")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("--live is not a backtest option: a backtest runs in batch mode");
    }

    @Test
    void replayOptionsPassThroughWithTheirOwnErrors() {
        BacktestCommand.Options o = BacktestCommand.parse("--rules", "deploy/config/rules", "--feed", "a.jsonl", "--feed", "b.csv",
                "--from", "2010-01-01", "--run-id", "bt1");
        assertThat(o.replay().files()).extracting(Object::toString).containsExactly("a.jsonl", "b.csv");
        assertThat(o.replay().runId()).isEqualTo("bt1");
        assertThat(o.keepIndicators()).isFalse();
        assertThat(BacktestCommand.parse("--rules", "r", "--feed", "f", "--keep-indicators").keepIndicators()).isTrue();
        assertThatThrownBy(() -> BacktestCommand.parse("--rules", "r", "--feed", "f", "--from", "2010-13-01"))
                .isInstanceOf(ConfigException.class).hasMessage("option --from needs a date like 2020-01-31, got '2010-13-01'");
    }

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
