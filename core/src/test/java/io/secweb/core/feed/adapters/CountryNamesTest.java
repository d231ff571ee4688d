package io.secweb.core.feed.adapters;

import io.secweb.schemas.country.CountryRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CountryNamesTest {
    private final CountryNames names = new CountryNames(CountryRegistry.bundled());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "United States|USA", "South Korea|KOR", "North Korea|PRK", "Taiwan|TWN", "Vietnam|VNM",
            "Antigua & Barbuda|ATG", "St. Lucia|LCA", "St. Kitts & Nevis|KNA", "St. Vincent & Grenadines|VCT",
            "st. christopher|KNA", "Cape Verde|CPV", "Turkey|TUR", "Türkiye|TUR", "Myanmar (Burma)|MMR",
            "Congo - Kinshasa|COD", "Congo - Brazzaville|COG", "Côte d’Ivoire|CIV", "Cote d'Ivoire|CIV",
            "São Tomé & Príncipe|STP", "Bosnia & Herzegovina|BIH", "Czech Republic|CZE", "Czechia|CZE",
            "  new   zealand |NZL", "Russian Federation|RUS", "Soviet Union|RUS", "Vatican City|VAT"})
    void resolvesTheSpellingsOfTheDatasets(String name, String iso3) {
        assertThat(names.resolve(name)).isEqualTo(new CountryNames.State(iso3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-9", "NATO", "Baltic States", "Bermuda", "Hong Kong SAR China", "New Caledonia",
            "Netherlands Antilles", "European Union", "Czechoslovakia", "Yugoslavia", "Federal Republic of Germany",
            "German Democratic Republic"})
    void knowsWhatIsNotAStateOfTheRegistry(String name) {
        assertThat(names.resolve(name)).isInstanceOf(CountryNames.NotAState.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Atlantis", "Freedonia", ""})
    void reportsNamesItDoesNotKnow(String name) {
        assertThat(names.resolve(name)).isInstanceOf(CountryNames.Unknown.class);
        assertThat(names.iso3(name)).isEmpty();
    }
}
