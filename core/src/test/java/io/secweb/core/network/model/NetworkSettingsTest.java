package io.secweb.core.network.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.secweb.schemas.event.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings name exactly the kinds and scales the feed schemas allow, and look them up consistently. */
class NetworkSettingsTest {
    private static final NetworkSettings DEFAULTS = NetworkSettings.defaults();

    private static List<String> schemaEnum(String file, String property) throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Path.of("../schemas/json", file).toFile());
        List<String> values = new ArrayList<>();
        schema.path("properties").path(property).path("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void thereIsAWeightForEveryAgreementKindOfTheSchema() throws IOException {
        assertThat(DEFAULTS.agreements().weights().byKind().keySet()).containsExactlyElementsOf(schemaEnum("agreement.schema.json", "kind"));
        DEFAULTS.agreements().weights().byKind().forEach((kind, w) -> assertThat(DEFAULTS.agreements().weights().of(kind)).isEqualTo(w));
        assertThat(DEFAULTS.agreements().weights().of("treaty_of_friendship")).isZero();
    }

    @Test
    void thereIsAWeightForEveryExerciseScaleOfTheSchemaAndForNone() throws IOException {
        List<String> scales = new ArrayList<>(schemaEnum("exercise.schema.json", "scale"));
        scales.add("unspecified");
        assertThat(DEFAULTS.exercises().scaleWeights().byScale().keySet()).containsExactlyElementsOf(scales);
        DEFAULTS.exercises().scaleWeights().byScale().forEach((scale, w) -> assertThat(DEFAULTS.exercises().scaleWeights().of(scale)).isEqualTo(w));
        assertThat(DEFAULTS.exercises().scaleWeights().of(null)).isEqualTo(1.0);
    }

    @Test
    void thereIsAWeightForEveryDialogueLevelOfTheSchema() throws IOException {
        assertThat(DEFAULTS.dialogues().levelWeights().byLevel().keySet()).containsExactlyElementsOf(schemaEnum("dialogue.schema.json", "level"));
        DEFAULTS.dialogues().levelWeights().byLevel().forEach((level, w) -> assertThat(DEFAULTS.dialogues().levelWeights().of(level)).isEqualTo(w));
        assertThat(DEFAULTS.dialogues().levelWeights().of("heads_of_state")).isZero();
    }

    @Test
    void rolesOtherThanHostAndObserverCountAsParticipants() {
        NetworkSettings.RoleFactors f = new NetworkSettings.RoleFactors(2.0, 1.0, 0.5);

        assertThat(f.of(Role.HOST)).isEqualTo(2.0);
        assertThat(f.of(Role.OBSERVER)).isEqualTo(0.5);
        assertThat(f.of(Role.PARTICIPANT)).isEqualTo(1.0);
        assertThat(f.of(Role.PARTY)).isEqualTo(1.0);
    }

    @Test
    void severityWeightsAreSeverityOverFiveByDefault() {
        for (int severity = 1; severity <= 5; severity++) {
            assertThat(DEFAULTS.coercion().severityWeights().of(severity)).isEqualTo(severity / 5.0);
        }
    }
}
