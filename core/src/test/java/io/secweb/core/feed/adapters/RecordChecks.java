package io.secweb.core.feed.adapters;

import io.secweb.core.ingest.FeedEventNormaliser;
import io.secweb.schemas.Topics;
import io.secweb.schemas.codec.FeedEventValidator;
import io.secweb.schemas.codec.MalformedJsonException;
import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.country.CountryRegistry;
import io.secweb.schemas.event.FeedEvent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks every adapter's records must pass: the JSON Schema, the ingest job's normaliser, unique ids. */
final class RecordChecks {
    private static final FeedEventValidator VALIDATOR = FeedEventValidator.forFeedEvents();
    private static final FeedEventNormaliser NORMALISER = new FeedEventNormaliser(CountryRegistry.bundled(), Topics.live(), 30,
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    private RecordChecks() {}

    /** Every record, written with SecwebJson, validates against schemas/json and is accepted by the ingest normaliser. */
    static void assertAllValid(List<FeedEvent> events) {
        List<String> problems = new ArrayList<>();
        for (FeedEvent e : events) {
            try {
                List<String> errors = VALIDATOR.validate(SecwebJson.readTree(SecwebJson.write(e)));
                if (!errors.isEmpty()) {
                    problems.add(e.id() + ": " + errors);
                }
            } catch (MalformedJsonException ex) {
                problems.add(e.id() + ": " + ex.getMessage());
            }
            FeedEventNormaliser.Result normalised = NORMALISER.normalise(e, null);
            if (normalised.rejection() != null) {
                problems.add(e.id() + ": rejected by the normaliser: " + normalised.rejection());
            }
        }
        assertThat(problems).as("invalid records").isEmpty();
    }

    static void assertUniqueIds(List<FeedEvent> events) {
        Set<String> seen = new HashSet<>();
        List<String> repeated = events.stream().map(FeedEvent::id).filter(id -> !seen.add(id)).toList();
        assertThat(repeated).as("repeated ids").isEmpty();
    }

    static Map<String, FeedEvent> byId(List<FeedEvent> events) {
        return events.stream().collect(Collectors.toMap(FeedEvent::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    static FeedEvent only(List<FeedEvent> events, String id) {
        Optional<FeedEvent> e = events.stream().filter(x -> x.id().equals(id)).findFirst();
        assertThat(e).as("record " + id).isPresent();
        return e.get();
    }

    static List<String> countries(FeedEvent e) {
        return e.participants().stream().map(p -> p.country()).toList();
    }

    /** A test resource under adapters/. */
    static Path fixture(String name) {
        Path p = Path.of("src/test/resources/adapters").resolve(name);
        assertThat(p).as("fixture").isReadable();
        return p;
    }

    /** Writes the lines to a new file in dir (for malformed variants of a fixture). */
    static Path write(Path dir, String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    static String firstLine(Path file) throws IOException {
        return Files.readAllLines(file).get(0);
    }
}
