package io.secweb.core.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secweb.core.indicators.IndicatorNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleLoaderTest {
    /** Tests run in the core module; the shipped rules live in deploy/config/rules. */
    private static final Path SHIPPED = Path.of("../deploy/config/rules");

    private final RuleLoader loader = new RuleLoader();

    private static final String VALID = """
            id: test-rule
            name: A test rule
            scopes: [indo-pacific]
            indicator: density
            condition:
              type: above
              fire: 0.5
              clear: 0.4
            severity: info
            """;

    @Test
    void theShippedRulesLoad() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SHIPPED)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        List<AlertRule> rules = loader.loadAll(files);

        assertThat(rules).extracting(AlertRule::id).containsExactlyInAnyOrder("philippines-coercion-high",
                "us-alliance-spoke-to-spoke-surge", "indo-pacific-largest-component-drop", "japan-philippines-exercises-highest");
        AlertRule philippines = rules.stream().filter(r -> r.id().equals("philippines-coercion-high")).findFirst().orElseThrow();
        assertThat(philippines.indicator()).isEqualTo(new AlertRule.Indicator("coercion_received", AlertRule.Level.COUNTRY, List.of("PHL")));
        assertThat(philippines.condition()).isEqualTo(new AlertRule.Condition(AlertRule.ConditionType.ABOVE, null, 2.5, 1.5, null));
        assertThat(philippines.forTicks()).isEqualTo(3);
        assertThat(philippines.flap()).isEqualTo(new AlertRule.Flap(4, 30));
        assertThat(philippines.minSupport()).isEqualTo(3);
        assertThat(philippines.severity()).isEqualTo(AlertRule.Severity.CRITICAL);
        AlertRule surge = rules.stream().filter(r -> r.id().equals("us-alliance-spoke-to-spoke-surge")).findFirst().orElseThrow();
        assertThat(surge.condition().baseline()).isEqualTo(AlertRule.Baseline.WEEKS_52);
        assertThat(surge.scopes()).containsExactly("us-alliance-system");
        AlertRule highest = rules.stream().filter(r -> r.id().equals("japan-philippines-exercises-highest")).findFirst().orElseThrow();
        assertThat(highest.condition().years()).isEqualTo(10);
        assertThat(highest.indicator().level()).isEqualTo(AlertRule.Level.DYAD);
    }

    @Test
    void defaultsApplyWhenOptionalKeysAreLeftOut() {
        AlertRule rule = loader.parse(VALID, "test.yaml");

        assertThat(rule.forTicks()).isEqualTo(1);
        assertThat(rule.flap()).isEqualTo(AlertRule.Flap.NONE);
        assertThat(rule.minSupport()).isZero();
        assertThat(rule.labels()).isEmpty();
    }

    @Test
    void anUnknownIndicatorIsNamedWithItsLine() {
        String yaml = VALID.replace("indicator: density", "indicator: densty");

        assertThat(problems(yaml)).anySatisfy(p -> assertThat(p).startsWith("bad.yaml:4: indicator:"));
    }

    @Test
    void aMissingKeyIsNamedOnItsParentsLine() {
        String yaml = VALID.replace("  fire: 0.5\n", "");

        assertThat(problems(yaml)).anySatisfy(p -> assertThat(p).startsWith("bad.yaml:5: condition.fire:").contains("fire"));
    }

    @Test
    void anUnknownKeyIsNamedWithItsOwnLine() {
        String yaml = VALID.replace("severity: info", "severity: info\nsevrity: high");

        assertThat(problems(yaml)).containsExactly(problems(yaml).get(0)).first().asString()
                .startsWith("bad.yaml:10: sevrity:");
    }

    @Test
    void aBadValueInAListIsNamedWithItsIndex() {
        String yaml = VALID.replace("scopes: [indo-pacific]", "scopes:\n  - indo-pacific\n  - Indo Pacific");

        assertThat(problems(yaml)).anySatisfy(p -> assertThat(p).startsWith("bad.yaml:5: scopes[1]:"));
    }

    @Test
    void aChangeRuleWithoutBaselineIsRejected() {
        String yaml = VALID.replace("type: above", "type: change_pct");

        assertThat(problems(yaml)).anySatisfy(p -> assertThat(p).startsWith("bad.yaml:5: condition.baseline:"));
    }

    @Test
    void yearsOnAChangeRuleIsNamedAsNotAllowed() {
        String yaml = VALID.replace("type: above", "type: change_pct\n  baseline: 4w\n  years: 3");

        assertThat(problems(yaml)).containsExactly("bad.yaml:8: condition.years: is not allowed with this condition type");
    }

    @Test
    void aZscoreIsOnlyAgainstTheTrailing52Weeks() {
        String yaml = VALID.replace("type: above", "type: zscore\n  baseline: 4w");

        assertThat(problems(yaml)).singleElement().asString().startsWith("bad.yaml:7: condition.baseline:").contains("52w");
    }

    @Test
    void aHighestSinceRuleTakesNoFireThreshold() {
        String yaml = VALID.replace("type: above", "type: highest_since\n  years: 5").replace("clear: 0.4", "clear: 0.1");

        assertThat(problems(yaml)).containsExactly("bad.yaml:8: condition.fire: is not allowed with this condition type");
    }

    @Test
    void aDyadNeedsExactlyTwoCountries() {
        String yaml = VALID.replace("indicator: density", "indicator:\n  name: exercise_weight\n  level: dyad\n  countries: [JPN]");

        assertThat(problems(yaml)).anySatisfy(p -> assertThat(p).startsWith("bad.yaml:7: indicator.countries:"));
    }

    @Test
    void aClearThresholdOnTheWrongSideOfFireIsRejected() {
        String yaml = VALID.replace("clear: 0.4", "clear: 0.6");

        assertThat(problems(yaml)).containsExactly(
                "bad.yaml:8: condition.clear: must be at most fire (0.5) for a above condition watching for a rise, got 0.6");
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        String yaml = VALID.replace("severity: info", "severity: [info");

        assertThat(problems(yaml)).singleElement().asString().startsWith("bad.yaml:").contains("not valid YAML");
    }

    @Test
    void problemsInSeveralFilesAreAllReportedWithTheirFileNames(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.yaml"), VALID.replace("severity: info", "severity: loud"));
        Path b = Files.writeString(dir.resolve("b.yaml"), VALID.replace("scopes: [indo-pacific]", "scopes: []"));

        assertThatThrownBy(() -> loader.loadAll(List.of(a, b)))
                .isInstanceOfSatisfying(RuleFileException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).startsWith(a + ":9: severity:"))
                        .anySatisfy(p -> assertThat(p).startsWith(b + ":3: scopes:")));
    }

    @Test
    void twoFilesWithTheSameIdAreRejected(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.yaml"), VALID);
        Path b = Files.writeString(dir.resolve("b.yaml"), VALID);

        assertThatThrownBy(() -> loader.loadAll(List.of(a, b))).hasMessageContaining(b + ":1: id: 'test-rule' is already used by " + a);
    }

    @Test
    void theSchemaListsExactlyTheIndicatorNames() throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/secweb/schemas/json/alert-rule.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }

        assertThat(names(schema.at("/$defs/scopeIndicator/enum"))).isEqualTo(IndicatorNames.SCOPE);
        assertThat(names(schema.at("/$defs/countryIndicator/enum"))).isEqualTo(IndicatorNames.COUNTRY);
        assertThat(names(schema.at("/$defs/dyadIndicator/enum"))).isEqualTo(IndicatorNames.DYAD);
    }

    @Test
    void everyProblemOfARuleIsReportedInFileOrder() {
        String yaml = VALID.replace("scopes: [indo-pacific]", "scopes: [Indo Pacific]").replace("severity: info", "severity: loud\nfor: 0");

        assertThat(problems(yaml)).extracting(p -> p.split(":")[1]).containsExactly("3", "9", "10");
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private List<String> problems(String yaml) {
        try {
            loader.parse(yaml, "bad.yaml");
        } catch (RuleFileException e) {
            return e.problems();
        }
        throw new AssertionError("expected problems in\n" + yaml);
    }
}
