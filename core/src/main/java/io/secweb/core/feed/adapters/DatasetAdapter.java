package io.secweb.core.feed.adapters;

import io.secweb.schemas.country.Country;
import io.secweb.schemas.country.CountryRegistry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What every dataset adapter has in common: its format name, its one-line description, the country registry it
 * resolves codes and names against, and format detection by the columns its header must name.
 */
abstract class DatasetAdapter implements FeedAdapter {
    protected final CountryRegistry registry;
    private final String format;
    private final String description;
    private final List<String> signature;

    /** @param signature header columns that identify the format (compared case-insensitively) */
    protected DatasetAdapter(CountryRegistry registry, String format, String description, String... signature) {
        this.registry = registry;
        this.format = format;
        this.description = description;
        this.signature = List.of(signature).stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public final String format() {
        return format;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public boolean recognises(Path file, String firstLine) {
        return CsvFile.headerOf(firstLine).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList().containsAll(signature);
    }

    /** Two states given by Correlates of War codes. */
    protected record CowDyad(Country first, Country second) {}

    /**
     * The two states a row names by COW code in two columns, or the reason the row is skipped: "unknown country code
     * N" (no registry row), "same country on both sides", "not Indo-Pacific" (either state outside the region).
     */
    protected Object indoPacificDyad(CsvRow row, String column1, String column2) {
        int code1 = row.integer(column1);
        int code2 = row.integer(column2);
        Optional<Country> first = registry.byCowCode(code1);
        Optional<Country> second = registry.byCowCode(code2);
        if (first.isEmpty()) {
            return "unknown country code " + code1;
        }
        if (second.isEmpty()) {
            return "unknown country code " + code2;
        }
        if (code1 == code2) {
            return "same country on both sides";
        }
        if (!first.get().inRegion(MmeAdapter.INDO_PACIFIC) || !second.get().inRegion(MmeAdapter.INDO_PACIFIC)) {
            return "not Indo-Pacific";
        }
        return new CowDyad(first.get(), second.get());
    }

    /**
     * Reads every data row of a CSV file and returns how many there were. {@code map} turns a row into its outcome: a
     * String is the reason the row is skipped (counted in {@code skipped}); null means the mapper kept what it made
     * itself; anything else is handed to {@code accept}.
     */
    protected final int eachRow(Path file, List<String> required, boolean lenient, SkipTally skipped,
                                Function<CsvRow, Object> map, BiConsumer<CsvRow, Object> accept) throws IOException {
        int rows = 0;
        try (CsvFile csv = CsvFile.open(file, format, required, lenient)) {
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                rows++;
                Object outcome = map.apply(row);
                if (outcome instanceof String reason) {
                    skipped.add(reason);
                } else if (outcome != null) {
                    accept.accept(row, outcome);
                }
            }
        }
        return rows;
    }
}
