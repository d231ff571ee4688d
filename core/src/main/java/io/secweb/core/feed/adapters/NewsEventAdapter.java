package io.secweb.core.feed.adapters;

import io.secweb.schemas.country.Country;
import io.secweb.schemas.country.CountryRegistry;
import io.secweb.schemas.event.AgreementBody;
import io.secweb.schemas.event.CoercionBody;
import io.secweb.schemas.event.DialogueBody;
import io.secweb.schemas.event.EventType;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Participant;
import io.secweb.schemas.event.Role;
import io.secweb.schemas.event.Source;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What the news-event adapters (ICEWS, GDELT) share once a row is read: the CAMEO mapping ({@link CameoCodes}), the
 * state-actor rule ({@link NewsActor}), folding of repeats, the daily cap, and building the records. Documented with
 * its mapping table in docs/NEWS-EVENTS.md.
 *
 * <h2>Rows, in order of the checks</h2>
 * A row is skipped, with its reason counted, when its CAMEO code is unmapped ("unmapped CAMEO code, root 01 (Make
 * public statement)"); when an actor has no country or one the registry does not know; when both actors are of the
 * same country; when either state is outside the Indo-Pacific; when an actor is not a state actor ("non-state actor:
 * citizens", "… criminals", "… business", …), with police and coast guards counting as state actors for coercion only
 * ("police or coast guard outside coercion").
 *
 * <h2>Repeats and the daily cap</h2>
 * News reports one event many times. Rows with the same day, the same code and the same two countries (in the same
 * direction for coercion, in either for cooperation, which the datasets record both ways) fold into one record; its
 * {@code confidence} is {@code min(0.95, 1 − 0.5^n)} with n the number of sources that reported it (0.5 for one, 0.75
 * for two, 0.875 for three…), and each folded row is counted as "repeat folded into one event". A news storm still
 * yields many codes for one occasion (a summit is reported as consult, visit, host, negotiate…): per day, pair of
 * countries and CAMEO root code at most {@link #dailyCap} records are kept, those with the most sources, and the rows
 * of the others are counted as "over the daily cap for the dyad and root code".
 *
 * <h2>Records</h2>
 * Consult, visit, meet, mediate, negotiate (040–046) → a held {@code dialogue} at the lower of the two actors' levels
 * (leaders, ministers, else senior officials), the visited state hosting (042 make a visit: the target; 043 host a
 * visit: the source). Diplomatic (05x), material (060, 061, 063), military (062) cooperation, intelligence sharing
 * (064), military aid (072) and signed agreements (057) → an {@code agreement} of the matching kind, in force for
 * {@link #COOPERATION_DAYS} days from the day it was reported: a short-lived stock tie, since the news reports the
 * cooperation, not its term. Verbal conflict (10x demand, 11x disapprove, 12x reject, 13x threaten) → {@code diplomatic}
 * coercion of severity 1 (138 threaten with military force and 139 ultimatum: 2); the coercion codes 15–19 as the
 * CAMEO CSV adapter maps them. The network model weighs all of these with {@code news.weight_factor × confidence}.
 */
abstract class NewsEventAdapter extends DatasetAdapter {
    /** Days a cooperation record from the news ties its parties. */
    static final int COOPERATION_DAYS = 90;
    /** Records kept per day, pair of countries and CAMEO root code. */
    static final int DEFAULT_DAILY_CAP = 1;
    static final String REPEAT = "repeat folded into one event";
    static final String OVER_CAP = "over the daily cap for the dyad and root code";
    static final String INDO_PACIFIC = "indo-pacific";
    private static final Pattern URL = Pattern.compile("^https?://\\S+$");

    private final int dailyCap;
    private final String sourceName;

    protected NewsEventAdapter(CountryRegistry registry, String format, String description, String sourceName, int dailyCap) {
        super(registry, format, description);
        this.sourceName = sourceName;
        this.dailyCap = dailyCap;
    }

    /**
     * One row as the subclass read it.
     *
     * @param report  what identifies the report the row comes from (ICEWS: the publisher; GDELT: the event id)
     * @param sources how many sources that report stands for (GDELT NumSources; 1 for ICEWS)
     * @param url     a source url, or null
     */
    protected record NewsRow(LocalDate day, NewsActor source, NewsActor target, String code, String report, int sources, String url) {}

    /**
     * Reads every data row of the file, handing each to {@code rows} as a {@link NewsRow} or a skip reason (String),
     * and returns how many data rows there were.
     */
    protected abstract int readRows(Path file, Consumer<Object> rows) throws IOException;

    @Override
    public final AdapterResult read(Path file) throws IOException {
        SkipTally skipped = new SkipTally();
        Map<String, Fold> folds = new LinkedHashMap<>();
        int rows = readRows(file, outcome -> {
            if (outcome instanceof String reason) {
                skipped.add(reason);
                return;
            }
            NewsRow row = (NewsRow) outcome;
            Object mapped = map(row);
            if (mapped instanceof String reason) {
                skipped.add(reason);
                return;
            }
            Candidate c = (Candidate) mapped;
            folds.computeIfAbsent(c.key(), k -> new Fold(c)).add(row);
        });
        List<FeedEvent> events = new ArrayList<>();
        for (Fold f : kept(folds.values(), skipped)) {
            skipped.add(REPEAT, f.rows - 1);
            events.add(build(f));
        }
        return new AdapterResult(List.copyOf(events), rows, skipped.asMap());
    }

    /** A mapped row: what record it is part of. */
    private record Candidate(CameoCodes.Mapping mapping, LocalDate day, String a, String b, NewsRow first) {
        /** Folding key: day, code and countries (directed for coercion, sorted for cooperation). */
        String key() {
            return day + "|" + mapping.code() + "|" + a + "|" + b;
        }

        String capKey() {
            String x = a.compareTo(b) <= 0 ? a : b;
            String y = x.equals(a) ? b : a;
            return day + "|" + x + "|" + y + "|" + CameoCodes.root(mapping.code());
        }
    }

    /** Every row of one event. */
    private static final class Fold {
        final Candidate candidate;
        final Map<String, Integer> sourcesByReport = new TreeMap<>();
        NewsRow best;
        int rows;

        Fold(Candidate candidate) {
            this.candidate = candidate;
        }

        void add(NewsRow row) {
            rows++;
            sourcesByReport.merge(row.report(), Math.max(1, row.sources()), Math::max);
            if (best == null || row.sources() > best.sources()) {
                best = row;
            }
        }

        int sources() {
            return sourcesByReport.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The row's record, or the reason it is skipped. */
    private Object map(NewsRow row) {
        var mapping = CameoCodes.news(row.code());
        if (mapping.isEmpty()) {
            String root = row.code().length() >= 2 ? CameoCodes.root(row.code()) : row.code();
            String name = CameoCodes.ROOTS.get(root);
            return name == null ? "unmapped CAMEO code '" + row.code() + "'" : "unmapped CAMEO code, root " + root + " (" + name + ")";
        }
        for (NewsActor actor : List.of(row.source(), row.target())) {
            if (actor.country() == null) {
                return actor.problem();
            }
        }
        String from = row.source().country();
        String to = row.target().country();
        if (from.equals(to)) {
            return "same country on both sides";
        }
        if (!inRegion(from) || !inRegion(to)) {
            return "not Indo-Pacific";
        }
        boolean coercion = mapping.get().type() == EventType.COERCION;
        for (NewsActor actor : List.of(row.source(), row.target())) {
            if (!actor.actsForItsState(coercion)) {
                return switch (actor.kind()) {
                    case POLICE -> "police or coast guard outside coercion";
                    case UNIDENTIFIED -> "actor of no known sector or type";
                    default -> "non-state actor: " + actor.kind().label;
                };
            }
        }
        boolean directed = coercion;
        String a = directed || from.compareTo(to) <= 0 ? from : to;
        String b = a.equals(from) ? to : from;
        return new Candidate(mapping.get(), row.day(), a, b, row);
    }

    private boolean inRegion(String iso3) {
        return registry.byIso3(iso3).map(c -> c.inRegion(INDO_PACIFIC)).orElse(false);
    }

    /** The folds the daily cap keeps, in file order; the rows of the others are counted as over the cap. */
    private List<Fold> kept(java.util.Collection<Fold> folds, SkipTally skipped) {
        Map<String, List<Fold>> byCap = new LinkedHashMap<>();
        folds.forEach(f -> byCap.computeIfAbsent(f.candidate.capKey(), k -> new ArrayList<>()).add(f));
        Set<Fold> keep = new LinkedHashSet<>();
        for (List<Fold> group : byCap.values()) {
            List<Fold> ranked = new ArrayList<>(group);
            ranked.sort(Comparator.comparingInt(Fold::sources).reversed()
                    .thenComparing(f -> f.candidate.mapping().code())
                    .thenComparing(f -> f.candidate.key()));
            for (int i = 0; i < ranked.size(); i++) {
                if (i < dailyCap) {
                    keep.add(ranked.get(i));
                } else {
                    skipped.add(OVER_CAP, ranked.get(i).rows);
                }
            }
        }
        return folds.stream().filter(keep::contains).toList();
    }

    /** The record of a fold. */
    private FeedEvent build(Fold f) {
        Candidate c = f.candidate;
        CameoCodes.Mapping m = c.mapping();
        String id = format() + "-" + c.day() + "-" + c.a() + "-" + c.b() + "-" + m.code();
        String name = Records.text(countryName(c.a()) + "–" + countryName(c.b()) + ": " + m.name().toLowerCase(Locale.ROOT)
                + " (CAMEO " + m.code() + ")");
        List<String> tags = List.of(format(), "news", Records.tag(m.name()));
        String url = f.best.url() != null && f.best.url().length() <= 2048 && URL.matcher(f.best.url()).matches() ? f.best.url() : null;
        Source source = new Source(sourceName, url, format(), null);
        double confidence = Math.min(0.95, 1 - Math.pow(0.5, f.sources()));
        NewsRow first = c.first();
        return switch (m.type()) {
            case DIALOGUE -> {
                String host = m.code().equals("042") ? first.target().country() : m.code().equals("043") ? first.source().country() : null;
                List<Participant> ps = List.of(new Participant(c.a(), c.a().equals(host) ? Role.HOST : Role.PARTICIPANT),
                        new Participant(c.b(), c.b().equals(host) ? Role.HOST : Role.PARTICIPANT));
                yield new FeedEvent(id, 1, EventType.DIALOGUE, c.day(), c.day(), "day", null, ps, tags, source, confidence, false,
                        null, null, null, new DialogueBody(name, null, lower(first.source().level(), first.target().level()), "held"));
            }
            case AGREEMENT -> new FeedEvent(id, 1, EventType.AGREEMENT, c.day(), c.day(), "day", null,
                    List.of(new Participant(c.a(), Role.PARTY), new Participant(c.b(), Role.PARTY)), tags, source, confidence, false, null,
                    new AgreementBody(name, m.kind(), "in_force", c.day(), c.day().plusDays(COOPERATION_DAYS - 1)), null, null);
            case COERCION -> new FeedEvent(id, 1, EventType.COERCION, c.day(), c.day(), "day", null,
                    List.of(new Participant(c.a(), Role.INITIATOR), new Participant(c.b(), Role.TARGET)), tags, source, confidence, false,
                    null, null, new CoercionBody(m.kind(), m.severity(), null), null);
            case EXERCISE -> throw new IllegalStateException("no CAMEO code maps to an exercise");
        };
    }

    private static final List<String> LEVELS = List.of("leaders", "ministers", "senior_officials");

    /** The lower of two meeting levels: a president receiving a foreign minister is a ministers' meeting. */
    static String lower(String x, String y) {
        return LEVELS.get(Math.max(LEVELS.indexOf(x), LEVELS.indexOf(y)));
    }

    private String countryName(String iso3) {
        return registry.byIso3(iso3).map(Country::name).orElse(iso3);
    }

    /** A CAMEO code column as the datasets write it: 2–4 digits, leading zeros possibly dropped; null when malformed. */
    static String code(String value) {
        return value.matches("\\d{2,4}") ? CameoCodes.normalise(value) : null;
    }
}
