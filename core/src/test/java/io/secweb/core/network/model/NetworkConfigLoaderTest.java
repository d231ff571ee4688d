package io.secweb.core.network.model;

import io.secweb.core.config.ConfigException;
import io.secweb.core.testing.BrokenCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkConfigLoaderTest {
    /** Tests run in the core module; the shipped configuration lives in deploy/config. */
    private static final Path NETWORK_YAML = Path.of("../deploy/config/network.yaml");

    private static final String SCOPES = """
            scopes:
              - name: pair
                countries: [USA, JPN]
            """;

    private static NetworkConfig parse(String yaml) {
        return NetworkConfigLoader.parse(yaml, "test.yaml");
    }

    private static NetworkConfig shipped() throws IOException {
        return NetworkConfigLoader.parse(Files.readString(NETWORK_YAML), "network.yaml");
    }

    @Test
    void theShippedConfigurationDefinesTheWatchedScopes() throws IOException {
        NetworkConfig config = shipped();

        assertThat(config.scopes()).extracting(Scope::name)
                .containsExactly("indo-pacific", "us-alliance-system", "southeast-asia", "quad", "northeast-asia");
        Scope alliances = config.scope("us-alliance-system").orElseThrow();
        assertThat(alliances.members()).containsExactly("AUS", "JPN", "KOR", "NZL", "PHL", "THA", "USA");
        assertThat(alliances.hub()).isEqualTo("USA");
        assertThat(config.scope("indo-pacific").orElseThrow().members()).hasSize(47).contains("USA", "CHN", "IND", "FJI");
        assertThat(config.scope("indo-pacific").orElseThrow().hub()).isNull();
        assertThat(config.scope("southeast-asia").orElseThrow().members())
                .containsExactly("BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "TLS", "VNM");
        assertThat(config.scope("quad").orElseThrow().members()).containsExactly("AUS", "IND", "JPN", "USA");
        assertThat(config.scope("northeast-asia").orElseThrow().members()).containsExactly("CHN", "JPN", "KOR", "MNG", "PRK", "TWN");
    }

    @Test
    void theShippedConfigurationStatesTheCodeDefaults() throws IOException {
        assertThat(shipped().settings()).isEqualTo(NetworkSettings.defaults());
    }

    @Test
    void theJobsLoadTheShippedFileAsTheirDefaults() throws IOException {
        byte[] bundled;
        try (InputStream in = NetworkConfigLoader.class.getResourceAsStream(NetworkConfigLoader.BUNDLED)) {
            assertThat(in).as(NetworkConfigLoader.BUNDLED + " on the classpath").isNotNull();
            bundled = in.readAllBytes();
        }

        assertThat(new String(bundled, java.nio.charset.StandardCharsets.UTF_8))
                .as("the build puts deploy/config/network.yaml on the classpath (jobs/pom.xml resources)")
                .isEqualTo(Files.readString(NETWORK_YAML));
        assertThat(NetworkConfig.defaults()).isEqualTo(shipped());
    }

    @Test
    void theConfigurationAndTheModelTravelWithAFlinkFunction() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(NetworkConfig.defaults());
            out.writeObject(new NetworkModel(NetworkConfig.defaults().settings()));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(NetworkConfig.defaults());
            assertThat(((NetworkModel) in.readObject()).settings()).isEqualTo(NetworkConfig.defaults().settings());
        }
    }

    @Test
    void absentSettingsAndKindsTakeTheirDefaults() {
        NetworkConfig config = parse("""
                agreements:
                  weights:
                    alliance_treaty: 4.0
                coercion:
                  half_life_days: 90
                """ + SCOPES);

        NetworkSettings defaults = NetworkSettings.defaults();
        assertThat(config.settings().agreements().weights().allianceTreaty()).isEqualTo(4.0);
        assertThat(config.settings().agreements().weights().accessAgreement()).isEqualTo(2.0);
        assertThat(config.settings().coercion().halfLifeDays()).isEqualTo(90);
        assertThat(config.settings().coercion().windowDays()).isEqualTo(365);
        assertThat(config.settings().coercion().severityWeights()).isEqualTo(defaults.coercion().severityWeights());
        assertThat(config.settings().exercises()).isEqualTo(defaults.exercises());
        assertThat(config.settings().tieFloor()).isEqualTo(0.01);
    }

    @Test
    void dialogueNewsAndAgreementLifecycleSettingsAreRead() {
        NetworkConfig config = parse("""
                agreements:
                  weights:
                    military_aid: 1.25
                  termination_notice_factor: 0.25
                dialogues:
                  level_weights:
                    two_plus_two: 0.9
                  half_life_days: 180
                  not_held_window_days: 90
                news:
                  datasets: [icews]
                  weight_factor: 0.3
                """ + SCOPES);

        NetworkSettings s = config.settings();
        NetworkSettings defaults = NetworkSettings.defaults();
        assertThat(s.agreements().weights().of("military_aid")).isEqualTo(1.25);
        assertThat(s.agreements().weights().of("diplomatic_cooperation")).isEqualTo(0.5);
        assertThat(s.agreements().terminationNoticeFactor()).isEqualTo(0.25);
        assertThat(s.dialogues().levelWeights().of("two_plus_two")).isEqualTo(0.9);
        assertThat(s.dialogues().levelWeights().of("leaders")).isEqualTo(1.0);
        assertThat(s.dialogues().halfLifeDays()).isEqualTo(180);
        assertThat(s.dialogues().windowDays()).isEqualTo(defaults.dialogues().windowDays());
        assertThat(s.dialogues().notHeldWindowDays()).isEqualTo(90);
        assertThat(s.news().datasets()).containsExactly("icews");
        assertThat(s.news().weightFactor()).isEqualTo(0.3);
        assertThat(s.news().factor("gdelt", 0.5)).as("gdelt is not news here").isEqualTo(1.0);
    }

    @Test
    void refusesATerminationNoticeFactorOutsideZeroToOne() {
        assertThatThrownBy(() -> parse("agreements:\n  termination_notice_factor: 1.5\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:2: agreements.termination_notice_factor: must be a number from 0 to 1, got 1.5");
        assertThatThrownBy(() -> parse("agreements:\n  termination_notice_factor: -0.5\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:2: agreements.termination_notice_factor: must be a number from 0 to 1, got -0.5");
    }

    @Test
    void refusesBadDialogueSettings() {
        assertThatThrownBy(() -> parse("dialogues:\n  level_weights:\n    summit: 1.0\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:3: dialogues.level_weights.summit: unknown key; known keys under dialogues.level_weights: "
                        + "leaders, ministers, senior_officials, two_plus_two, working_group");
        assertThatThrownBy(() -> parse("dialogues:\n  level_weights:\n    working_group: -0.2\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:3: dialogues.level_weights.working_group: must be ≥ 0, got -0.2");
        assertThatThrownBy(() -> parse("dialogues:\n  window_days: 0\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:2: dialogues.window_days: must be a positive number of days, got 0");
        assertThatThrownBy(() -> parse("dialogues:\n  not_held_window_days: a year\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:2: dialogues.not_held_window_days: must be a whole number, got 'a year'");
    }

    @Test
    void refusesBadNewsSettings() {
        assertThatThrownBy(() -> parse("news:\n  datasets:\n    - icews\n    - ''\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:4: news.datasets[1]: must name a dataset (e.g. icews), got ''");
        assertThatThrownBy(() -> parse("news:\n  datasets: icews\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:2: news.datasets: must be a list, got 'icews'");
        assertThatThrownBy(() -> parse("news:\n  weight_factor: -1\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:2: news.weight_factor: must be ≥ 0, got -1");
    }

    @Test
    void severityWeightsAreKeyedBySeverity() {
        NetworkConfig config = parse("""
                coercion:
                  severity_weights:
                    5: 2.5
                """ + SCOPES);

        assertThat(config.settings().coercion().severityWeights().of(5)).isEqualTo(2.5);
        assertThat(config.settings().coercion().severityWeights().of(1)).isEqualTo(0.2);
    }

    @Test
    void membersAreTheCountriesAndRegionsMinusTheExcluded() {
        NetworkConfig config = parse("""
                scopes:
                  - name: mainland-plus
                    description: mainland Southeast Asia and India
                    regions: [southeast-asia]
                    countries: [IND]
                    exclude: [BRN, IDN, MYS, PHL, SGP, TLS]
                """);

        Scope s = config.scopes().get(0);
        assertThat(s.members()).containsExactly("IND", "KHM", "LAO", "MMR", "THA", "VNM");
        assertThat(s.description()).isEqualTo("mainland Southeast Asia and India");
        assertThat(s.hub()).isNull();
    }

    @Test
    void refusesAnUnknownSettingsKeySayingWhereItWas() {
        String yaml = """
                exercises:
                  half_life_days: 200
                  half_life: 100
                """ + SCOPES;

        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:3: exercises.half_life: unknown key (did you mean half_life_days?); known keys under exercises: "
                        + "half_life_days, role_factors, scale_weights, window_days");
    }

    @Test
    void refusesAnUnknownAgreementKind() {
        String yaml = """
                agreements:
                  weights:
                    alliance_treaty: 3.0
                    alliance: 3.0
                """ + SCOPES;

        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("test.yaml:4: agreements.weights.alliance: unknown key (did you mean alliance_treaty?); known keys under agreements.weights: ")
                .hasMessageContaining("alliance_treaty");
    }

    @Test
    void refusesAnUnknownKeyInAScope() {
        String yaml = """
                scopes:
                  - name: pair
                    countries: [USA, JPN]
                  - name: other
                    countries: [USA, KOR]
                    hubb: USA
                """;

        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:6: scopes[1].hubb: unknown key (did you mean hub?); known keys under scopes[1]: "
                        + "countries, description, exclude, hub, name, regions");
    }

    @Test
    void refusesAnUnknownTopLevelKey() {
        assertThatThrownBy(() -> parse("tie_flor: 0.1\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("test.yaml:1: tie_flor: unknown key (did you mean tie_floor?); known keys at the top level: ");
    }

    @Test
    void refusesAnUnknownCountryCodeNamingTheScopeAndTheEntry() {
        String yaml = """
                scopes:
                  - name: pair
                    countries: [USA, JPN]
                  - name: trio
                    countries:
                      - USA
                      - JPN
                      - XXK
                """;

        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:8: scopes[1].countries[2]: 'XXK' is not a known ISO-3166 alpha-3 country code (scope 'trio')");
    }

    @Test
    void suggestsUpperCaseForALowerCaseCode() {
        assertThatThrownBy(() -> parse("scopes:\n  - name: pair\n    countries: [usa, JPN]\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:3: scopes[0].countries[0]: 'usa' is not a known ISO-3166 alpha-3 country code (scope 'pair'); "
                        + "codes are upper case: 'USA'");
    }

    @Test
    void refusesAnUnknownExcludedCode() {
        assertThatThrownBy(() -> parse("scopes:\n  - name: sea\n    regions: [southeast-asia]\n    exclude: [BURMA]\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("test.yaml:4: scopes[0].exclude[0]: 'BURMA' is not a known");
    }

    @Test
    void refusesAnUnknownRegionTagListingTheKnownOnes() {
        String yaml = """
                scopes:
                  - name: asia
                    regions: [indopacific]
                """;

        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("test.yaml:3: scopes[0].regions[0]: unknown region tag 'indopacific' (scope 'asia'); known tags: ")
                .hasMessageContaining("indo-pacific")
                .hasMessageContaining("southeast-asia");
    }

    @Test
    void refusesAHubThatIsNotAMember() {
        String yaml = """
                scopes:
                  - name: quad
                    countries: [AUS, IND, JPN, USA]
                    hub: CHN
                """;

        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:4: scopes[0].hub: hub 'CHN' is not a member of scope 'quad'; members: AUS, IND, JPN, USA");
    }

    @Test
    void refusesAnUnknownHub() {
        assertThatThrownBy(() -> parse("scopes:\n  - name: quad\n    countries: [AUS, IND, JPN, USA]\n    hub: US\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:4: scopes[0].hub: 'US' is not a known ISO-3166 alpha-3 country code (scope 'quad')");
    }

    @Test
    void refusesDuplicateScopeNamesNamingBothLines() {
        String yaml = """
                scopes:
                  - name: quad
                    countries: [AUS, IND, JPN, USA]

                  - name: quad
                    countries: [AUS, JPN, USA]
                """;

        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:5: scopes[1].name: duplicate scope name 'quad' (first defined at line 2)");
    }

    @Test
    void refusesAScopeNameThatCannotGoIntoDocumentIds() {
        assertThatThrownBy(() -> parse("scopes:\n  - name: US Alliances\n    countries: [USA, JPN]\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:2: scopes[0].name: must be lower-case letters, digits and '-' (it becomes part of document ids), got 'US Alliances'");
    }

    @Test
    void refusesAScopeWithoutName() {
        assertThatThrownBy(() -> parse("scopes:\n  - countries: [USA, JPN]\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:2: scopes[0].name: is required but missing");
    }

    @Test
    void refusesAScopeWithFewerThanTwoMembers() {
        assertThatThrownBy(() -> parse("scopes:\n  - name: alone\n    countries: [USA, JPN]\n    exclude: [JPN]\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("test.yaml:2: scopes[0]: scope 'alone' has 1 member(s) [USA]; a network needs at least two");
    }

    @Test
    void refusesAFileWithoutScopes() {
        assertThatThrownBy(() -> parse("tie_floor: 0.02\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:1: scopes: missing: list at least one scope (name, countries and/or regions)");
        assertThatThrownBy(() -> parse("# nothing but a comment\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:1: scopes: missing: list at least one scope (name, countries and/or regions)");
        assertThatThrownBy(() -> parse("tie_floor: 0.02\nscopes: []\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:2: scopes: lists no scope: list at least one (name, countries and/or regions)");
    }

    @Test
    void refusesAZeroHalfLife() {
        assertThatThrownBy(() -> parse("exercises:\n  half_life_days: 0\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:2: exercises.half_life_days: must be a positive number of days, got 0");
    }

    @Test
    void refusesANegativeWindow() {
        assertThatThrownBy(() -> parse("coercion:\n  severity_weights:\n    3: 0.6\n  window_days: -30\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:4: coercion.window_days: must be a positive number of days, got -30");
        assertThatThrownBy(() -> parse("groups_window_days: 0\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:1: groups_window_days: must be a positive number of days, got 0");
        assertThatThrownBy(() -> parse("ties_lost_window_days: -1\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:1: ties_lost_window_days: must be a positive number of days, got -1");
    }

    @Test
    void refusesANegativeWeight() {
        String yaml = """
                exercises:
                  role_factors:
                    observer: -0.25
                """ + SCOPES;

        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:3: exercises.role_factors.observer: must be ≥ 0, got -0.25");
        assertThatThrownBy(() -> parse("agreements:\n  weights:\n    joint_statement: -1\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:3: agreements.weights.joint_statement: must be ≥ 0, got -1");
        assertThatThrownBy(() -> parse("coercion:\n  severity_weights:\n    2: -0.4\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:3: coercion.severity_weights.2: must be ≥ 0, got -0.4");
        assertThatThrownBy(() -> parse("tie_floor: -0.01\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:1: tie_floor: must be ≥ 0, got -0.01");
    }

    @Test
    void refusesAValueOfTheWrongKind() {
        assertThatThrownBy(() -> parse("exercises:\n  half_life_days: a year\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:2: exercises.half_life_days: must be a whole number, got 'a year'");
        assertThatThrownBy(() -> parse("exercises:\n  half_life_days: 182.5\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:2: exercises.half_life_days: must be a whole number, got 182.5");
        assertThatThrownBy(() -> parse("exercises: 3\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:1: exercises: must be a mapping of keys to values, got 3");
        assertThatThrownBy(() -> parse("scopes:\n  - name: pair\n    countries: USA\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:3: scopes[0].countries: must be a list, got 'USA'");
    }

    @Test
    void refusesAKeyGivenTwice() {
        assertThatThrownBy(() -> parse("tie_floor: 0.01\ntie_floor: 0.02\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("test.yaml:2: tie_floor: duplicate key: given twice in the same mapping (first on line 1)");
    }

    @Test
    void refusesTextThatIsNotYaml() {
        assertThatThrownBy(() -> parse("scopes:\n\t- name: tabs\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("test.yaml:2: scopes: not valid YAML: found character '\\t(TAB)' that cannot start any token.");
    }

    @Test
    void saysWhenTheFileIsMissing() {
        assertThatThrownBy(() -> NetworkConfigLoader.load(Path.of("no/such/network.yaml")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config file no/such/network.yaml does not exist");
    }

    @Test
    void everyProblemOfTheScopesIsReportedInFileOrder() {
        String yaml = """
                scopes:
                  - name: pair
                    countries: [USA, XXA]
                    hub: XXB
                  - name: nowhere
                    regions: [atlantis]
                  - name: pair
                    countries: [USA, JPN]
                    hub: CHN
                """;

        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessageMatching("""
                        test.yaml:3: scopes\\[0]\\.countries\\[1]: 'XXA' is not a known .*
                        test.yaml:4: scopes\\[0]\\.hub: 'XXB' is not a known .*
                        test.yaml:6: scopes\\[1]\\.regions\\[0]: unknown region tag 'atlantis' .*
                        test.yaml:7: scopes\\[2]\\.name: duplicate scope name 'pair' \\(first defined at line 2\\)
                        test.yaml:9: scopes\\[2]\\.hub: hub 'CHN' is not a member of scope 'pair'; members: JPN, USA""");
    }

    @Test
    void aScopeNameGivenTwiceInTheShippedFileIsNamedWithBothLines(@TempDir Path dir) {
        BrokenCopy copy = BrokenCopy.of(NETWORK_YAML, dir, "- name: quad", "- name: southeast-asia");
        int first = BrokenCopy.lineOf(NETWORK_YAML, "- name: southeast-asia");

        assertThatThrownBy(() -> NetworkConfigLoader.load(copy.file()))
                .hasMessage(copy.problem("scopes[3].name", "duplicate scope name 'southeast-asia' (first defined at line " + first + ")"));
    }

    @Test
    void aKeyWithoutAValueKeepsItsDefault() {
        NetworkConfig config = parse("exercises:\n  half_life_days:\ntie_floor:\n" + SCOPES);

        assertThat(config.settings()).isEqualTo(NetworkSettings.defaults());
    }
}
