package io.secweb.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bundled sample feed and small hand-written records for tests. */
public final class Feeds {
    private Feeds() {}

    /** deploy/local/feeds/sample.jsonl, one JSON record per element. */
    public static List<String> sample() {
        // from the jobs module (tests) or from the repository root (./secweb bench)
        Path p = Path.of("../deploy/local/feeds/sample.jsonl");
        if (!Files.exists(p)) {
            p = Path.of("deploy/local/feeds/sample.jsonl");
        }
        try {
            return Files.readAllLines(p).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the sample feed is read from " + p.toAbsolutePath(), e);
        }
    }

    public static String exercise(String id, int revision, String name, String... countries) {
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < countries.length; i++) {
            parts.append(i == 0 ? "" : ",").append("{\"country\":\"").append(countries[i]).append("\",\"role\":\"")
                    .append(i == 0 ? "host" : "participant").append("\"}");
        }
        return """
                {"id":"%s","revision":%d,"type":"exercise","start":"2024-04-22","end":"2024-05-10","participants":[%s],
                 "source":{"name":"test","url":"https://example.org/%s"},"exercise":{"name":"%s","domains":["sea"],"scale":"large"}}"""
                .formatted(id, revision, parts, id, name).replace("\n", "");
    }

    public static String coercion(String id, int severity, String initiator, String target) {
        return """
                {"id":"%s","revision":1,"type":"coercion","start":"2024-06-17","participants":[{"country":"%s","role":"initiator"},
                 {"country":"%s","role":"target"}],"source":{"name":"test"},"coercion":{"kind":"maritime_gray_zone","severity":%d}}"""
                .formatted(id, initiator, target, severity).replace("\n", "");
    }
}
