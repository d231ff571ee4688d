package io.secweb.core.testing;

import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.event.AgreementBody;
import io.secweb.schemas.event.CoercionBody;
import io.secweb.schemas.event.DialogueBody;
import io.secweb.schemas.event.EventType;
import io.secweb.schemas.event.ExerciseBody;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Participant;
import io.secweb.schemas.event.Role;
import io.secweb.schemas.event.Source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way tests build feed events — as the {@link FeedEvent} record the jobs pass around, or as its canonical JSON
 * line (what a feed file holds and the feed topics carry):
 * <pre>{@code
 * FeedEvent e = FeedEvents.exercise("ex-1").on("2024-04-22").until("2024-05-10").participants("USA", "JPN").scale("large").build();
 * String line = FeedEvents.coercion("co-1").on("2024-06-17").participants("CHN", "PHL").severity(4).json();
 * FeedEvent summit = FeedEvents.dialogue("di-1").on("2024-09-21").participants("USA", "JPN", "AUS", "IND").level("leaders").build();
 * FeedEvent notice = FeedEvents.agreement("ag-2").participants("USA", "PHL").status("termination_notice").supersedes("ag-1", "termination_notice").build();
 * FeedEvent withdrawn = FeedEvents.from(e).nextRevision().retracted().build();
 * }</pre>
 * A test states what matters to it; the rest has plain defaults: revision 1, on {@link #DEFAULT_DAY}, ending the day it
 * starts, precision {@code day}, source {@code test} with the url {@code https://example.org/<id>}, confidence 0.9, the
 * body named after the id (exercise: domain sea, no scale; agreement: defence_cooperation in_force, superseding
 * nothing; dialogue: no series, ministers, held; coercion: maritime_gray_zone of severity 3). Nothing is validated: a test of the validator or the normaliser can build what the
 * feed contract forbids.
 */
public final class FeedEvents {
    /** The day an event starts on unless the test says otherwise. */
    public static final LocalDate DEFAULT_DAY = LocalDate.of(2024, 4, 22);

    private FeedEvents() {}

    public static Builder exercise(String id) {
        return new Builder(EventType.EXERCISE, id);
    }

    public static Builder agreement(String id) {
        return new Builder(EventType.AGREEMENT, id);
    }

    public static Builder coercion(String id) {
        return new Builder(EventType.COERCION, id);
    }

    public static Builder dialogue(String id) {
        return new Builder(EventType.DIALOGUE, id);
    }

    public static Builder of(EventType type, String id) {
        return new Builder(type, id);
    }

    /** A builder holding everything of {@code e}: change what a revision changes. */
    public static Builder from(FeedEvent e) {
        return new Builder(e);
    }

    /** The canonical JSON line of an event (one line, snake_case, absent rather than null fields). */
    public static String json(FeedEvent e) {
        return SecwebJson.write(e);
    }

    /** deploy/local/feeds/sample.jsonl (44 events), one JSON line per element. */
    public static List<String> sample() {
        // from a module directory (tests) or from the repository root (./secweb bench)
        Path p = Path.of("../deploy/local/feeds/sample.jsonl");
        if (!Files.exists(p)) {
            p = Path.of("../../deploy/local/feeds/sample.jsonl");
        }
        if (!Files.exists(p)) {
            p = Path.of("deploy/local/feeds/sample.jsonl");
        }
        try {
            return Files.readAllLines(p).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the sample feed is read from " + p.toAbsolutePath(), e);
        }
    }

    /** One event being built; every setter returns the builder. */
    public static final class Builder {
        private final EventType type;
        private final String id;
        private int revision = 1;
        private LocalDate start = DEFAULT_DAY;
        private LocalDate end;
        private boolean endGiven;
        private String precision = "day";
        private Instant occurredAt;
        private final List<Participant> participants = new ArrayList<>();
        private List<String> tags = List.of();
        private Source source;
        private Double confidence = 0.9;
        private boolean retracted;
        // bodies: only the one of the event's type is built
        private String name;
        private String series;
        private List<String> domains = List.of("sea");
        private String scale;
        private String location;
        private String kind;
        private String status;
        private LocalDate effectiveFrom;
        private LocalDate effectiveTo;
        private String supersedes;
        private String change;
        private String level = "ministers";
        private int severity = 3;

        private Builder(EventType type, String id) {
            this.type = type;
            this.id = id;
        }

        private Builder(FeedEvent e) {
            this(e.type(), e.id());
            revision = e.revision();
            start = e.start();
            end = e.end();
            endGiven = true;
            precision = e.datePrecision();
            occurredAt = e.occurredAt();
            participants.addAll(e.participants());
            tags = e.tags();
            source = e.source();
            confidence = e.confidence();
            retracted = e.retracted();
            if (e.exercise() != null) {
                name = e.exercise().name();
                series = e.exercise().series();
                domains = e.exercise().domains();
                scale = e.exercise().scale();
                location = e.exercise().location();
            }
            if (e.agreement() != null) {
                name = e.agreement().name();
                kind = e.agreement().kind();
                status = e.agreement().status();
                effectiveFrom = e.agreement().effectiveFrom();
                effectiveTo = e.agreement().effectiveTo();
                supersedes = e.agreement().supersedes();
                change = e.agreement().change();
            }
            if (e.dialogue() != null) {
                name = e.dialogue().name();
                series = e.dialogue().series();
                level = e.dialogue().level();
                status = e.dialogue().status();
            }
            if (e.coercion() != null) {
                kind = e.coercion().kind();
                severity = e.coercion().severity();
                location = e.coercion().location();
            }
        }

        public Builder revision(int revision) {
            this.revision = revision;
            return this;
        }

        public Builder nextRevision() {
            return revision(revision + 1);
        }

        /** The first day (exercise, dialogue), the signature (agreement), the day of the incident (coercion). */
        public Builder on(String day) {
            return on(LocalDate.parse(day));
        }

        public Builder on(LocalDate day) {
            this.start = day;
            return this;
        }

        /** The last day; {@code null} leaves it out (the normaliser then sets it to the start). */
        public Builder until(String day) {
            return until(day == null ? null : LocalDate.parse(day));
        }

        public Builder until(LocalDate day) {
            this.end = day;
            this.endGiven = true;
            return this;
        }

        /** Leaves the end out, as a feed record may (the normaliser then sets it to the start). */
        public Builder noEnd() {
            return until((LocalDate) null);
        }

        /** {@code day} or {@code month}; {@code null} leaves it out. */
        public Builder precision(String precision) {
            this.precision = precision;
            return this;
        }

        public Builder occurredAt(String instant) {
            this.occurredAt = Instant.parse(instant);
            return this;
        }

        /**
         * The participants with the usual roles of the event's type, in place of any given before: exercise — the
         * first hosts, the others take part; dialogue — likewise; agreement — all are parties; coercion — the first
         * initiates against the others.
         */
        public Builder participants(String... countries) {
            participants.clear();
            for (int i = 0; i < countries.length; i++) {
                participants.add(new Participant(countries[i], usualRole(i)));
            }
            return this;
        }

        private Role usualRole(int index) {
            return switch (type) {
                case EXERCISE, DIALOGUE -> index == 0 ? Role.HOST : Role.PARTICIPANT;
                case AGREEMENT -> Role.PARTY;
                case COERCION -> index == 0 ? Role.INITIATOR : Role.TARGET;
            };
        }

        /** One more participant with the given role, after those already given (any role: nothing is validated). */
        public Builder participant(String country, Role role) {
            participants.add(new Participant(country, role));
            return this;
        }

        /** More participants, each with {@code role}. */
        public Builder participants(Role role, String... countries) {
            for (String c : countries) {
                participant(c, role);
            }
            return this;
        }

        public Builder tags(String... tags) {
            this.tags = List.of(tags);
            return this;
        }

        public Builder source(String name, String url, String dataset, String retrievedAt) {
            this.source = new Source(name, url, dataset, retrievedAt == null ? null : LocalDate.parse(retrievedAt));
            return this;
        }

        public Builder confidence(Double confidence) {
            this.confidence = confidence;
            return this;
        }

        /** Withdrawn by its source (usually with {@link #nextRevision()}). */
        public Builder retracted() {
            this.retracted = true;
            return this;
        }

        /** The exercise's, the agreement's or the dialogue's name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The exercise's or the dialogue's series (the recurring event it is an edition of). */
        public Builder series(String series) {
            this.series = series;
            return this;
        }

        public Builder domains(String... domains) {
            this.domains = List.of(domains);
            return this;
        }

        /** An exercise's scale: small, medium, large or major ({@code null}: not given). */
        public Builder scale(String scale) {
            this.scale = scale;
            return this;
        }

        /** Where the exercise or the coercion incident took place. */
        public Builder location(String location) {
            this.location = location;
            return this;
        }

        /** The agreement's kind (e.g. alliance_treaty) or the coercion's kind (e.g. show_of_force). */
        public Builder kind(String kind) {
            this.kind = kind;
            return this;
        }

        /**
         * The agreement's status (signed, in_force, termination_notice, suspended, terminated or expired) or the
         * dialogue's (held, postponed or cancelled).
         */
        public Builder status(String status) {
            this.status = status;
            return this;
        }

        /** When the agreement is in effect (either may be {@code null}: from the signature, open-ended). */
        public Builder effective(String from, String to) {
            this.effectiveFrom = from == null ? null : LocalDate.parse(from);
            this.effectiveTo = to == null ? null : LocalDate.parse(to);
            return this;
        }

        /**
         * The id of the agreement record this one changes and what it changes ({@code termination_notice}, {@code
         * renewal}, {@code termination}…); either may be {@code null}.
         */
        public Builder supersedes(String id, String change) {
            this.supersedes = id;
            this.change = change;
            return this;
        }

        /** The id of the agreement record this one changes, the change left out. */
        public Builder supersedes(String id) {
            this.supersedes = id;
            return this;
        }

        /** What this agreement record changes in the one it supersedes. */
        public Builder change(String change) {
            this.change = change;
            return this;
        }

        /** The dialogue's level: leaders, ministers, two_plus_two, senior_officials or working_group. */
        public Builder level(String level) {
            this.level = level;
            return this;
        }

        /** The coercion incident's severity, 1 (protest) to 5 (lethal force). */
        public Builder severity(int severity) {
            this.severity = severity;
            return this;
        }

        public FeedEvent build() {
            ExerciseBody exercise = type == EventType.EXERCISE
                    ? new ExerciseBody(name == null ? id : name, series, domains, scale, location) : null;
            AgreementBody agreement = type == EventType.AGREEMENT
                    ? new AgreementBody(name == null ? id : name, kind == null ? "defence_cooperation" : kind, status == null ? "in_force" : status,
                    effectiveFrom, effectiveTo, supersedes, change)
                    : null;
            DialogueBody dialogue = type == EventType.DIALOGUE
                    ? new DialogueBody(name == null ? id : name, series, level, status == null ? "held" : status) : null;
            CoercionBody coercion = type == EventType.COERCION
                    ? new CoercionBody(kind == null ? "maritime_gray_zone" : kind, severity, location) : null;
            return new FeedEvent(id, revision, type, start, endGiven ? end : start, precision, occurredAt, List.copyOf(participants),
                    tags, source == null ? new Source("test", "https://example.org/" + id, "test", null) : source, confidence, retracted,
                    exercise, agreement, coercion, dialogue);
        }

        /** The event as its canonical JSON line. */
        public String json() {
            return FeedEvents.json(build());
        }
    }
}
