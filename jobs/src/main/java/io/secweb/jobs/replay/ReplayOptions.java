package io.secweb.jobs.replay;

import io.secweb.core.config.ConfigException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Command line shared by {@code ./secweb replay} and {@code ./secweb backfill}. */
public record ReplayOptions(List<Path> files, String format, LocalDate from, LocalDate to, double daysPerSecond, String runId,
                            boolean live, String kafka, String esUrl, Path config) {

    public static final String USAGE = """
            usage: ./secweb replay|backfill FILE... [options]
              --format F        canonical (JSONL), mme, dcad, atop, mie, csm, cameo, icews, gdelt (default: detected from the file)
              --from YYYY-MM-DD --to YYYY-MM-DD   only events starting in this range (agreements signed
                                before --from are kept: they may still be in force)
              --speed max|N     replay only: as fast as possible (default) or N event days per second
                                (a quiet stretch longer than 30 event days passes as 30)
              --run-id ID       name of the run (default: generated); results go to secweb-replay-<ID>-* indices
              --live            restate the live indices (and, for replay, publish to the live feed topics)
              --kafka HOST:PORT Kafka (default 127.0.0.1:9092, the local stack)
              --es-url URL      Elasticsearch (default http://127.0.0.1:9200)
              --config FILE     configuration (default deploy/config/local.yaml)""";

    public static ReplayOptions parse(String... args) {
        List<Path> files = new ArrayList<>();
        String format = null;
        LocalDate from = null;
        LocalDate to = null;
        double speed = 0;
        String runId = null;
        boolean live = false;
        String kafka = "127.0.0.1:9092";
        String esUrl = "http://127.0.0.1:9200";
        Path config = Path.of("deploy/config/local.yaml");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--format" -> format = value(args, ++i, a);
                case "--from" -> from = date(value(args, ++i, a), a);
                case "--to" -> to = date(value(args, ++i, a), a);
                case "--speed" -> speed = speed(value(args, ++i, a));
                case "--run-id" -> runId = runId(value(args, ++i, a));
                case "--live" -> live = true;
                case "--kafka" -> kafka = value(args, ++i, a);
                case "--es-url" -> esUrl = value(args, ++i, a);
                case "--config" -> config = Path.of(value(args, ++i, a));
                case "-h", "--help" -> throw new ConfigException(USAGE);
                default -> {
                    if (a.startsWith("--")) {
                        throw new ConfigException("unknown option '" + a + "'\n" + USAGE);
                    }
                    files.add(Path.of(a));
                }
            }
        }
        if (files.isEmpty()) {
            throw new ConfigException("name at least one feed file\n" + USAGE);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new ConfigException("--to " + to + " is before --from " + from);
        }
        if (live && runId != null) {
            throw new ConfigException("--live restates the live indices; it takes no --run-id");
        }
        return new ReplayOptions(files, format, from, to, speed, runId, live, kafka, esUrl, config);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new ConfigException("option " + option + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    private static LocalDate date(String v, String option) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new ConfigException("option " + option + " needs a date like 2020-01-31, got '" + v + "'");
        }
    }

    private static double speed(String v) {
        if (v.equals("max")) {
            return 0;
        }
        try {
            double d = Double.parseDouble(v);
            if (d > 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the message
        }
        throw new ConfigException("--speed takes 'max' or a positive number of event days per second, got '" + v + "'");
    }

    private static String runId(String v) {
        if (!v.matches("[a-z0-9][a-z0-9_-]{0,40}")) {
            throw new ConfigException("--run-id must be lower-case letters, digits, '-' or '_' (it names indices), got '" + v + "'");
        }
        return v;
    }
}
