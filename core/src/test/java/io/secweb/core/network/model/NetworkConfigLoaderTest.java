package io.secweb.core.network.model;

import io.secweb.core.config.ConfigException;
import org.junit.jupiter.api.Test;

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
    /** Tests run in the jobs module; the shipped configuration lives in deploy/config. */
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
                .hasMessageContaining("config test.yaml, line 3: unknown key 'half_life' under 'exercises'; known keys there: ")
                .hasMessageContaining("half_life_days, role_factors, scale_weights, window_days");
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
                .hasMessageContaining("line 4: unknown key 'alliance' under 'agreements.weights'")
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
                .hasMessageContaining("line 6: unknown key 'hubb' under 'scopes[1]'")
                .hasMessageContaining("hub");
    }

    @Test
    void refusesAnUnknownTopLevelKey() {
        assertThatThrownBy(() -> parse("tie_flor: 0.1\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 1: unknown key 'tie_flor' at the top level")
                .hasMessageContaining("tie_floor");
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
                .hasMessage("config test.yaml, line 8: scopes[1].countries[2]: 'XXK' is not a known ISO-3166 alpha-3 country code (scope 'trio')");
    }

    @Test
    void suggestsUpperCaseForALowerCaseCode() {
        assertThatThrownBy(() -> parse("scopes:\n  - name: pair\n    countries: [usa, JPN]\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 3: scopes[0].countries[0]: 'usa' is not a known")
                .hasMessageContaining("codes are upper case: 'USA'");
    }

    @Test
    void refusesAnUnknownExcludedCode() {
        assertThatThrownBy(() -> parse("scopes:\n  - name: sea\n    regions: [southeast-asia]\n    exclude: [BURMA]\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 4: scopes[0].exclude[0]: 'BURMA' is not a known");
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
                .hasMessageContaining("line 3: scopes[0].regions[0]: unknown region tag 'indopacific' (scope 'asia'); known tags: ")
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
                .hasMessage("config test.yaml, line 4: scopes[0].hub: hub 'CHN' is not a member of scope 'quad'; members: AUS, IND, JPN, USA");
    }

    @Test
    void refusesAnUnknownHub() {
        assertThatThrownBy(() -> parse("scopes:\n  - name: quad\n    countries: [AUS, IND, JPN, USA]\n    hub: US\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 4: scopes[0].hub: 'US' is not a known ISO-3166 alpha-3 country code");
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
                .hasMessage("config test.yaml, line 5: duplicate scope name 'quad' (first defined at line 2)");
    }

    @Test
    void refusesAScopeNameThatCannotGoIntoDocumentIds() {
        assertThatThrownBy(() -> parse("scopes:\n  - name: US Alliances\n    countries: [USA, JPN]\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 2: scopes[0].name: scope name 'US Alliances' must be lower-case letters, digits and '-'");
    }

    @Test
    void refusesAScopeWithoutName() {
        assertThatThrownBy(() -> parse("scopes:\n  - countries: [USA, JPN]\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 2: scopes[0] has no name");
    }

    @Test
    void refusesAScopeWithFewerThanTwoMembers() {
        assertThatThrownBy(() -> parse("scopes:\n  - name: alone\n    countries: [USA, JPN]\n    exclude: [JPN]\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 2: scope 'alone' has 1 member(s) [USA]; a network needs at least two");
    }

    @Test
    void refusesAFileWithoutScopes() {
        assertThatThrownBy(() -> parse("tie_floor: 0.02\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config test.yaml: no scopes: list at least one under 'scopes' (name, countries and/or regions)");
        assertThatThrownBy(() -> parse("# nothing but a comment\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("no scopes");
        assertThatThrownBy(() -> parse("tie_floor: 0.02\nscopes: []\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("config test.yaml, line 2: no scopes");
    }

    @Test
    void refusesAZeroHalfLife() {
        assertThatThrownBy(() -> parse("exercises:\n  half_life_days: 0\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config test.yaml, line 2: exercises.half_life_days must be a positive number of days, got 0");
    }

    @Test
    void refusesANegativeWindow() {
        assertThatThrownBy(() -> parse("coercion:\n  severity_weights:\n    3: 0.6\n  window_days: -30\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config test.yaml, line 4: coercion.window_days must be a positive number of days, got -30");
        assertThatThrownBy(() -> parse("groups_window_days: 0\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 1: groups_window_days must be a positive number of days");
        assertThatThrownBy(() -> parse("ties_lost_window_days: -1\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 1: ties_lost_window_days must be a positive number of days");
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
                .hasMessage("config test.yaml, line 3: exercises.role_factors.observer must be a number not below 0, got -0.25");
        assertThatThrownBy(() -> parse("agreements:\n  weights:\n    joint_statement: -1\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 3: agreements.weights.joint_statement must be a number not below 0");
        assertThatThrownBy(() -> parse("coercion:\n  severity_weights:\n    2: -0.4\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 3: coercion.severity_weights.2 must be a number not below 0");
        assertThatThrownBy(() -> parse("tie_floor: -0.01\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 1: tie_floor must be a number not below 0");
    }

    @Test
    void refusesAValueOfTheWrongKind() {
        assertThatThrownBy(() -> parse("exercises:\n  half_life_days: a year\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config test.yaml, line 2: 'a year' is not a valid value for 'exercises.half_life_days' (expected a whole number)");
        assertThatThrownBy(() -> parse("exercises:\n  half_life_days: 182.5\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("'exercises.half_life_days'");
        assertThatThrownBy(() -> parse("exercises: 3\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 1: wrong kind of value for 'exercises'");
        assertThatThrownBy(() -> parse("scopes:\n  - name: pair\n    countries: USA\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("line 3: wrong kind of value for 'scopes[0].countries' (expected a list)");
    }

    @Test
    void refusesAKeyGivenTwice() {
        assertThatThrownBy(() -> parse("tie_floor: 0.01\ntie_floor: 0.02\n" + SCOPES))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("config test.yaml, line 2: not valid YAML")
                .hasMessageContaining("tie_floor");
    }

    @Test
    void refusesTextThatIsNotYaml() {
        assertThatThrownBy(() -> parse("scopes:\n\t- name: tabs\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("config test.yaml")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void saysWhenTheFileIsMissing() {
        assertThatThrownBy(() -> NetworkConfigLoader.load(Path.of("no/such/network.yaml")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config file no/such/network.yaml does not exist");
    }
}
