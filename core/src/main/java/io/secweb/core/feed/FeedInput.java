package io.secweb.core.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.config.ConfigException;
import io.secweb.core.feed.adapters.AdapterException;
import io.secweb.core.feed.adapters.AdapterResult;
import io.secweb.core.feed.adapters.Adapters;
import io.secweb.core.feed.adapters.FeedAdapter;
import io.secweb.schemas.codec.MalformedJsonException;
import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.event.EventType;
import io.secweb.schemas.event.FeedEvent;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads feed files — canonical JSONL, or a public dataset through its adapter — into {@link ReplayRecord}s sorted by
 * event time (then id), within an optional date range (exercises and coercion starting in it; agreements signed up to
 * its end, since an agreement signed earlier can still be in force and its end records decide when it stops). Rows that cannot be placed in time are skipped and counted
 * with their reason; a file that is not of the format at all is an error naming the file and line.
 */
public final class FeedInput {
    public static final String CANONICAL = "canonical";

    private FeedInput() {}

    /** What was read: the records to publish, and what was skipped, by reason. */
    public record Loaded(List<ReplayRecord> records, Map<String, Integer> skipped, Map<String, String> formats) {
        public int skippedTotal() {
            return skipped.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public static Loaded load(List<Path> files, String format, LocalDate from, LocalDate to) {
        List<ReplayRecord> records = new ArrayList<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        Map<String, String> formats = new LinkedHashMap<>();
        for (Path file : files) {
            String fmt = format != null ? format : detect(file);
            formats.put(file.toString(), fmt);
            if (fmt.equals(CANONICAL)) {
                readCanonical(file, records, skipped);
            } else {
                FeedAdapter adapter = Adapters.byFormat(fmt).orElseThrow(() -> new ConfigException("unknown format '" + fmt
                        + "'; formats: " + formatsList()));
                try {
                    AdapterResult r = adapter.read(file);
                    r.skipped().forEach((reason, n) -> skipped.merge(fmt + ": " + reason, n, Integer::sum));
                    for (FeedEvent e : r.events()) {
                        records.add(new ReplayRecord(e.start(), e.type(), e.id(), SecwebJson.write(e)));
                    }
                } catch (NoSuchFileException e) {
                    throw new ConfigException("feed file " + file + " does not exist");
                } catch (IOException e) {
                    throw new ConfigException("feed file " + file + " cannot be read: " + e.getMessage());
                } catch (AdapterException e) {
                    throw new ConfigException(e.getMessage());
                }
            }
        }
        List<ReplayRecord> inRange = new ArrayList<>();
        for (ReplayRecord r : records) {
            // agreements signed before --from are standing stock (an alliance of 1951 still ties in 2000): keep them
            boolean before = from != null && r.start().isBefore(from) && r.type() != EventType.AGREEMENT;
            if (before || to != null && r.start().isAfter(to)) {
                skipped.merge("outside --from/--to", 1, Integer::sum);
            } else {
                inRange.add(r);
            }
        }
        inRange.sort(Comparator.comparing(ReplayRecord::start).thenComparing(ReplayRecord::id));
        return new Loaded(inRange, skipped, formats);
    }

    public static String formatsList() {
        List<String> names = new ArrayList<>(List.of(CANONICAL));
        Adapters.all().forEach(a -> names.add(a.format()));
        return String.join(", ", names);
    }

    /** The format of a file: an adapter that recognises its first line, else canonical for .jsonl/.json files. */
    static String detect(Path file) {
        String first;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            first = Optional.ofNullable(r.readLine()).orElse("");
        } catch (NoSuchFileException e) {
            throw new ConfigException("feed file " + file + " does not exist");
        } catch (IOException e) {
            throw new ConfigException("feed file " + file + " cannot be read: " + e.getMessage());
        }
        if (first.startsWith("\uFEFF")) {
            first = first.substring(1);
        }
        for (FeedAdapter a : Adapters.all()) {
            if (a.recognises(file, first)) {
                return a.format();
            }
        }
        if (first.strip().startsWith("{")) {
            return CANONICAL;
        }
        throw new ConfigException("cannot tell the format of " + file + " from its first line; name it with --format (one of "
                + formatsList() + ")");
    }

    private static void readCanonical(Path file, List<ReplayRecord> out, Map<String, Integer> skipped) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException("feed file " + file + " does not exist");
        } catch (IOException e) {
            throw new ConfigException("feed file " + file + " is not UTF-8 text (" + e.getMessage() + ")");
        }
        int good = 0;
        List<String> firstProblems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String where = file + " line " + (i + 1);
            try {
                JsonNode tree = SecwebJson.readTree(line);
                EventType type = SecwebJson.mapper().convertValue(tree.path("type"), EventType.class);
                String id = tree.path("id").asText("");
                if (type == null) {
                    throw new IllegalArgumentException("field 'type' is missing or not exercise/agreement/coercion");
                }
                LocalDate start = LocalDate.parse(tree.path("start").asText(""));
                out.add(new ReplayRecord(start, type, id, line));
                good++;
            } catch (MalformedJsonException e) {
                skip(skipped, firstProblems, where + ": not JSON (" + e.getMessage() + ")");
            } catch (DateTimeParseException e) {
                skip(skipped, firstProblems, where + ": field 'start' is missing or not a date (YYYY-MM-DD)");
            } catch (IllegalArgumentException e) {
                skip(skipped, firstProblems, where + ": " + e.getMessage().lines().findFirst().orElse("bad record"));
            }
        }
        if (good == 0 && !firstProblems.isEmpty()) {
            throw new ConfigException("no usable record in " + file + " (is it a canonical JSONL feed?): " + firstProblems.get(0));
        }
    }

    private static void skip(Map<String, Integer> skipped, List<String> problems, String problem) {
        problems.add(problem);
        skipped.merge(problem, 1, Integer::sum);
    }
}
