package io.secweb.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.dashboard.testing.SampleStack;
import io.secweb.schemas.codec.MalformedJsonException;
import io.secweb.schemas.codec.SecwebJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * dashboards/kibana/*.ndjson: well formed (one saved object per line), every reference resolves to an object in the
 * files, every data view is on a secweb alias, and every field a visualization, saved search or query names exists in
 * the index template (schemas/elasticsearch/) of the data view it reads.
 */
class KibanaSavedObjectsTest {
    private static final Path KIBANA = SampleStack.repoFile("dashboards/kibana");
    private static final Path TEMPLATES = SampleStack.repoFile("schemas/elasticsearch");
    /** field : value in a KQL query. */
    private static final Pattern KQL_FIELD = Pattern.compile("([A-Za-z@][\\w.@]*)\\s*:");

    private static final Map<String, JsonNode> OBJECTS = new LinkedHashMap<>();

    @BeforeAll
    static void readAll() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(KIBANA)) {
            files = s.filter(p -> p.toString().endsWith(".ndjson")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    fail(f + ", line " + (i + 1) + ": blank line in ndjson");
                }
                try {
                    JsonNode o = SecwebJson.readTree(lines.get(i));
                    String key = o.path("type").asText() + "/" + o.path("id").asText();
                    if (OBJECTS.put(key, o) != null) {
                        fail(f + ", line " + (i + 1) + ": " + key + " appears twice");
                    }
                } catch (MalformedJsonException e) {
                    fail(f + ", line " + (i + 1) + ": not JSON: " + e.getMessage());
                }
            }
        }
    }

    /** Every leaf field path of a template's strict mapping ({@code flattened} fields accept any sub-key). */
    private static Set<String> templateFields(String kind) throws Exception {
        JsonNode t = SecwebJson.readTree(Files.readString(TEMPLATES.resolve("secweb-" + kind + ".template.json")));
        Set<String> fields = new TreeSet<>();
        collect("", t.at("/template/mappings/properties"), fields);
        return fields;
    }

    private static void collect(String prefix, JsonNode properties, Set<String> out) {
        properties.fields().forEachRemaining(e -> {
            String path = prefix + e.getKey();
            if (e.getValue().has("properties")) {
                collect(path + ".", e.getValue().path("properties"), out);
            } else {
                out.add(path);
            }
        });
    }

    /** Parses a string attribute that holds JSON (visState, searchSourceJSON, panelsJSON). */
    private static JsonNode embedded(JsonNode o, String pointer) throws MalformedJsonException {
        JsonNode n = o.at(pointer);
        assertThat(n.isTextual()).as(o.path("id").asText() + pointer + " is a JSON string").isTrue();
        return SecwebJson.readTree(n.asText());
    }

    @Test
    void everyObjectHasATypeAnIdAndAttributes() {
        assertThat(OBJECTS.values()).allSatisfy(o -> {
            assertThat(o.path("type").asText()).isIn("index-pattern", "visualization", "search", "dashboard");
            assertThat(o.path("id").asText()).startsWith("secweb-");
            assertThat(o.path("attributes").path("title").asText()).isNotBlank();
            assertThat(o.path("references").isArray()).isTrue();
        });
        assertThat(OBJECTS).containsKey("dashboard/secweb-watch");
    }

    @Test
    void theDataViewsAreOnTheSecwebAliasesWithEventTime() {
        List<JsonNode> views = OBJECTS.values().stream().filter(o -> o.path("type").asText().equals("index-pattern")).toList();
        assertThat(views).extracting(v -> v.at("/attributes/title").asText())
                .containsExactlyInAnyOrder("secweb-events", "secweb-indicators", "secweb-alerts", "secweb-deadletter");
        assertThat(views).allSatisfy(v -> assertThat(v.at("/attributes/timeFieldName").asText()).isEqualTo("@timestamp"));
    }

    @Test
    void everyReferenceResolves() throws Exception {
        for (JsonNode o : OBJECTS.values()) {
            for (JsonNode r : o.path("references")) {
                assertThat(OBJECTS).as(o.path("id").asText() + " refers to " + r)
                        .containsKey(r.path("type").asText() + "/" + r.path("id").asText());
            }
        }
        // the dashboard's panels name references that exist
        JsonNode dashboard = OBJECTS.get("dashboard/secweb-watch");
        Set<String> refNames = new HashSet<>();
        dashboard.path("references").forEach(r -> refNames.add(r.path("name").asText()));
        JsonNode panels = embedded(dashboard, "/attributes/panelsJSON");
        assertThat(panels).hasSizeGreaterThanOrEqualTo(6);
        for (JsonNode p : panels) {
            assertThat(refNames).contains(p.path("panelIndex").asText() + ":" + p.path("panelRefName").asText());
        }
        // the watch dashboard has the indicator trends, the alert table and the event table
        Set<String> panelTargets = new HashSet<>();
        dashboard.path("references").forEach(r -> panelTargets.add(r.path("id").asText()));
        assertThat(panelTargets).contains("secweb-alert-table", "secweb-event-table", "secweb-trend-spoke-to-spoke");
    }

    @Test
    void everyFieldReferencedExistsInTheIndexTemplateOfItsDataView() throws Exception {
        Map<String, Set<String>> fieldsByView = new HashMap<>();
        for (String kind : List.of("events", "indicators", "alerts", "deadletter")) {
            fieldsByView.put("secweb-" + kind, templateFields(kind));
        }
        int checked = 0;
        for (JsonNode o : OBJECTS.values()) {
            String type = o.path("type").asText();
            if (type.equals("index-pattern")) {
                assertThat(fieldsByView.get(o.at("/attributes/title").asText())).contains(o.at("/attributes/timeFieldName").asText());
                continue;
            }
            if (!type.equals("visualization") && !type.equals("search")) {
                continue;
            }
            String view = null;
            for (JsonNode r : o.path("references")) {
                if (r.path("type").asText().equals("index-pattern")) {
                    view = OBJECTS.get("index-pattern/" + r.path("id").asText()).at("/attributes/title").asText();
                }
            }
            assertThat(view).as(o.path("id").asText() + " reads a data view").isNotNull();
            Set<String> known = fieldsByView.get(view);
            List<String> used = new ArrayList<>();
            JsonNode source = embedded(o, "/attributes/kibanaSavedObjectMeta/searchSourceJSON");
            Matcher m = KQL_FIELD.matcher(source.at("/query/query").asText());
            while (m.find()) {
                used.add(m.group(1));
            }
            if (type.equals("visualization")) {
                for (JsonNode agg : embedded(o, "/attributes/visState").path("aggs")) {
                    if (agg.at("/params/field").isTextual()) {
                        used.add(agg.at("/params/field").asText());
                    }
                }
            } else {
                o.at("/attributes/columns").forEach(c -> used.add(c.asText()));
                o.at("/attributes/sort").forEach(s -> used.add(s.get(0).asText()));
            }
            assertThat(used).as(o.path("id").asText() + " names fields").isNotEmpty();
            assertThat(known).as(o.path("id").asText() + " on " + view).containsAll(used);
            checked += used.size();
        }
        assertThat(checked).isGreaterThan(20);
    }
}
