package io.secweb.schemas.country;

import java.util.Set;

/** A state: ISO-3166 alpha-3 code, common name, Correlates of War code (null when none), region tags. */
public record Country(String iso3, String name, Integer cowCode, Set<String> regions) {

    public boolean inRegion(String region) {
        return regions.contains(region);
    }
}
