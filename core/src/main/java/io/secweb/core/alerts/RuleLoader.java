package io.secweb.core.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.config.ConfigException;
import io.secweb.core.config.ConfigProblem;
import io.secweb.core.config.ConfigProblems;
import io.secweb.core.config.YamlDocument;
import io.secweb.core.config.YamlReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads alert rule files (YAML) with the {@link YamlReader} for schemas/json/alert-rule.schema.json, checks what the
 * schema cannot (the clear threshold on the calm side of fire, unique ids) and turns them into {@link AlertRule}s.
 * Every problem is reported as {@code file:line: key: message}, so {@code ./secweb rules check} can name it precisely.
 * Thread-safe once built.
 */
public final class RuleLoader {
    private final YamlReader reader = YamlReader.forSchema("alert-rule.schema.json")
            // a key forbidden by a conditional branch ("years" on a change_pct rule) is a false schema; say so plainly
            .forbiddenKeysSay("is not allowed with this condition type");

    /** A rule and the document it came from, for problems found across files. */
    private record Loaded(AlertRule rule, YamlDocument document) {}

    /** Loads one rule file, or throws {@link RuleFileException} listing every problem in it. */
    public AlertRule load(Path file) {
        return loaded(file).rule();
    }

    private Loaded loaded(Path file) {
        return refused(() -> {
            YamlDocument document = reader.read(file);
            return new Loaded(rule(document), document);
        });
    }

    /** Loads every file, or throws {@link RuleFileException} listing the problems of all of them; ids must be unique. */
    public List<AlertRule> loadAll(List<Path> files) {
        List<AlertRule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path file : files) {
            try {
                Loaded loaded = loaded(file);
                Path other = seen.putIfAbsent(loaded.rule().id(), file);
                if (other != null) {
                    problems.add(loaded.document().problem("/id", "'" + loaded.rule().id() + "' is already used by " + other).toString());
                } else {
                    rules.add(loaded.rule());
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
        return refused(() -> rule(reader.parse(text, name)));
    }

    /** A document the schema accepts, checked further and turned into a rule. */
    private static AlertRule rule(YamlDocument document) {
        ConfigProblems problems = document.problems();
        checkHysteresis(document.root(), problems);
        problems.throwIfAny();
        return toRule(document.root());
    }

    /** The reader's and the checks' {@link ConfigException} as the {@link RuleFileException} callers catch. */
    private static <T> T refused(Supplier<T> load) {
        try {
            return load.get();
        } catch (ConfigException e) {
            throw new RuleFileException(e.problems().isEmpty() ? List.of(e.getMessage()) : e.problems().stream().map(ConfigProblem::toString).toList());
        }
    }

    /** The clear threshold must lie on the calm side of the fire threshold, or an episode could never end. */
    private static void checkHysteresis(JsonNode root, ConfigProblems problems) {
        JsonNode c = root.get("condition");
        AlertRule.Condition condition = condition(c);
        if (!c.has("clear") || condition.since()) {
            return;
        }
        boolean rising = AlertConditions.rising(condition);
        boolean ok = rising ? condition.clear() <= condition.fire() : condition.clear() >= condition.fire();
        if (!ok) {
            problems.at("/condition/clear", "must be " + (rising ? "at most" : "at least") + " fire (" + condition.fire() + ") for a "
                    + c.get("type").asText() + " condition watching for a " + (rising ? "rise" : "fall") + ", got " + condition.clear());
        }
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
}
