package io.secweb.core.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations as people write them in configuration: {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, {@code 7d}. */
public final class Durations {
    private static final Pattern FORMAT = Pattern.compile("^\\s*(\\d+)\\s*(ms|s|m|h|d)\\s*$");

    private Durations() {}

    public static Duration parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write a number and a unit: ms, s, m, h or d (e.g. 500ms, 10s)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    /** A duration as configuration writes it, in its largest exact unit: {@code 500ms}, {@code 10s}, {@code 2m}, {@code 7d}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms != 0 && ms % 86_400_000 == 0) {
            return ms / 86_400_000 + "d";
        }
        if (ms != 0 && ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms != 0 && ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
}
