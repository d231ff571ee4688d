package io.secweb.core.network.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.secweb.core.config.ConfigException;
import io.secweb.core.config.ConfigProblems;
import io.secweb.core.config.YamlDocument;
import io.secweb.core.config.YamlReader;
import io.secweb.core.network.model.NetworkSettings.ScopeDefinition;
import io.secweb.schemas.country.Country;
import io.secweb.schemas.country.CountryRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and validates the network configuration ({@code deploy/config/network.yaml}) into a {@link NetworkConfig}:
 * first against schemas/json/network.schema.json (unknown keys, values of the wrong kind, negative weights, a
 * termination notice factor outside 0..1, non-positive half-lives and windows, a blank news dataset, scope names, at
 * least one scope), then the checks that need the country registry: unknown country codes and region tags, a hub that
 * is not a member, fewer than two members, duplicate scope names. Every refusal is a {@link ConfigException} listing each problem as {@code file:line: key: message}. Absent
 * settings take the defaults of {@link NetworkSettings}; scopes have no defaults: a file lists at least one.
 */
public final class NetworkConfigLoader {
    /** Classpath location of the shipped configuration, a copy of deploy/config/network.yaml. */
    public static final String BUNDLED = "/secweb/config/network.yaml";

    private NetworkConfigLoader() {}

    /** The file as written: the settings sections plus {@code scopes}. */
    private record NetworkFile(
            NetworkSettings.Agreements agreements,
            NetworkSettings.Exercises exercises,
            NetworkSettings.Coercion coercion,
            NetworkSettings.Dialogues dialogues,
            NetworkSettings.News news,
            Double tieFloor,
            Integer groupsWindowDays,
            Integer tiesLostWindowDays,
            List<ScopeDefinition> scopes) {

        NetworkSettings settings() {
            return new NetworkSettings(agreements, exercises, coercion, dialogues, news, tieFloor, groupsWindowDays, tiesLostWindowDays);
        }
    }

    /** Built on first use: the schema and the mapper are shared by every load. */
    private static final class Shared {
        static final YamlReader READER = YamlReader.forSchema("network.schema.json").nullsAreAbsent();
        /** Binds the checked tree; the schema has already refused what these features would. */
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
    }

    public static NetworkConfig load(Path file) {
        return load(file, CountryRegistry.bundled());
    }

    public static NetworkConfig load(Path file, CountryRegistry countries) {
        return load(Shared.READER.read(file), countries);
    }

    /** The classpath copy of the shipped configuration ({@link #BUNDLED}). */
    static NetworkConfig bundled() {
        try (InputStream in = NetworkConfigLoader.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the network configuration " + BUNDLED + " is not on the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "network.yaml (bundled)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static NetworkConfig parse(String yaml, String name) {
        return parse(yaml, name, CountryRegistry.bundled());
    }

    /**
     * @param name how messages name the file
     * @throws ConfigException listing every problem, {@code name:line: key: message}
     */
    public static NetworkConfig parse(String yaml, String name, CountryRegistry countries) {
        return load(Shared.READER.parse(yaml, name), countries);
    }

    private static NetworkConfig load(YamlDocument document, CountryRegistry countries) {
        NetworkFile file = document.bind(Shared.MAPPER, NetworkFile.class);
        Validation v = new Validation(document, countries);
        List<Scope> scopes = v.scopes(file.scopes());
        v.problems.throwIfAny();
        return new NetworkConfig(file.settings(), scopes);
    }

    /** The checks the schema cannot make, each naming the line of the offending key. */
    private static final class Validation {
        private final YamlDocument document;
        private final CountryRegistry countries;
        private final ConfigProblems problems;

        Validation(YamlDocument document, CountryRegistry countries) {
            this.document = document;
            this.countries = countries;
            this.problems = document.problems();
        }

        List<Scope> scopes(List<ScopeDefinition> defs) {
            Set<String> tags = new TreeSet<>();
            countries.all().forEach(c -> tags.addAll(c.regions()));
            Map<String, String> seen = new HashMap<>();
            List<Scope> out = new ArrayList<>();
            for (int i = 0; i < defs.size(); i++) {
                String at = "/scopes/" + i;
                ScopeDefinition d = defs.get(i);
                String first = seen.putIfAbsent(d.name(), at + "/name");
                if (first != null) {
                    problems.at(at + "/name", "duplicate scope name '" + d.name() + "' (first defined at line " + document.locate(first).line() + ")");
                }
                Scope scope = resolve(d, at, tags);
                if (scope != null) {
                    out.add(scope);
                }
            }
            return out;
        }

        /** The scope's members and hub, or null when it has a problem (recorded). */
        private Scope resolve(ScopeDefinition d, String at, Set<String> tags) {
            String scope = " (scope '" + d.name() + "')";
            boolean known = true;
            TreeSet<String> members = new TreeSet<>();
            for (int k = 0; k < d.countries().size(); k++) {
                String code = d.countries().get(k);
                if (knownCountry(at + "/countries/" + k, code, scope)) {
                    members.add(code);
                } else {
                    known = false;
                }
            }
            for (int k = 0; k < d.regions().size(); k++) {
                String tag = d.regions().get(k);
                if (!tags.contains(tag)) {
                    problems.at(at + "/regions/" + k, "unknown region tag '" + tag + "'" + scope + "; known tags: " + String.join(", ", tags));
                    known = false;
                    continue;
                }
                countries.all().stream().filter(c -> c.inRegion(tag)).map(Country::iso3).forEach(members::add);
            }
            for (int k = 0; k < d.exclude().size(); k++) {
                String code = d.exclude().get(k);
                if (knownCountry(at + "/exclude/" + k, code, scope)) {
                    members.remove(code);
                } else {
                    known = false;
                }
            }
            String hub = d.hub();
            if (hub != null && !knownCountry(at + "/hub", hub, scope) || !known) {
                return null;
            }
            if (members.size() < 2) {
                problems.at(at, "scope '" + d.name() + "' has " + members.size() + " member(s) " + members
                        + "; a network needs at least two (give countries and/or regions, minus exclude)");
                return null;
            }
            if (hub != null && !members.contains(hub)) {
                problems.at(at + "/hub", "hub '" + hub + "' is not a member of scope '" + d.name() + "'; members: " + String.join(", ", members));
                return null;
            }
            return new Scope(d.name(), d.description(), Collections.unmodifiableSortedSet(members), hub);
        }

        /** Whether the code is in the registry; records the problem when it is not. */
        private boolean knownCountry(String pointer, String code, String scope) {
            if (countries.isKnown(code)) {
                return true;
            }
            String hint = countries.isKnown(code.toUpperCase(Locale.ROOT)) ? "; codes are upper case: '" + code.toUpperCase(Locale.ROOT) + "'" : "";
            problems.at(pointer, "'" + code + "' is not a known ISO-3166 alpha-3 country code" + scope + hint);
            return false;
        }
    }
}
