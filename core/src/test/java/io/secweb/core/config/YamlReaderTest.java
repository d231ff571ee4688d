package io.secweb.core.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one YAML reader: where every key is, and how problems read. */
class YamlReaderTest {
    private static final YamlReader CONFIG = YamlReader.forSchema("config.schema.json");

    private static final String YAML = """
            # a comment first
            kafka:
              partitions: 2

            alerts:
              webhook:
                urls:
                  - https://a.example/hook
                  - https://b.example/hook
            """;

    @Test
    void locatesEveryKeyWhereItStartsAndAListItemWhereItsValueStarts() {
        YamlDocument doc = CONFIG.parse(YAML, "site.yaml");

        assertThat(doc.locate("/kafka")).isEqualTo(new YamlDocument.Location(2, 1));
        assertThat(doc.locate("/kafka/partitions")).isEqualTo(new YamlDocument.Location(3, 3));
        assertThat(doc.locate("/alerts/webhook/urls/1")).isEqualTo(new YamlDocument.Location(9, 9));
    }

    @Test
    void aKeyTheFileLeavesOutIsLocatedAtItsParent() {
        YamlDocument doc = CONFIG.parse(YAML, "site.yaml");

        assertThat(doc.problem("/alerts/webhook/max_backoff", "too short"))
                .hasToString("site.yaml:6: alerts.webhook.max_backoff: too short");
        assertThat(doc.problem("/ingest/max_days_in_future", "too far")).hasToString("site.yaml:2: ingest.max_days_in_future: too far");
    }

    @Test
    void semanticChecksReportAtTheLineOfTheirKeyInFileOrder() {
        YamlDocument doc = CONFIG.parse(YAML, "site.yaml");
        ConfigProblems problems = doc.problems();
        problems.at("/alerts/webhook/urls/1", "unreachable");
        problems.at("/kafka/partitions", "too few");

        assertThatThrownBy(problems::throwIfAny)
                .isInstanceOf(ConfigException.class)
                .hasMessage("site.yaml:3: kafka.partitions: too few\nsite.yaml:9: alerts.webhook.urls[1]: unreachable");
    }

    @Test
    void reportsEverySchemaProblemSortedByLine() {
        String yaml = """
                dashboard:
                  port: -1
                kafka:
                  partitions: many
                  starting_offsets: first
                """;

        assertThatThrownBy(() -> CONFIG.parse(yaml, "bad.yaml"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).extracting(ConfigProblem::line).containsExactly(2, 4, 5))
                .hasMessage("""
                        bad.yaml:2: dashboard.port: must be ≥ 0, got -1
                        bad.yaml:4: kafka.partitions: must be a whole number, got 'many'
                        bad.yaml:5: kafka.starting_offsets: must be one of earliest, latest, committed, got 'first'""");
    }

    @Test
    void aKeyGivenTwiceIsRefusedAtItsSecondLine() {
        assertThatThrownBy(() -> CONFIG.parse("kafka:\n  partitions: 1\n  consumer_group: a\n  partitions: 2\n", "twice.yaml"))
                .hasMessage("twice.yaml:4: kafka.partitions: duplicate key: given twice in the same mapping (first on line 2)");
    }

    @Test
    void anUnclosedListNamesWhereItBegan() {
        assertThatThrownBy(() -> CONFIG.parse("alerts:\n  webhook:\n    urls: [https://a.example/hook\n", "open.yaml"))
                .hasMessageStartingWith("open.yaml:4: ")
                .hasMessageContaining("not valid YAML: expected ',' or ']', but got <stream end> (while parsing a flow sequence from line 3)");
    }

    @Test
    void aFileHoldsOneDocument() {
        assertThatThrownBy(() -> CONFIG.parse("kafka:\n  partitions: 1\n---\nkafka:\n  partitions: 2\n", "two.yaml"))
                .hasMessage("two.yaml:4: (file): a second YAML document (after ---): the file holds one");
    }

    @Test
    void aKeyWithoutAValueIsNullUnlessTheReaderTakesItAsAbsent() {
        assertThatThrownBy(() -> CONFIG.parse("kafka:\n  partitions:\n", "null.yaml"))
                .hasMessage("null.yaml:2: kafka.partitions: must be a whole number, got nothing");
        assertThat(CONFIG.nullsAreAbsent().parse("kafka:\n  partitions:\n", "null.yaml").root().get("kafka").has("partitions")).isFalse();
    }

    @Test
    void numericKeysOfAMappingAreNotListIndexes() {
        YamlDocument doc = YamlReader.forSchema("network.schema.json")
                .parse("coercion:\n  severity_weights:\n    3: 0.5\nscopes:\n  - name: a\n", "network.yaml");

        assertThat(doc.key("/coercion/severity_weights/3")).isEqualTo("coercion.severity_weights.3");
        assertThat(doc.key("/scopes/0/name")).isEqualTo("scopes[0].name");
        assertThat(doc.key("")).isEqualTo("(file)");
    }

    @Test
    void aConfigurationFromNoFileIsNamedBySource() {
        ConfigProblems problems = ConfigProblems.of("from the command line");
        problems.at("/kafka/bootstrap_servers", "must not be empty");

        assertThatThrownBy(problems::throwIfAny).hasMessage("from the command line: kafka.bootstrap_servers: must not be empty");
    }
}
