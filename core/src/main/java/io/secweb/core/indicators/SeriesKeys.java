package io.secweb.core.indicators;

/** Names of the time series kept for baselines: one per scope indicator and per (country, indicator). */
public final class SeriesKeys {
    private SeriesKeys() {}

    public static String scope(String indicator) {
        return "scope|" + indicator;
    }

    public static String country(String iso3, String indicator) {
        return "country|" + iso3 + "|" + indicator;
    }
}
