package io.secweb.jobs.bench;

import io.secweb.schemas.country.Country;
import io.secweb.schemas.country.CountryRegistry;
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
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A seeded, plausible-looking history of Indo-Pacific events for benchmarks: weekly exercises among 2–6 states,
 * a few agreements a year (some later terminated), and monthly coercion incidents. Not data: a load generator.
 */
final class SyntheticHistory {
    private SyntheticHistory() {}

    static List<FeedEvent> generate(LocalDate from, LocalDate to, long seed) {
        Random r = new Random(seed);
        List<String> states = CountryRegistry.bundled().all().stream().filter(c -> c.inRegion("indo-pacific")).map(Country::iso3)
                .sorted().toList();
        List<FeedEvent> out = new ArrayList<>();
        int n = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() == 1) {
                List<String> ps = pick(states, 2 + r.nextInt(5), r);
                List<Participant> parts = new ArrayList<>();
                for (int i = 0; i < ps.size(); i++) {
                    parts.add(new Participant(ps.get(i), i == 0 ? Role.HOST : r.nextInt(8) == 0 ? Role.OBSERVER : Role.PARTICIPANT));
                }
                String scale = List.of("small", "medium", "large", "major").get(r.nextInt(4));
                out.add(new FeedEvent("bench-ex-" + n++, 1, EventType.EXERCISE, d, d.plusDays(r.nextInt(14)), "day", null, parts, List.of(),
                        source(n), 0.9, false, new ExerciseBody("Exercise " + n, null, List.of("sea"), scale, null), null, null, null));
            }
            if (r.nextInt(60) == 0) {
                List<String> ps = pick(states, 2 + (r.nextInt(5) == 0 ? 2 : 0), r);
                String kind = List.of("defence_cooperation", "access_agreement", "logistics_agreement", "intelligence_sharing",
                        "equipment_technology_transfer").get(r.nextInt(5));
                String status = r.nextInt(12) == 0 ? "terminated" : "in_force";
                out.add(new FeedEvent("bench-ag-" + n++, 1, EventType.AGREEMENT, d, d, "day", null,
                        ps.stream().map(c -> new Participant(c, Role.PARTY)).toList(), List.of(), source(n), 0.9, false, null,
                        new AgreementBody("Agreement " + n, kind, status, d, null), null, null));
            }
            if (r.nextInt(30) == 0) {
                List<String> ps = pick(states, 2, r);
                out.add(new FeedEvent("bench-co-" + n++, 1, EventType.COERCION, d, d, "day", null,
                        List.of(new Participant(ps.get(0), Role.INITIATOR), new Participant(ps.get(1), Role.TARGET)), List.of(), source(n),
                        0.8, false, null, null, new CoercionBody("maritime_gray_zone", 1 + r.nextInt(5), null), null));
            }
        }
        return out;
    }

    private static List<String> pick(List<String> from, int k, Random r) {
        List<String> copy = new ArrayList<>(from);
        Collections.shuffle(copy, r);
        return copy.subList(0, k);
    }

    private static Source source(int n) {
        return new Source("synthetic", "https://example.org/synthetic/" + n, "bench", null);
    }
}
