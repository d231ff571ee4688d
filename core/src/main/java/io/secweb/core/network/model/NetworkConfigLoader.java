package io.secweb.core.network.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.secweb.core.config.ConfigException;
import io.secweb.core.network.model.NetworkSettings.ScopeDefinition;
import io.secweb.schemas.country.Country;
import io.secweb.schemas.country.CountryRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads and validates the network configuration ({@code deploy/config/network.yaml}) into a {@link NetworkConfig}.
 * Like {@link io.secweb.core.config.ConfigLoader}, every refusal is a {@link ConfigException} naming the file, the line
 * and the key: unknown keys, values of the wrong kind, negative weights, non-positive half-lives and windows, unknown
 * country codes and region tags, a hub that is not a member, duplicate scope names. Absent settings take the defaults
 * of {@link NetworkSettings}; scopes have no defaults: a file lists at least one.
 */
public final class NetworkConfigLoader {
    /** Classpath location of the shipped configuration, a copy of deploy/config/network.yaml. */
    public static final String BUNDLED = "/secweb/config/network.yaml";

    private static final String SCOPE_NAME = "[a-z0-9][a-z0-9-]*";

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

    private static ObjectMapper mapper() {
        return YAMLMapper.builder(new YAMLFactory())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    public static NetworkConfig load(Path file) {
        return load(file, CountryRegistry.bundled());
    }

    public static NetworkConfig load(Path file, CountryRegistry countries) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file " + file + " does not exist");
        } catch (IOException e) {
            throw new ConfigException("config file " + file + " cannot be read: " + e.getMessage());
        }
        return parse(text, file.toString(), countries);
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
     * @throws ConfigException saying what is wrong, where
     */
    public static NetworkConfig parse(String yaml, String name, CountryRegistry countries) {
        NetworkFile file;
        try {
            boolean onlyComments = yaml.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"));
            file = onlyComments ? null : mapper().readValue(yaml, NetworkFile.class);
        } catch (UnrecognizedPropertyException e) {
            Key key = Key.of(e.getPath());
            throw new ConfigException(at(name, yaml, key, e) + "unknown key '" + e.getPropertyName() + "'" + under(key)
                    + "; known keys there: " + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        } catch (InvalidFormatException e) {
            throw new ConfigException(at(name, yaml, Key.of(e.getPath()), e) + "'" + e.getValue() + "' is not a valid value for '"
                    + Key.of(e.getPath()).display() + "'" + expectation(e.getTargetType()));
        } catch (MismatchedInputException e) {
            throw new ConfigException(at(name, yaml, Key.of(e.getPath()), e) + "wrong kind of value for '" + Key.of(e.getPath()).display()
                    + "'" + expectation(e.getTargetType()));
        } catch (JsonMappingException e) {
            throw new ConfigException(at(name, yaml, Key.of(e.getPath()), e) + "cannot use the value of '" + Key.of(e.getPath()).display()
                    + "': " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ConfigException(where(name, e) + "not valid YAML: " + e.getOriginalMessage());
        }
        if (file == null) {
            file = new NetworkFile(null, null, null, null, null, null, null, null, null);
        }
        Validation v = new Validation(name, yaml, countries);
        NetworkSettings settings = file.settings();
        v.settings(settings);
        List<Scope> scopes = v.scopes(file.scopes());
        return new NetworkConfig(settings, scopes);
    }

    /** Semantic checks, each naming the line of the offending key. */
    private static final class Validation {
        private final String name;
        private final String yaml;
        private final CountryRegistry countries;
        private Map<String, Integer> lines;

        Validation(String name, String yaml, CountryRegistry countries) {
            this.name = name;
            this.yaml = yaml;
            this.countries = countries;
        }

        private Map<String, Integer> lines() {
            if (lines == null) {
                lines = lineIndex(yaml);
            }
            return lines;
        }

        private ConfigException error(Key key, String message) {
            Integer line = key.lineIn(lines());
            return new ConfigException("config " + name + (line == null ? "" : ", line " + line) + ": " + message);
        }

        void settings(NetworkSettings s) {
            Key agreements = Key.ROOT.field("agreements").field("weights");
            s.agreements().weights().byKind().forEach((kind, w) -> weight(agreements.field(kind), w));
            fraction(Key.ROOT.field("agreements").field("termination_notice_factor"), s.agreements().terminationNoticeFactor());
            Key exercises = Key.ROOT.field("exercises");
            s.exercises().scaleWeights().byScale().forEach((scale, w) -> weight(exercises.field("scale_weights").field(scale), w));
            s.exercises().roleFactors().byRole().forEach((role, w) -> weight(exercises.field("role_factors").field(role), w));
            positive(exercises.field("half_life_days"), s.exercises().halfLifeDays());
            positive(exercises.field("window_days"), s.exercises().windowDays());
            Key dialogues = Key.ROOT.field("dialogues");
            s.dialogues().levelWeights().byLevel().forEach((level, w) -> weight(dialogues.field("level_weights").field(level), w));
            positive(dialogues.field("half_life_days"), s.dialogues().halfLifeDays());
            positive(dialogues.field("window_days"), s.dialogues().windowDays());
            positive(dialogues.field("not_held_window_days"), s.dialogues().notHeldWindowDays());
            Key news = Key.ROOT.field("news");
            weight(news.field("weight_factor"), s.news().weightFactor());
            for (int i = 0; i < s.news().datasets().size(); i++) {
                String d = s.news().datasets().get(i);
                if (d == null || d.isBlank()) {
                    throw error(news.field("datasets").index(i), "news.datasets[" + i + "] must name a dataset (e.g. icews)");
                }
            }
            Key coercion = Key.ROOT.field("coercion");
            s.coercion().severityWeights().bySeverity().forEach((sev, w) -> weight(coercion.field("severity_weights").field(sev), w));
            positive(coercion.field("half_life_days"), s.coercion().halfLifeDays());
            positive(coercion.field("window_days"), s.coercion().windowDays());
            weight(Key.ROOT.field("tie_floor"), s.tieFloor());
            positive(Key.ROOT.field("groups_window_days"), s.groupsWindowDays());
            positive(Key.ROOT.field("ties_lost_window_days"), s.tiesLostWindowDays());
        }

        private void weight(Key key, double w) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw error(key, key.display() + " must be a number not below 0, got " + w);
            }
        }

        private void fraction(Key key, double f) {
            if (!(f >= 0 && f <= 1)) {
                throw error(key, key.display() + " must be a number from 0 to 1, got " + f);
            }
        }

        private void positive(Key key, int days) {
            if (days <= 0) {
                throw error(key, key.display() + " must be a positive number of days, got " + days);
            }
        }

        List<Scope> scopes(List<ScopeDefinition> defs) {
            if (defs == null || defs.isEmpty()) {
                throw error(Key.ROOT.field("scopes"), "no scopes: list at least one under 'scopes' (name, countries and/or regions)");
            }
            Set<String> tags = new TreeSet<>();
            countries.all().forEach(c -> tags.addAll(c.regions()));
            Map<String, Key> seen = new HashMap<>();
            List<Scope> out = new ArrayList<>();
            for (int i = 0; i < defs.size(); i++) {
                Key at = Key.ROOT.field("scopes").index(i);
                ScopeDefinition d = defs.get(i);
                if (d == null) {
                    throw error(at, at.display() + " is empty; a scope needs at least a name and members");
                }
                if (d.name() == null || d.name().isBlank()) {
                    throw error(at, at.display() + " has no name");
                }
                if (!d.name().matches(SCOPE_NAME)) {
                    throw error(at.field("name"), at.field("name").display() + ": scope name '" + d.name()
                            + "' must be lower-case letters, digits and '-' (it becomes part of document ids)");
                }
                Key first = seen.putIfAbsent(d.name(), at.field("name"));
                if (first != null) {
                    Integer firstLine = first.lineIn(lines());
                    throw error(at.field("name"), "duplicate scope name '" + d.name() + "'"
                            + (firstLine == null ? "" : " (first defined at line " + firstLine + ")"));
                }
                out.add(resolve(d, at, tags));
            }
            return out;
        }

        private Scope resolve(ScopeDefinition d, Key at, Set<String> tags) {
            String scope = " (scope '" + d.name() + "')";
            TreeSet<String> members = new TreeSet<>();
            for (int k = 0; k < d.countries().size(); k++) {
                members.add(knownCountry(at.field("countries").index(k), d.countries().get(k), scope));
            }
            for (int k = 0; k < d.regions().size(); k++) {
                String tag = d.regions().get(k);
                if (tag == null || !tags.contains(tag)) {
                    Key key = at.field("regions").index(k);
                    throw error(key, key.display() + ": unknown region tag '" + tag + "'" + scope + "; known tags: " + String.join(", ", tags));
                }
                countries.all().stream().filter(c -> c.inRegion(tag)).map(Country::iso3).forEach(members::add);
            }
            for (int k = 0; k < d.exclude().size(); k++) {
                members.remove(knownCountry(at.field("exclude").index(k), d.exclude().get(k), scope));
            }
            if (members.size() < 2) {
                throw error(at.field("name"), "scope '" + d.name() + "' has " + members.size() + " member(s) " + members
                        + "; a network needs at least two (give countries and/or regions, minus exclude)");
            }
            String hub = d.hub();
            if (hub != null) {
                knownCountry(at.field("hub"), hub, scope);
                if (!members.contains(hub)) {
                    throw error(at.field("hub"), at.field("hub").display() + ": hub '" + hub + "' is not a member of scope '" + d.name()
                            + "'; members: " + String.join(", ", members));
                }
            }
            return new Scope(d.name(), d.description(), Collections.unmodifiableSortedSet(members), hub);
        }

        private String knownCountry(Key key, String code, String scope) {
            if (code != null && countries.isKnown(code)) {
                return code;
            }
            String hint = "";
            if (code != null && countries.isKnown(code.toUpperCase(Locale.ROOT))) {
                hint = "; codes are upper case: '" + code.toUpperCase(Locale.ROOT) + "'";
            }
            throw error(key, key.display() + ": '" + code + "' is not a known ISO-3166 alpha-3 country code" + scope + hint);
        }
    }

    /**
     * The line of every key and list element, by JSON pointer ({@code /scopes/1/countries/2}), read from the YAML
     * token stream so that a message can point at the offending line even for checks made after parsing.
     */
    static Map<String, Integer> lineIndex(String yaml) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = new YAMLFactory().createParser(yaml)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer;
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    // the parser has entered the new container; its path is that of its parent's current slot
                    pointer = p.getParsingContext().getParent() == null ? "" : p.getParsingContext().getParent().pathAsPointer().toString();
                } else {
                    pointer = p.getParsingContext().pathAsPointer().toString();
                }
                lines.putIfAbsent(pointer, p.currentTokenLocation().getLineNr());
            }
        } catch (IOException e) {
            // not valid YAML: parsing has already said so, or the lines found so far are all there is
        }
        return lines;
    }

    /** A key in the file, both as JSON pointer (for the line index) and as people read it ({@code scopes[1].hub}). */
    private record Key(String pointer, String display) {
        static final Key ROOT = new Key("", "");

        Key field(String name) {
            return new Key(pointer + "/" + name, display.isEmpty() ? name : display + "." + name);
        }

        Key index(int i) {
            return new Key(pointer + "/" + i, display + "[" + i + "]");
        }

        static Key of(List<JsonMappingException.Reference> path) {
            Key k = ROOT;
            for (JsonMappingException.Reference r : path) {
                k = r.getFieldName() != null ? k.field(r.getFieldName()) : k.index(r.getIndex());
            }
            return k;
        }

        Key parent() {
            int p = pointer.lastIndexOf('/');
            if (p < 0) {
                return ROOT;
            }
            int d = Math.max(display.lastIndexOf('.'), display.lastIndexOf('['));
            return new Key(pointer.substring(0, p), d < 0 ? "" : display.substring(0, d));
        }

        /** The line of this key, or of the nearest enclosing key the file has; null when none. */
        Integer lineIn(Map<String, Integer> lines) {
            for (Key k = this; !k.pointer.isEmpty(); k = k.parent()) {
                Integer line = lines.get(k.pointer);
                if (line != null) {
                    return line;
                }
            }
            return null;
        }
    }

    private static String at(String name, String yaml, Key key, JsonProcessingException e) {
        Integer line = key.lineIn(lineIndex(yaml));
        if (line == null) {
            return where(name, e);
        }
        return "config " + name + ", line " + line + ": ";
    }

    private static String where(String name, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        return "config " + name + (loc != null && loc.getLineNr() > 0 ? ", line " + loc.getLineNr() : "") + ": ";
    }

    private static String under(Key key) {
        Key parent = key.parent();
        return parent.display().isEmpty() ? " at the top level" : " under '" + parent.display() + "'";
    }

    private static String expectation(Class<?> type) {
        if (type == null) {
            return "";
        }
        if (type == Integer.class || type == int.class) {
            return " (expected a whole number)";
        }
        if (type == Double.class || type == double.class) {
            return " (expected a number)";
        }
        if (type == String.class) {
            return " (expected text)";
        }
        if (List.class.isAssignableFrom(type)) {
            return " (expected a list)";
        }
        if (type.isRecord()) {
            return " (expected a mapping of keys to values)";
        }
        return " (expected " + type.getSimpleName() + ")";
    }
}
