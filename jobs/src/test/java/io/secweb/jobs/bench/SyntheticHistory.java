package io.secweb.jobs.bench;

import io.secweb.core.testing.FeedEvents;
import io.secweb.schemas.country.Country;
import io.secweb.schemas.country.CountryRegistry;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Role;

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
    private static final String SOURCE_URL = "https://example.org/synthetic/";

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
                FeedEvents.Builder exercise = FeedEvents.exercise("bench-ex-" + n++).participant(ps.get(0), Role.HOST);
                for (String c : ps.subList(1, ps.size())) {
                    exercise.participant(c, r.nextInt(8) == 0 ? Role.OBSERVER : Role.PARTICIPANT);
                }
                exercise.scale(List.of("small", "medium", "large", "major").get(r.nextInt(4)));
                out.add(exercise.on(d).until(d.plusDays(r.nextInt(14))).name("Exercise " + n)
                        .source("synthetic", SOURCE_URL + n, "bench", null).build());
            }
            if (r.nextInt(60) == 0) {
                List<String> ps = pick(states, 2 + (r.nextInt(5) == 0 ? 2 : 0), r);
                String kind = List.of("defence_cooperation", "access_agreement", "logistics_agreement", "intelligence_sharing",
                        "equipment_technology_transfer").get(r.nextInt(5));
                String status = r.nextInt(12) == 0 ? "terminated" : "in_force";
                out.add(FeedEvents.agreement("bench-ag-" + n++).on(d).participants(ps.toArray(String[]::new)).name("Agreement " + n).kind(kind)
                        .status(status).source("synthetic", SOURCE_URL + n, "bench", null).build());
            }
            if (r.nextInt(30) == 0) {
                List<String> ps = pick(states, 2, r);
                out.add(FeedEvents.coercion("bench-co-" + n++).on(d).participants(ps.get(0), ps.get(1)).severity(1 + r.nextInt(5))
                        .confidence(0.8).source("synthetic", SOURCE_URL + n, "bench", null).build());
            }
        }
        return out;
    }

    private static List<String> pick(List<String> from, int k, Random r) {
        List<String> copy = new ArrayList<>(from);
        Collections.shuffle(copy, r);
        return copy.subList(0, k);
    }
}
