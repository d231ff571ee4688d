package io.secweb.core.feed.adapters;

import io.secweb.schemas.country.CountryRegistry;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * ICEWS coded event data (Boschee, E. et al. (2015), <em>ICEWS Coded Event Data</em>, Harvard Dataverse,
 * doi:10.7910/DVN/28075) as published: tab-separated event files with a header line, one event per line, the columns
 * {@value #HEADER_TEXT}. Actors are named with their sectors ("Police,Government") and country names; events carry a
 * CAMEO code (written as a number, so that 042 appears as 42) and the publisher and story they were coded from. What
 * a row becomes, and why a row is skipped, is {@link NewsEventAdapter}'s business; here the columns are read: sources
 * are the distinct publishers (or, without one, stories) that reported an event.
 */
public final class IcewsAdapter extends NewsEventAdapter {
    public static final String FORMAT = "icews";
    static final String HEADER_TEXT = "Event ID, Event Date, Source Name, Source Sectors, Source Country, Event Text, CAMEO Code, Intensity, "
            + "Target Name, Target Sectors, Target Country, Story ID, Sentence Number, Publisher, City, District, Province, Country, "
            + "Latitude, Longitude";
    static final List<String> COLUMNS = List.of(HEADER_TEXT.split(", "));
    /** The columns the adapter reads; a file lacking one is not in the format. */
    static final List<String> REQUIRED = List.of("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
            "CAMEO Code", "Target Name", "Target Sectors", "Target Country", "Story ID", "Publisher");

    private final CountryNames names;

    public IcewsAdapter() {
        this(CountryRegistry.bundled(), DEFAULT_DAILY_CAP);
    }

    public IcewsAdapter(CountryRegistry registry, int dailyCap) {
        super(registry, FORMAT, "ICEWS coded event data (tab-separated event files) -> dialogues, cooperation and coercion between state actors",
                "ICEWS coded event data (Boschee et al. 2015)", dailyCap);
        this.names = new CountryNames(registry);
    }

    @Override
    public boolean recognises(Path file, String firstLine) {
        return TsvFile.header(firstLine).containsAll(REQUIRED);
    }

    @Override
    protected int readRows(Path file, Consumer<Object> rows) throws IOException {
        List<String> header = TsvFile.header(CsvFile.firstLine(file));
        List<String> missing = new ArrayList<>(REQUIRED);
        missing.removeAll(header);
        if (!missing.isEmpty()) {
            throw new AdapterException(file + " line 1: not in the " + FORMAT + " format: the header lacks " + missing + " (expected the "
                    + "tab-separated columns " + COLUMNS + ")");
        }
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.putIfAbsent(header.get(i), i);
        }
        int n = 0;
        try (TsvFile tsv = TsvFile.open(file, FORMAT, header.size())) {
            tsv.next(); // the header
            for (String[] f = tsv.next(); f != null; f = tsv.next()) {
                n++;
                rows.accept(row(f, col));
            }
        }
        return n;
    }

    private Object row(String[] f, Map<String, Integer> col) {
        LocalDate day;
        try {
            day = LocalDate.parse(f[col.get("Event Date")]);
        } catch (DateTimeParseException e) {
            return "malformed date";
        }
        String code = code(f[col.get("CAMEO Code")]);
        if (code == null) {
            return "malformed CAMEO code";
        }
        NewsActor source = actor(f[col.get("Source Name")], f[col.get("Source Sectors")], f[col.get("Source Country")]);
        NewsActor target = actor(f[col.get("Target Name")], f[col.get("Target Sectors")], f[col.get("Target Country")]);
        String publisher = f[col.get("Publisher")];
        String report = publisher.isBlank() ? "story " + f[col.get("Story ID")] : publisher;
        return new NewsRow(day, source, target, code, report, 1, null);
    }

    private NewsActor actor(String name, String sectors, String country) {
        if (country.isBlank()) {
            return NewsActor.icews(name, sectors, null, "actor without a country", false);
        }
        CountryNames.Resolution r = names.resolve(country);
        if (r instanceof CountryNames.State s) {
            return NewsActor.icews(name, sectors, s.iso3(), null, names.iso3(name).filter(s.iso3()::equals).isPresent());
        }
        String problem = r instanceof CountryNames.NotAState ? "not a state '" + country + "'" : "unknown country '" + country + "'";
        return NewsActor.icews(name, sectors, null, problem, false);
    }
}
