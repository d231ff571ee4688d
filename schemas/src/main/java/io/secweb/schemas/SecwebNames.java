package io.secweb.schemas;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;

/** Every Kafka topic and Elasticsearch index name in one place ({@link Topics} adds a namespace to the topics). */
public final class SecwebNames {
    public static final String FEED_EXERCISES = "secweb.feed.exercises";
    public static final String FEED_AGREEMENTS = "secweb.feed.agreements";
    public static final String FEED_COERCION = "secweb.feed.coercion";
    public static final String FEED_DIALOGUES = "secweb.feed.dialogues";

    public static final String EVENTS_TOPIC = "secweb.events";
    public static final String DEADLETTER_TOPIC = "secweb.deadletter";
    public static final String INDICATORS_TOPIC = "secweb.indicators";
    public static final String ALERTS_TOPIC = "secweb.alerts";
    /** Control topic of the alerts job: key = rule id, value = the rule file's text (YAML), empty value = delete. */
    public static final String ALERT_RULES_TOPIC = "secweb.alert-rules";

    /** Index kinds; each has indices {@code <prefix>-<kind>-<yyyy>} and an alias {@code <prefix>-<kind>}. */
    public static final String EVENTS = "events";
    public static final String DEADLETTER = "deadletter";
    public static final String INDICATORS = "indicators";
    public static final String ALERTS = "alerts";
    public static final List<String> INDEX_KINDS = List.of(EVENTS, DEADLETTER, INDICATORS, ALERTS);

    /** The live index prefix; tests and replays use their own prefix so they never touch live data. */
    public static final String LIVE_INDEX_PREFIX = "secweb";

    /**
     * Index prefix of a replay run, {@code secweb-replay-<run>}. A run gets one index per kind,
     * {@code secweb-replay-<run>-<kind>-run}, behind the alias {@code secweb-replay-<run>-<kind>}: years of history in a
     * run must not spend the node's shard budget, and deleting a run's indices drops it.
     */
    public static final String REPLAY_PREFIX = "secweb-replay-";

    private SecwebNames() {}

    public static String alias(String prefix, String kind) {
        return prefix + "-" + kind;
    }

    /** The index a document of {@code year} goes to: yearly indices, except one index per kind for a replay run. */
    public static String index(String prefix, String kind, int year) {
        return prefix + "-" + kind + "-" + (isReplayRun(prefix) ? "run" : Integer.toString(year));
    }

    public static boolean isReplayRun(String prefix) {
        return prefix.startsWith(REPLAY_PREFIX);
    }

    public static String replayPrefix(String runId) {
        return REPLAY_PREFIX + runId;
    }

    public static String index(String prefix, String kind, LocalDate day) {
        return index(prefix, kind, day.getYear());
    }

    public static String index(String prefix, String kind, Instant time) {
        return index(prefix, kind, time.atZone(ZoneOffset.UTC).getYear());
    }

    /** Name of the bundled index template for a kind, as installed in Elasticsearch. */
    public static String templateName(String prefix, String kind) {
        return prefix + "-" + kind;
    }
}
