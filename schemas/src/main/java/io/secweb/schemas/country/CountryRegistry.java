package io.secweb.schemas.country;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The country registry (schemas/data/countries.csv): ISO-3166 alpha-3 codes, names, COW codes, region tags.
 * Immutable and thread-safe.
 */
public final class CountryRegistry {
    public static final String RESOURCE = "/secweb/schemas/data/countries.csv";
    private static final String HEADER = "iso3,name,cow_code,regions";

    private final Map<String, Country> byIso3;
    private final Map<Integer, Country> byCow;

    private CountryRegistry(Map<String, Country> byIso3, Map<Integer, Country> byCow) {
        this.byIso3 = Collections.unmodifiableMap(byIso3);
        this.byCow = Collections.unmodifiableMap(byCow);
    }

    private static final class Holder {
        static final CountryRegistry BUNDLED = load();
    }

    /** The registry bundled with secweb. */
    public static CountryRegistry bundled() {
        return Holder.BUNDLED;
    }

    private static CountryRegistry load() {
        try (InputStream in = CountryRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("country registry " + RESOURCE + " is not on the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CountryRegistry parse(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (!HEADER.equals(header)) {
            throw new IllegalStateException("country registry: expected header '" + HEADER + "' but found '" + header + "'");
        }
        Map<String, Country> byIso3 = new LinkedHashMap<>();
        Map<Integer, Country> byCow = new HashMap<>();
        String line;
        int lineNo = 1;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 4) {
                throw new IllegalStateException("country registry line " + lineNo + ": expected 4 fields, found " + f.length);
            }
            Integer cow = f[2].isEmpty() ? null : Integer.valueOf(f[2]);
            Set<String> regions = new LinkedHashSet<>(Arrays.asList(f[3].split(";")));
            regions.remove("");
            Country c = new Country(f[0], f[1], cow, Collections.unmodifiableSet(regions));
            if (byIso3.put(c.iso3(), c) != null) {
                throw new IllegalStateException("country registry line " + lineNo + ": duplicate code " + c.iso3());
            }
            if (cow != null && byCow.put(cow, c) != null) {
                throw new IllegalStateException("country registry line " + lineNo + ": duplicate COW code " + cow);
            }
        }
        return new CountryRegistry(byIso3, byCow);
    }

    public Optional<Country> byIso3(String iso3) {
        return Optional.ofNullable(byIso3.get(iso3));
    }

    public Optional<Country> byCowCode(int cowCode) {
        return Optional.ofNullable(byCow.get(cowCode));
    }

    public boolean isKnown(String iso3) {
        return byIso3.containsKey(iso3);
    }

    public Collection<Country> all() {
        return byIso3.values();
    }
}
