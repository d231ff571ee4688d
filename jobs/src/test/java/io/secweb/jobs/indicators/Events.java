package io.secweb.jobs.indicators;

import io.secweb.schemas.event.AgreementBody;
import io.secweb.schemas.event.CoercionBody;
import io.secweb.schemas.event.EventType;
import io.secweb.schemas.event.ExerciseBody;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Participant;
import io.secweb.schemas.event.Role;
import io.secweb.schemas.event.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Normalised events for indicator tests, built in one line each. */
public final class Events {
    private Events() {}

    public static FeedEvent agreement(String id, String date, String kind, String status, String... parties) {
        List<Participant> ps = new ArrayList<>();
        for (String p : parties) {
            ps.add(new Participant(p, Role.PARTY));
        }
        LocalDate d = LocalDate.parse(date);
        return new FeedEvent(id, 1, EventType.AGREEMENT, d, d, "day", null, ps, List.of(), source(id), 0.9, false, null,
                new AgreementBody(id, kind, status, d, null), null, null);
    }

    public static FeedEvent exercise(String id, String start, String end, String scale, String... countries) {
        List<Participant> ps = new ArrayList<>();
        for (int i = 0; i < countries.length; i++) {
            ps.add(new Participant(countries[i], i == 0 ? Role.HOST : Role.PARTICIPANT));
        }
        return new FeedEvent(id, 1, EventType.EXERCISE, LocalDate.parse(start), LocalDate.parse(end), "day", null, ps, List.of(), source(id),
                0.9, false, new ExerciseBody(id, null, List.of("sea"), scale, null), null, null, null);
    }

    public static FeedEvent coercion(String id, String date, int severity, String initiator, String target) {
        LocalDate d = LocalDate.parse(date);
        return new FeedEvent(id, 1, EventType.COERCION, d, d, "day", null,
                List.of(new Participant(initiator, Role.INITIATOR), new Participant(target, Role.TARGET)), List.of(), source(id), 0.9, false,
                null, null, new CoercionBody("maritime_gray_zone", severity, null), null);
    }

    private static Source source(String id) {
        return new Source("test", "https://example.org/" + id, "test", null);
    }
}
