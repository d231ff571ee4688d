package io.secweb.schemas.country;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountryRegistryTest {
    private final CountryRegistry registry = CountryRegistry.bundled();

    @Test
    void knowsTheIndoPacificStatesWithTheirCowCodes() {
        assertThat(registry.byIso3("PHL")).get().satisfies(c -> {
            assertThat(c.cowCode()).isEqualTo(840);
            assertThat(c.regions()).contains("indo-pacific", "southeast-asia", "asean");
        });
        assertThat(registry.byCowCode(713)).get().extracting(Country::iso3).isEqualTo("TWN");
        assertThat(registry.byIso3("USA")).get().satisfies(c -> assertThat(c.regions()).contains("indo-pacific", "quad"));
    }

    @Test
    void coversEveryUnMemberAndTaiwan() {
        assertThat(registry.all()).hasSizeGreaterThanOrEqualTo(194);
        assertThat(registry.isKnown("TWN")).isTrue();
        assertThat(registry.isKnown("XYZ")).isFalse();
    }

    @Test
    void listsTheElevenAseanMembers() {
        assertThat(registry.all().stream().filter(c -> c.inRegion("asean")).map(Country::iso3))
                .containsExactlyInAnyOrder("BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "TLS");
    }
}
