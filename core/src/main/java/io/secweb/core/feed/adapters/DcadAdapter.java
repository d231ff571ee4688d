package io.secweb.core.feed.adapters;

import io.secweb.schemas.country.Country;
import io.secweb.schemas.country.CountryRegistry;
import io.secweb.schemas.event.AgreementBody;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Participant;
import io.secweb.schemas.event.Role;
import io.secweb.schemas.event.Source;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Bilateral defence cooperation agreements from Kinne's Defense Cooperation Agreement Dataset: Kinne, B.J. (2020),
 * "The Defense Cooperation Agreement Dataset (DCAD)", <em>Journal of Conflict Resolution</em> 64(4), main
 * (agreement-level) file {@code DCAD-v1.0-main.csv}, 1980–2010, mapped to {@code agreement} records. The DCAD
 * codebook was not at hand when this was written: the end-date rule below is read off the file itself and is marked
 * as such.
 *
 * <h2>Mapping (one record per kept row, plus an end record for some terminations)</h2>
 * <ul>
 *   <li>{@code id}: {@code dcad-} + {@code DCAid} without its "DCAD" prefix ({@code DCADv1.0-1845} →
 *       {@code dcad-v1.0-1845}).</li>
 *   <li>{@code participants}: {@code ccode1} and {@code ccode2} (COW codes, via the registry), role {@code party}.</li>
 *   <li>{@code start}: the signature date {@code signDay/signMonth/signYear}; an unknown day gives the 1st of the
 *       month with {@code date_precision} month.</li>
 *   <li>{@code agreement.effective_from}: the entry into force {@code EIFDay/EIFMonth/EIFYear} when its year and
 *       month are known (an unknown day is read as the 1st); then {@code status} is {@code in_force}, else
 *       {@code signed} and the tie counts from the signature (the two statuses tie a pair alike).</li>
 *   <li>{@code agreement.effective_to} (31 December of an end year), read off the file: when {@code terminated} is 1
 *       the end year is {@code signYear + durationActual} (the file's {@code endYearEstimate} equals that, capped at
 *       2010); otherwise, when {@code endYearEstimate} is before 2010, that estimate (DCAD imputes it from the stated
 *       span, or as six years after signature when the fate is unknown, as the dyadic DCAD file does); an estimate of
 *       2010 — the end of DCAD's coverage — or none leaves the agreement open-ended. An end year before the year the
 *       agreement took effect is read as that year. The record then lapses after effective_to; the network model
 *       does not count a lapse as a lost tie.</li>
 *   <li>{@code agreement.kind} from {@code category1} (the main subject): DCA (general framework cooperation), TREX
 *       (training and exercises) and COMMISSION (joint defence commissions) → {@code defence_cooperation};
 *       PROCUREMENT, DIC and RESEARCH → {@code equipment_technology_transfer}. DIC is read as defence-industrial
 *       cooperation, which the codebook should confirm: all 340 DIC rows of v1.0 are of {@code type} general, i.e.
 *       framework agreements.
 *       {@code agreement.name}: "&lt;state&gt;–&lt;state&gt; agreement: &lt;subjects&gt;" from the registry names and
 *       {@code category1..3}. Tags: {@code dcad}, {@code type} (general/sector) and the categories.</li>
 *   <li>An end record {@code <id>-end} (status {@code terminated}, start 1 January after the end year, date
 *       precision month: DCAD gives the year only) for a row with {@code terminated} = 1 — but only when no other
 *       DCAD record of the same kind ties the pair on that day. In the network model an end record ends every tie of
 *       its kind between its parties, so a termination followed by a successor agreement (Japan–Australia TREX 2003,
 *       ended 2008 and replaced in December 2008) must not end the successor; nor is a tie lost then.</li>
 *   <li>DCAD's negative special codes (−44 … −99: not applicable, unknown) count as unknown values.</li>
 * </ul>
 *
 * <h2>Skipped rows, by reason</h2>
 * Checked in this order: "unknown country code N" (no registry row, e.g. historical codes 260 and 315);
 * "same country on both sides" (three v1.0 rows name one state twice); "not Indo-Pacific" (kept only when both
 * parties are tagged indo-pacific, the same two-states rule as the other adapters; the registry tags USA, FRA, GBR,
 * RUS and CAN so); "signature month unknown"; "invalid signature date"; "unknown category 'X'".
 */
public final class DcadAdapter extends DatasetAdapter {
    public static final String FORMAT = "dcad";
    static final Source SOURCE = new Source("DCAD v1.0 (Kinne 2020)",
            "https://correlatesofwar.org/data-sets/defense-cooperation-agreement-dataset/", "dcad-v1.0", null);
    /** The last year DCAD covers: an end estimate of this year means "still in force when coding stopped". */
    static final int COVERAGE_END_YEAR = 2010;

    static final String DEFENCE_COOPERATION = "defence_cooperation";
    static final String EQUIPMENT_TECHNOLOGY_TRANSFER = "equipment_technology_transfer";

    private static final Map<String, String> KINDS = Map.of(
            "DCA", DEFENCE_COOPERATION,
            "TREX", DEFENCE_COOPERATION,
            "COMMISSION", DEFENCE_COOPERATION,
            "PROCUREMENT", EQUIPMENT_TECHNOLOGY_TRANSFER,
            "DIC", EQUIPMENT_TECHNOLOGY_TRANSFER,
            "RESEARCH", EQUIPMENT_TECHNOLOGY_TRANSFER);
    private static final Map<String, String> SUBJECTS = Map.of(
            "DCA", "defence cooperation",
            "TREX", "training and exercises",
            "COMMISSION", "joint defence commission",
            "PROCUREMENT", "procurement",
            "DIC", "defence-industrial cooperation",
            "RESEARCH", "defence research");
    private static final List<String> REQUIRED = List.of("ccode1", "ccode2", "signDay", "signMonth", "signYear", "EIFDay",
            "EIFMonth", "EIFYear", "type", "category1", "category2", "category3", "terminated", "durationActual",
            "endYearEstimate", "DCAid");


    public DcadAdapter() {
        this(CountryRegistry.bundled());
    }

    public DcadAdapter(CountryRegistry registry) {
        super(registry, FORMAT,
                "Defense Cooperation Agreement Dataset v1.0 (Kinne 2020), DCAD-v1.0-main.csv -> agreements",
                "DCAid", "ccode1", "signYear");
    }

    /** A mapped row: its record, and the day its tie ends when the row says it was terminated. */
    private record Mapped(FeedEvent event, LocalDate terminationDay) {}

    @Override
    public AdapterResult read(Path file) throws IOException {
        List<Mapped> mapped = new ArrayList<>();
        SkipTally skipped = new SkipTally();
        Set<String> ids = new HashSet<>();
        int rows = eachRow(file, REQUIRED, false, skipped, this::map, (row, outcome) -> {
            Mapped m = (Mapped) outcome;
            if (!ids.add(m.event().id())) {
                throw row.malformed("DCAid " + row.get("DCAid") + " appears twice");
            }
            mapped.add(m);
        });
        TieIndex ties = new TieIndex(mapped.stream().map(Mapped::event).toList());
        List<FeedEvent> events = new ArrayList<>();
        for (Mapped m : mapped) {
            events.add(m.event());
            if (m.terminationDay() != null) {
                FeedEvent e = m.event();
                List<String> parties = e.countries();
                if (!ties.tied(parties.get(0), parties.get(1), e.agreement().kind(), m.terminationDay(), other -> other == e)) {
                    events.add(endRecord(e, m.terminationDay()));
                }
            }
        }
        return new AdapterResult(List.copyOf(events), rows, skipped.asMap());
    }

    /** The row's {@link Mapped} record, or the reason it is skipped. */
    private Object map(CsvRow row) {
        Object dyad = indoPacificDyad(row, "ccode1", "ccode2");
        if (dyad instanceof String reason) {
            return reason;
        }
        Country c1 = ((CowDyad) dyad).first();
        Country c2 = ((CowDyad) dyad).second();
        OptionalInt signYear = known(row, "signYear");
        OptionalInt signMonth = known(row, "signMonth");
        if (signYear.isEmpty() || signMonth.isEmpty()) {
            return "signature month unknown";
        }
        OptionalInt signDay = known(row, "signDay");
        Optional<PartialDate> signed = PartialDate.of(signYear.getAsInt(), signMonth.getAsInt(),
                signDay.isPresent() ? signDay.getAsInt() : null);
        if (signed.isEmpty()) {
            return "invalid signature date";
        }
        List<String> categories = new ArrayList<>();
        for (String column : List.of("category1", "category2", "category3")) {
            String category = row.get(column).toUpperCase(Locale.ROOT);
            if (!category.isEmpty() && !categories.contains(category)) {
                if (!KINDS.containsKey(category)) {
                    return "unknown category '" + row.get(column) + "'";
                }
                categories.add(category);
            }
        }
        if (categories.isEmpty()) {
            return "unknown category ''";
        }
        String kind = KINDS.get(categories.get(0));

        LocalDate effectiveFrom = entryIntoForce(row).orElse(null);
        boolean terminated = known(row, "terminated").orElse(0) == 1;
        OptionalInt duration = known(row, "durationActual");
        OptionalInt endYear;
        if (terminated && duration.isPresent()) {
            endYear = OptionalInt.of(signYear.getAsInt() + duration.getAsInt());
        } else {
            OptionalInt estimate = known(row, "endYearEstimate");
            endYear = estimate.isPresent() && estimate.getAsInt() < COVERAGE_END_YEAR ? estimate : OptionalInt.empty();
        }
        LocalDate effectiveTo = endYear.isPresent() ? LocalDate.of(endYear.getAsInt(), 12, 31) : null;
        LocalDate begins = effectiveFrom != null && effectiveFrom.isAfter(signed.get().date()) ? effectiveFrom : signed.get().date();
        if (effectiveTo != null && effectiveTo.isBefore(begins)) {
            // an end year before entry into force: the tie lasts at least to the end of the year it began
            effectiveTo = LocalDate.of(begins.getYear(), 12, 31);
        }

        String a = c1.iso3();
        String b = c2.iso3();
        Set<String> tags = new LinkedHashSet<>(List.of("dcad"));
        if (!row.get("type").isEmpty()) {
            tags.add(Records.tag(row.get("type")));
        }
        categories.forEach(c -> tags.add(c.toLowerCase(Locale.ROOT)));
        String name = c1.name() + "–" + c2.name() + " agreement: "
                + String.join(", ", categories.stream().map(SUBJECTS::get).distinct().toList());
        FeedEvent event = Records.agreement(id(row.get("DCAid")), signed.get().date(), signed.get().precision(),
                List.of(new Participant(a, Role.PARTY), new Participant(b, Role.PARTY)), List.copyOf(tags), SOURCE,
                new AgreementBody(Records.text(name), kind, effectiveFrom != null ? "in_force" : "signed", effectiveFrom, effectiveTo));
        LocalDate terminationDay = terminated && effectiveTo != null ? effectiveTo.plusDays(1) : null;
        return new Mapped(event, terminationDay);
    }

    private static FeedEvent endRecord(FeedEvent agreement, LocalDate day) {
        return Records.agreement(agreement.id() + "-end", day, PartialDate.MONTH, agreement.participants(),
                List.of("dcad", "terminated"), SOURCE,
                new AgreementBody(Records.text(agreement.agreement().name() + " (terminated)"), agreement.agreement().kind(),
                        "terminated", null, null));
    }

    private static Optional<LocalDate> entryIntoForce(CsvRow row) {
        OptionalInt year = known(row, "EIFYear");
        OptionalInt month = known(row, "EIFMonth");
        if (year.isEmpty() || month.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt day = known(row, "EIFDay");
        return PartialDate.of(year.getAsInt(), month.getAsInt(), day.isPresent() ? day.getAsInt() : null).map(PartialDate::date);
    }

    /** A number DCAD knows: empty for a blank field or one of its negative special codes. */
    private static OptionalInt known(CsvRow row, String column) {
        OptionalInt v = row.optionalInteger(column);
        return v.isPresent() && v.getAsInt() < 0 ? OptionalInt.empty() : v;
    }

    static String id(String dcaId) {
        String rest = dcaId.regionMatches(true, 0, "DCAD", 0, 4) ? dcaId.substring(4) : dcaId;
        return "dcad-" + rest.replaceAll("[^A-Za-z0-9._:-]", "_");
    }
}
