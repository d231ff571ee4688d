package io.secweb.core.feed.adapters;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one public dataset format and maps its rows to canonical feed records (the envelope of
 * schemas/json/feed-event.schema.json). Every row is accounted for: mapped into one or more records, or skipped
 * with a reason. Adapters are plain Java and deterministic: the same file always gives the same records, in the same
 * order, with the same ids.
 */
public interface FeedAdapter {

    /** The name used with {@code ./secweb replay --format NAME}, e.g. {@code mme}. */
    String format();

    /** One line for {@code --help}: the dataset, its producers and what it maps to. */
    String description();

    /** True when the file looks like this format (header or extension), for format detection. */
    boolean recognises(Path file, String firstLine);

    /** Reads the whole file. Throws {@link AdapterException} for a file that is not of this format at all. */
    AdapterResult read(Path file) throws IOException;
}
