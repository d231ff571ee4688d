package io.secweb.core.feed.adapters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every dataset adapter, by format name, and format detection from a file's first line. (The {@code canonical}
 * JSONL feed format is the replay command's own business, not an adapter.)
 */
public final class Adapters {
    private static final List<FeedAdapter> ALL = List.of(new MmeAdapter(), new DcadAdapter(), new AtopAdapter(),
            new MieAdapter(), new ChinaSanctionsAdapter(), new CameoAdapter(), new IcewsAdapter(), new GdeltAdapter());

    private Adapters() {}

    /** Every adapter, in a fixed order (the order of {@code --help}). Adapters are stateless and may be shared. */
    public static List<FeedAdapter> all() {
        return ALL;
    }

    /** The adapter of a format name ({@code mme}, {@code dcad}, …), case-insensitive. */
    public static Optional<FeedAdapter> byFormat(String format) {
        String wanted = format.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(a -> a.format().equals(wanted)).findFirst();
    }

    /** The first adapter that recognises a file by its first line (without a byte-order mark); empty when none does. */
    public static Optional<FeedAdapter> detect(Path file, String firstLine) {
        return ALL.stream().filter(a -> a.recognises(file, firstLine)).findFirst();
    }

    /** Like {@link #detect(Path, String)}, reading the first line of the file (UTF-8). */
    public static Optional<FeedAdapter> detect(Path file) throws IOException {
        return detect(file, CsvFile.firstLine(file));
    }
}
