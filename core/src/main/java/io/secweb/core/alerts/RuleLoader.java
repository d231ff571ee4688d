package io.secweb.core.alerts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads alert rule files (YAML), validates them against schemas/json/alert-rule.schema.json (loaded from the
 * classpath by its {@code $id}, as the feed schemas are) and turns them into {@link AlertRule}s. Every problem is
 * reported as {@code file:line: field: message}, so {@code ./secweb rules check} can name it precisely.
 * Thread-safe once built.
 */
public final class RuleLoader {
    static final String SCHEMA_ID = "https://schemas.secweb.io/alert-rule.schema.json";
    private static final String SCHEMA_BASE = "https://schemas.secweb.io/";
    private static final String CLASSPATH_BASE = "classpath:secweb/schemas/json/";

    private final Schema schema;
    private final YAMLMapper yaml = YAMLMapper.builder(new YAMLFactory()).build();

    public RuleLoader() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(SCHEMA_BASE, CLASSPATH_BASE)));
        this.schema = registry.getSchema(SchemaLocation.of(SCHEMA_ID));
        this.schema.initializeValidators();
    }

    /** Loads one rule file, or throws {@link RuleFileException} listing every problem in it. */
    public AlertRule load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new RuleFileException(List.of(file + ": cannot be read: " + e.getMessage()));
        }
        return parse(text, file.toString());
    }

    /** Loads every file, or throws {@link RuleFileException} listing the problems of all of them; ids must be unique. */
    public List<AlertRule> loadAll(List<Path> files) {
        List<AlertRule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path file : files) {
            try {
                AlertRule rule = load(file);
                Path other = seen.putIfAbsent(rule.id(), file);
                if (other != null) {
                    problems.add(file + ":1: id: '" + rule.id() + "' is already used by " + other);
                } else {
                    rules.add(rule);
                }
            } catch (RuleFileException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleFileException(problems);
        }
        return List.copyOf(rules);
    }

    /** The rules of a file, or of every *.yaml / *.yml file of a directory (sorted by name). */
    public List<AlertRule> loadPath(Path fileOrDirectory) {
        return loadAll(ruleFiles(fileOrDirectory));
    }

    /** The file itself, or the *.yaml / *.yml files of a directory, sorted. */
    public static List<Path> ruleFiles(Path fileOrDirectory) {
        if (!Files.exists(fileOrDirectory)) {
            throw new RuleFileException(List.of(fileOrDirectory + ": no such file or directory"));
        }
        if (!Files.isDirectory(fileOrDirectory)) {
            return List.of(fileOrDirectory);
        }
        try (var s = Files.list(fileOrDirectory)) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new RuleFileException(List.of(fileOrDirectory + ": cannot be listed: " + e.getMessage()));
        }
    }

    /** Every problem in the file, empty when it is a valid rule. */
    public List<String> check(Path file) {
        try {
            load(file);
            return List.of();
        } catch (RuleFileException e) {
            return e.problems();
        }
    }

    /** Parses rule text; {@code name} is how the file is named in errors. */
    public AlertRule parse(String text, String name) {
        JsonNode root;
        Map<String, Integer> lines;
        try {
            root = yaml.readTree(text);
            lines = linesByPointer(text);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc != null && loc.getLineNr() > 0 ? loc.getLineNr() : 1;
            throw new RuleFileException(List.of(name + ":" + line + ": (file): not valid YAML: " + e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new RuleFileException(List.of(name + ":1: (file): a rule file holds one YAML mapping"));
        }
        List<String> problems = schemaProblems(root, lines, name);
        if (problems.isEmpty()) {
            problems = hysteresisProblems(root, lines, name);
        }
        if (!problems.isEmpty()) {
            throw new RuleFileException(problems);
        }
        return toRule(root);
    }

    private List<String> schemaProblems(JsonNode root, Map<String, Integer> lines, String name) {
        List<Error> errors = schema.validate(root);
        return errors.stream().map(e -> {
            String pointer = e.getInstanceLocation().toString();
            if (pointer.startsWith("$")) {
                pointer = pointerOf(pointer);
            }
            // a missing or unexpected key is reported on its parent; name the key itself
            if (e.getProperty() != null && ("required".equals(e.getKeyword()) || "additionalProperties".equals(e.getKeyword()))) {
                pointer = pointer + "/" + e.getProperty();
            }
            // a key forbidden by a conditional branch ("years" on a change_pct rule) is a false schema; say so plainly
            String message = e.getMessage().endsWith("' is false") ? "is not allowed with this condition type" : e.getMessage();
            return name + ":" + lineOf(pointer, lines) + ": " + field(pointer) + ": " + message;
        }).distinct().sorted(RuleLoader::byLine).toList();
    }

    /** The clear threshold must lie on the calm side of the fire threshold, or an episode could never end. */
    private List<String> hysteresisProblems(JsonNode root, Map<String, Integer> lines, String name) {
        JsonNode c = root.get("condition");
        AlertRule.Condition condition = condition(c);
        if (!c.has("clear") || condition.since()) {
            return List.of();
        }
        boolean rising = AlertConditions.rising(condition);
        boolean ok = rising ? condition.clear() <= condition.fire() : condition.clear() >= condition.fire();
        if (ok) {
            return List.of();
        }
        return List.of(name + ":" + lineOf("/condition/clear", lines) + ": condition.clear: must be " + (rising ? "at most" : "at least")
                + " fire (" + condition.fire() + ") for a " + c.get("type").asText() + " condition watching for a "
                + (rising ? "rise" : "fall") + ", got " + condition.clear());
    }

    private static int byLine(String a, String b) {
        int la = Integer.parseInt(a.split(":")[countColonsBeforeLine(a)]);
        int lb = Integer.parseInt(b.split(":")[countColonsBeforeLine(b)]);
        return la != lb ? Integer.compare(la, lb) : a.compareTo(b);
    }

    // file names may hold ':' (Windows drives); the line is the first all-digit part
    private static int countColonsBeforeLine(String problem) {
        String[] parts = problem.split(":");
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty() && parts[i].chars().allMatch(Character::isDigit)) {
                return i;
            }
        }
        return 1;
    }

    private static AlertRule toRule(JsonNode root) {
        List<String> scopes = new ArrayList<>();
        root.get("scopes").forEach(s -> scopes.add(s.asText()));
        JsonNode f = root.get("flap");
        Map<String, String> labels = new LinkedHashMap<>();
        if (root.has("labels")) {
            root.get("labels").properties().forEach(en -> labels.put(en.getKey(), en.getValue().asText()));
        }
        return new AlertRule(
                root.get("id").asText(),
                root.get("name").asText(),
                root.path("description").asText(""),
                scopes,
                indicator(root.get("indicator")),
                condition(root.get("condition")),
                root.path("for").asInt(1),
                f == null ? AlertRule.Flap.NONE : new AlertRule.Flap(f.get("changes").asInt(), f.get("within").asInt()),
                root.path("min_support").asLong(0),
                AlertRule.Severity.valueOf(root.get("severity").asText().toUpperCase(Locale.ROOT)),
                labels);
    }

    private static AlertRule.Indicator indicator(JsonNode n) {
        if (n.isTextual()) {
            return new AlertRule.Indicator(n.asText(), AlertRule.Level.SCOPE, List.of());
        }
        List<String> countries = new ArrayList<>();
        n.get("countries").forEach(c -> countries.add(c.asText()));
        return new AlertRule.Indicator(n.get("name").asText(), AlertRule.Level.valueOf(n.get("level").asText().toUpperCase(Locale.ROOT)),
                countries);
    }

    private static AlertRule.Condition condition(JsonNode c) {
        AlertRule.ConditionType type = AlertRule.ConditionType.valueOf(c.get("type").asText().toUpperCase(Locale.ROOT));
        AlertRule.Baseline baseline = !c.has("baseline") ? null
                : "4w".equals(c.get("baseline").asText()) ? AlertRule.Baseline.WEEKS_4 : AlertRule.Baseline.WEEKS_52;
        boolean since = type == AlertRule.ConditionType.HIGHEST_SINCE || type == AlertRule.ConditionType.LOWEST_SINCE;
        // highest/lowest since has no fire threshold (the record decides); its clear is a distance from the peak
        double fire = since ? Double.NaN : c.get("fire").asDouble();
        double clear = c.has("clear") ? c.get("clear").asDouble() : since ? 0.0 : fire;
        Integer years = c.has("years") ? c.get("years").asInt() : null;
        return new AlertRule.Condition(type, baseline, fire, clear, years);
    }

    /** The line of every key and list item, by JSON pointer ("" for the document). */
    private Map<String, Integer> linesByPointer(String text) throws JsonProcessingException {
        Map<String, Integer> lines = new HashMap<>();
        lines.put("", 1);
        try (JsonParser p = yaml.getFactory().createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                JsonStreamContext ctx = p.getParsingContext();
                int line = p.currentTokenLocation().getLineNr();
                if (t == JsonToken.FIELD_NAME) {
                    lines.putIfAbsent(ctx.pathAsPointer().toString(), line);
                } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    JsonStreamContext parent = ctx.getParent();
                    if (parent != null && parent.inArray()) {
                        lines.putIfAbsent(parent.pathAsPointer().toString(), line);
                    }
                } else if (ctx.inArray()) {
                    lines.putIfAbsent(ctx.pathAsPointer().toString(), line);
                }
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    /** The line of the pointer, or of its nearest ancestor that is in the file (a missing key: its parent's line). */
    private static int lineOf(String pointer, Map<String, Integer> lines) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return 1;
            }
            p = p.substring(0, slash);
        }
    }

    /** "/condition/baseline" → "condition.baseline", "/scopes/1" → "scopes[1]", "" → "(rule)". */
    static String field(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String token : pointer.split("/")) {
            if (token.isEmpty()) {
                continue;
            }
            String key = token.replace("~1", "/").replace("~0", "~");
            if (key.chars().allMatch(Character::isDigit)) {
                path.append('[').append(key).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(key);
            }
        }
        return path.isEmpty() ? "(rule)" : path.toString();
    }

    /** "$.condition.baseline" / "$.scopes[1]" → a JSON pointer, for validators configured to report JSON paths. */
    private static String pointerOf(String jsonPath) {
        return jsonPath.substring(1).replace("[", ".").replace("]", "").replace('.', '/');
    }
}
