package io.secweb.core.feed.adapters;

import io.secweb.schemas.country.Country;
import io.secweb.schemas.country.CountryRegistry;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Country names as the datasets spell them, resolved to ISO-3166 alpha-3 codes of the registry: the registry's own
 * names, plus the spellings the datasets use ("St. Lucia", "Myanmar (Burma)", "Congo - Kinshasa", "Turkey",
 * "Czech Republic", …). Names are compared loosely: case, accents, curly apostrophes and "&amp;" versus "and" do not
 * matter. Names of things that are not states of the registry — organisations ("NATO", "European Union"),
 * territories ("Bermuda", "Hong Kong SAR China") and states that no longer exist ("Czechoslovakia", "Yugoslavia",
 * the two German states before 1990, which the COW codes 260 and 265 also leave without a registry row) — are known
 * as such, so that adapters can drop them without hiding a name they do not know. The Soviet Union is Russia, as
 * COW code 365 is for both.
 */
final class CountryNames {

    /** What a name stands for. */
    sealed interface Resolution permits State, NotAState, Unknown {}

    /** A state of the registry. */
    record State(String iso3) implements Resolution {}

    /** An organisation, a territory or a former state: dropped, not an error. */
    record NotAState(String name) implements Resolution {}

    /** A name this table does not know. */
    record Unknown(String name) implements Resolution {}

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("United States of America", "USA"),
            Map.entry("USA", "USA"),
            Map.entry("US", "USA"),
            Map.entry("UK", "GBR"),
            Map.entry("Great Britain", "GBR"),
            Map.entry("Britain", "GBR"),
            Map.entry("Russian Federation", "RUS"),
            Map.entry("Soviet Union", "RUS"),
            Map.entry("USSR", "RUS"),
            Map.entry("People's Republic of China", "CHN"),
            Map.entry("PRC", "CHN"),
            Map.entry("Republic of China", "TWN"),
            Map.entry("Korea, Republic of", "KOR"),
            Map.entry("Republic of Korea", "KOR"),
            Map.entry("Korea", "KOR"),
            Map.entry("Korea, Democratic People's Republic of", "PRK"),
            Map.entry("Democratic People's Republic of Korea", "PRK"),
            Map.entry("DPRK", "PRK"),
            Map.entry("Myanmar (Burma)", "MMR"),
            Map.entry("Burma", "MMR"),
            Map.entry("Viet Nam", "VNM"),
            Map.entry("Lao PDR", "LAO"),
            Map.entry("Lao People's Democratic Republic", "LAO"),
            Map.entry("East Timor", "TLS"),
            Map.entry("Brunei Darussalam", "BRN"),
            Map.entry("Micronesia, Federated States of", "FSM"),
            Map.entry("Federated States of Micronesia", "FSM"),
            Map.entry("Cape Verde", "CPV"),
            Map.entry("Congo - Kinshasa", "COD"),
            Map.entry("Congo - Brazzaville", "COG"),
            Map.entry("Democratic Republic of Congo", "COD"),
            Map.entry("Congo", "COG"),
            Map.entry("Ivory Coast", "CIV"),
            Map.entry("Swaziland", "SWZ"),
            Map.entry("Turkey", "TUR"),
            Map.entry("Czech Republic", "CZE"),
            Map.entry("Macedonia", "MKD"),
            Map.entry("St. Kitts & Nevis", "KNA"),
            Map.entry("St. Christopher", "KNA"),
            Map.entry("St. Lucia", "LCA"),
            Map.entry("St. Vincent & Grenadines", "VCT"),
            Map.entry("Holy See", "VAT"),
            Map.entry("Iran, Islamic Republic of", "IRN"),
            Map.entry("Syrian Arab Republic", "SYR"));

    private static final Set<String> NOT_STATES = Set.of(
            "-9", "NATO", "Baltic States", "European Union", "EU", "ASEAN", "United Nations", "UN",
            "Bermuda", "Hong Kong SAR China", "Hong Kong", "Macau", "Macao", "New Caledonia", "Netherlands Antilles",
            "Puerto Rico", "Guam", "Greenland", "Palestinian Territories",
            "Czechoslovakia", "Yugoslavia", "Federal Republic of Germany", "West Germany", "German Democratic Republic",
            "East Germany", "South Vietnam", "Republic of Vietnam");

    private final Map<String, String> byName = new HashMap<>();
    private final Set<String> notStates;

    CountryNames(CountryRegistry registry) {
        for (Country c : registry.all()) {
            byName.put(key(c.name()), c.iso3());
        }
        ALIASES.forEach((name, iso3) -> {
            if (!registry.isKnown(iso3)) {
                throw new IllegalStateException("alias " + name + " names " + iso3 + ", which the country registry does not know");
            }
            byName.put(key(name), iso3);
        });
        notStates = NOT_STATES.stream().map(CountryNames::key).collect(Collectors.toUnmodifiableSet());
    }

    Resolution resolve(String name) {
        String k = key(name);
        String iso3 = byName.get(k);
        if (iso3 != null) {
            return new State(iso3);
        }
        if (notStates.contains(k)) {
            return new NotAState(name.trim());
        }
        return new Unknown(name.trim());
    }

    Optional<String> iso3(String name) {
        return resolve(name) instanceof State s ? Optional.of(s.iso3()) : Optional.empty();
    }

    /** The comparison key: no accents, plain apostrophes, "and" for "&amp;", lower case, single spaces. */
    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'');
        s = s.replace("&", " and ");
        return s.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }
}
