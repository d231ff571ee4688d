package io.secweb.core.feed.adapters;

import io.secweb.schemas.country.CountryRegistry;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;

/**
 * GDELT 2.0 event exports (Leetaru, K. and Schrodt, P.A. (2013), GDELT: Global Data on Events, Location and Tone; the
 * GDELT 2.0 Event Database codebook) as published: the 15-minute {@code *.export.CSV} files, tab-separated, no header,
 * 61 columns in the order of {@link #COLUMNS}. Actors are CAMEO actor codes with a CAMEO country code (ISO-3166
 * alpha-3) and up to three actor type codes (GOV, MIL, COP, CVL, BUS, MED, CRM, REB, …); each row is one event GDELT
 * has already de-duplicated within its window, with NumSources distinct sources and a SOURCEURL. What a row becomes is
 * {@link NewsEventAdapter}'s business; here the columns are read.
 */
public final class GdeltAdapter extends NewsEventAdapter {
    public static final String FORMAT = "gdelt";
    /** The 61 columns of a GDELT 2.0 event export, in file order. */
    static final List<String> COLUMNS = columns();
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    static final int GLOBALEVENTID = 0;
    static final int SQLDATE = 1;
    static final int ACTOR1 = 5;
    static final int ACTOR2 = 15;
    static final int EVENT_CODE = 26;
    static final int NUM_SOURCES = 32;
    static final int SOURCEURL = 60;

    public GdeltAdapter() {
        this(CountryRegistry.bundled(), DEFAULT_DAILY_CAP);
    }

    public GdeltAdapter(CountryRegistry registry, int dailyCap) {
        super(registry, FORMAT, "GDELT 2.0 event exports (61 tab-separated columns, no header) -> dialogues, cooperation and coercion "
                + "between state actors", "GDELT 2.0 event export", dailyCap);
    }

    /** A first line of 61 tab-separated fields that starts with an event id and a YYYYMMDD day. */
    @Override
    public boolean recognises(Path file, String firstLine) {
        String[] f = TsvFile.fields(firstLine);
        return f.length == COLUMNS.size() && f[GLOBALEVENTID].matches("\\d+") && f[SQLDATE].matches("\\d{8}");
    }

    @Override
    protected int readRows(Path file, Consumer<Object> rows) throws IOException {
        int n = 0;
        try (TsvFile tsv = TsvFile.open(file, FORMAT, COLUMNS.size())) {
            for (String[] f = tsv.next(); f != null; f = tsv.next()) {
                if (n == 0 && !f[GLOBALEVENTID].matches("\\d+")) {
                    throw new AdapterException(file + " line " + tsv.line() + ": not in the " + FORMAT + " format: expected an event id, found '"
                            + f[GLOBALEVENTID] + "' (GDELT event exports have no header line)");
                }
                n++;
                rows.accept(row(f));
            }
        }
        return n;
    }

    private Object row(String[] f) {
        LocalDate day;
        try {
            day = LocalDate.parse(f[SQLDATE], BASIC);
        } catch (DateTimeParseException e) {
            return "malformed date";
        }
        String code = code(f[EVENT_CODE]);
        if (code == null) {
            return "malformed CAMEO code";
        }
        if (f[ACTOR1].isBlank() || f[ACTOR2].isBlank()) {
            return "event without two actors";
        }
        int sources;
        try {
            sources = Math.max(1, Integer.parseInt(f[NUM_SOURCES]));
        } catch (NumberFormatException e) {
            sources = 1;
        }
        String url = f[SOURCEURL].isBlank() ? null : f[SOURCEURL];
        return new NewsRow(day, actor(f, ACTOR1), actor(f, ACTOR2), code, f[GLOBALEVENTID], sources, url);
    }

    /** The actor whose ten columns start at {@code at}: code, name, country, known group, ethnic, two religions, three types. */
    private NewsActor actor(String[] f, int at) {
        String name = f[at + 1];
        String country = f[at + 2];
        List<String> types = List.of(f[at + 7], f[at + 8], f[at + 9]);
        if (country.isBlank()) {
            return NewsActor.gdelt(name, null, "actor without a country", types);
        }
        if (!registry.isKnown(country)) {
            return NewsActor.gdelt(name, null, "unknown country code '" + country + "'", types);
        }
        return NewsActor.gdelt(name, country, null, types);
    }

    private static List<String> columns() {
        List<String> actor = List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                "Type1Code", "Type2Code", "Type3Code");
        List<String> geo = List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID");
        java.util.ArrayList<String> c = new java.util.ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
        actor.forEach(a -> c.add("Actor1" + a));
        actor.forEach(a -> c.add("Actor2" + a));
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
                "NumSources", "NumArticles", "AvgTone"));
        for (String g : List.of("Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
            geo.forEach(x -> c.add(g + x));
        }
        c.add("DATEADDED");
        c.add("SOURCEURL");
        return List.copyOf(c);
    }
}
