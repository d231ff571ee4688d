package io.secweb.dashboard;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The query parameters of one API request, validated: every accessor either returns a well-formed value or throws
 * {@link ApiException} (400) with a message naming the parameter, what it got and what it expects. Parameters an
 * endpoint does not know are refused too, so a typo never silently falls back to a default.
 */
public final class QueryParams {
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]+");
    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");

    private final Map<String, String> values;

    private QueryParams(Map<String, String> values) {
        this.values = values;
    }

    /** Parses a raw query string and refuses repeated parameters and any name outside {@code allowed}. */
    public static QueryParams parse(String rawQuery, Collection<String> allowed) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!allowed.contains(name)) {
                    throw ApiException.badRequest("unknown parameter '" + name + "'"
                            + (allowed.isEmpty() ? "; this endpoint takes none" : "; known parameters: " + String.join(", ", new TreeSet<>(allowed))));
                }
                if (values.put(name, value.strip()) != null) {
                    throw ApiException.badRequest("parameter '" + name + "' is given more than once");
                }
            }
        }
        return new QueryParams(values);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("the query string is not correctly percent-encoded: " + e.getMessage());
        }
    }

    public Optional<String> text(String name) {
        String v = values.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    public String required(String name) {
        return text(name).orElseThrow(() -> ApiException.badRequest("parameter '" + name + "' is required"));
    }

    public Optional<LocalDate> date(String name) {
        return text(name).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("parameter '" + name + "': '" + v + "' is not a date (expected yyyy-mm-dd, e.g. 2024-06-17)");
            }
        });
    }

    public Optional<String> oneOf(String name, Set<String> allowed) {
        return text(name).map(v -> {
            if (!allowed.contains(v)) {
                throw ApiException.badRequest("parameter '" + name + "': '" + v + "' is not one of " + String.join(", ", new TreeSet<>(allowed)));
            }
            return v;
        });
    }

    /** An ISO-3166 alpha-3 code, upper-cased. */
    public Optional<String> country(String name) {
        return text(name).map(v -> {
            String code = v.toUpperCase(java.util.Locale.ROOT);
            if (!ISO3.matcher(code).matches()) {
                throw ApiException.badRequest("parameter '" + name + "': '" + v + "' is not an ISO-3166 alpha-3 country code (e.g. PHL)");
            }
            return code;
        });
    }

    /** One or two ISO-3166 alpha-3 codes, comma-separated, upper-cased. */
    public Optional<List<String>> countries(String name) {
        return text(name).map(v -> {
            List<String> codes = new ArrayList<>();
            for (String c : v.split(",")) {
                String code = c.strip().toUpperCase(java.util.Locale.ROOT);
                if (!ISO3.matcher(code).matches()) {
                    throw ApiException.badRequest("parameter '" + name + "': '" + c.strip() + "' is not an ISO-3166 alpha-3 country code (e.g. PHL)");
                }
                codes.add(code);
            }
            if (codes.size() > 2) {
                throw ApiException.badRequest("parameter '" + name + "' takes one country or a pair (e.g. JPN,PHL), got " + codes.size());
            }
            return codes;
        });
    }

    public int integer(String name, int defaultValue, int min, int max) {
        return text(name).map(v -> {
            try {
                int n = Integer.parseInt(v);
                if (n < min || n > max) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("parameter '" + name + "': '" + v + "' is not a whole number between " + min + " and " + max);
            }
        }).orElse(defaultValue);
    }

    /** A comma-separated list of names, each from {@code known}. */
    public Optional<List<String>> names(String name, Collection<String> known) {
        return text(name).map(v -> {
            List<String> out = new ArrayList<>();
            for (String n : v.split(",")) {
                String s = n.strip();
                if (s.isEmpty()) {
                    continue;
                }
                if (!NAME.matcher(s).matches() || !known.contains(s)) {
                    throw ApiException.badRequest("parameter '" + name + "': unknown name '" + s + "'; known: " + String.join(", ", known));
                }
                out.add(s);
            }
            if (out.isEmpty()) {
                throw ApiException.badRequest("parameter '" + name + "' lists no names");
            }
            return out;
        });
    }

    /** A comma-separated list of event ids (at most 100). */
    public Optional<List<String>> eventIds(String name) {
        return text(name).map(v -> {
            List<String> ids = Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (ids.isEmpty() || ids.size() > 100) {
                throw ApiException.badRequest("parameter '" + name + "' takes 1 to 100 comma-separated event ids, got " + ids.size());
            }
            for (String id : ids) {
                if (!EVENT_ID.matcher(id).matches()) {
                    throw ApiException.badRequest("parameter '" + name + "': '" + id + "' is not an event id");
                }
            }
            return ids;
        });
    }
}
