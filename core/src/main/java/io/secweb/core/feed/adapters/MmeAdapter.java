package io.secweb.core.feed.adapters;

import io.secweb.schemas.country.CountryRegistry;
import io.secweb.schemas.event.ExerciseBody;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Participant;
import io.secweb.schemas.event.Role;
import io.secweb.schemas.event.Source;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Multinational military exercises from the MME dataset: D'Orazio, V. &amp; Galambos, K., <em>Multinational Military
 * Exercises, 1980–2010</em>, Harvard Dataverse V1, doi:10.7910/DVN/KHFODX (file {@code mme_v7.csv}, as
 * redistributed in the troopdata R package), mapped to {@code exercise} records. Not Bernhardt &amp; Sukin's MMED.
 *
 * <h2>Mapping (one record per row)</h2>
 * <ul>
 *   <li>{@code id}: {@code mme-} + the number of {@code MMEID} ({@code mme87} → {@code mme-87}). An MMEID that the
 *       file gives to more than one exercise (v7 has three) gets the start date appended
 *       ({@code mme-3460-2005-07-07}), so that ids stay unique and do not depend on row order.</li>
 *   <li>{@code exercise.name}: {@code Ex_Name}; when it is empty or "-9", {@code Series_Name}; else
 *       "MME exercise &lt;MMEID&gt;". {@code exercise.series}: {@code Series_Name} when given.
 *       {@code exercise.location}: {@code Location} (free text) when given. {@code exercise.scale} is not in the data
 *       and is left out.</li>
 *   <li>{@code start}: {@code s.year/s.month/s.day}; a day of "xx" gives the 1st of the month with
 *       {@code date_precision} month. {@code end}: {@code e.year/e.month/e.day}, an unknown day read as the last day of
 *       the month; left out when it is before the start (six v7 rows are coded so).</li>
 *   <li>{@code exercise.domains}: land, sea, air, amphibious, cyber from the flags {@code Land, Sea, Air,
 *       Amphibious, Cyber}; hadr from {@code Humanitarian}. Tags: {@code mme}, and {@code cpx}, {@code warfighting},
 *       {@code peacekeeping}, {@code humanitarian} from the flags of those names.</li>
 *   <li>{@code participants}: the country names in {@code StateA … StateAM}, resolved with {@link CountryNames},
 *       each once, all with role {@code participant}. MME lists the states in alphabetical order (3,702 of the
 *       3,707 v7 rows), not the host first — RIMPAC lists Australia first in all 15 editions — so no state is made
 *       host. Names that are not states of the registry ("-9", "NATO", "Baltic States", Bermuda, Hong Kong,
 *       New Caledonia, the Netherlands Antilles, and the former Czechoslovakia, Yugoslavia and the two German states)
 *       are dropped from the participants.</li>
 * </ul>
 *
 * <h2>Skipped rows, by reason</h2>
 * Checked in this order: "unknown country name 'X'" (a name neither a state nor a known non-state: the alias table
 * needs it); "fewer than two known states"; "not Indo-Pacific" (fewer than two participants tagged indo-pacific in
 * the registry — note that the registry tags the resident outside powers USA, FRA, GBR, RUS and CAN so);
 * "start month unknown"; "invalid start date".
 */
public final class MmeAdapter extends DatasetAdapter {
    public static final String FORMAT = "mme";
    static final Source SOURCE = new Source("MME v7 (D'Orazio & Galambos)", "https://doi.org/10.7910/DVN/KHFODX", "mme-v7", null);
    static final String INDO_PACIFIC = "indo-pacific";

    private static final List<String> REQUIRED = List.of("MMEID", "Ex_Name", "Series_Name", "Location", "s.year", "s.month",
            "s.day", "e.year", "e.month", "e.day", "CPX", "Air", "Land", "Sea", "Amphibious", "Cyber", "Warfighting",
            "Peacekeeping", "Humanitarian", "StateA");
    private static final Pattern STATE_COLUMN = Pattern.compile("State[A-Z]{1,2}");
    private static final Pattern MME_NUMBER = Pattern.compile("(?i)mme(\\d+)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final CountryNames names;

    public MmeAdapter() {
        this(CountryRegistry.bundled());
    }

    public MmeAdapter(CountryRegistry registry) {
        super(registry, FORMAT,
                "Multinational Military Exercises v7 (D'Orazio & Galambos, doi:10.7910/DVN/KHFODX), mme_v7.csv -> exercises",
                "MMEID", "Ex_Name", "StateA");
        this.names = new CountryNames(registry);
    }

    @Override
    public AdapterResult read(Path file) throws IOException {
        List<CsvRow> rows = new ArrayList<>();
        List<String> stateColumns;
        try (CsvFile csv = CsvFile.open(file, FORMAT, REQUIRED, false)) {
            stateColumns = csv.columns().stream().filter(c -> STATE_COLUMN.matcher(c).matches()).toList();
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                rows.add(row);
            }
        }
        Map<String, Integer> idCounts = new HashMap<>();
        rows.forEach(r -> idCounts.merge(r.get("MMEID"), 1, Integer::sum));

        List<FeedEvent> events = new ArrayList<>();
        SkipTally skipped = new SkipTally();
        Set<String> ids = new HashSet<>();
        for (CsvRow row : rows) {
            String reason = map(row, stateColumns, idCounts, events);
            if (reason != null) {
                skipped.add(reason);
            } else if (!ids.add(events.get(events.size() - 1).id())) {
                throw row.malformed("MMEID " + row.get("MMEID") + " repeats an exercise with the same start date");
            }
        }
        return new AdapterResult(List.copyOf(events), rows.size(), skipped.asMap());
    }

    /** Maps one row into {@code out}; returns the reason when the row is skipped. */
    private String map(CsvRow row, List<String> stateColumns, Map<String, Integer> idCounts, List<FeedEvent> out) {
        Set<String> states = new LinkedHashSet<>();
        for (String column : stateColumns) {
            String name = row.get(column);
            if (name.isEmpty()) {
                continue;
            }
            CountryNames.Resolution resolved = names.resolve(name);
            if (resolved instanceof CountryNames.State s) {
                states.add(s.iso3());
            } else if (resolved instanceof CountryNames.Unknown u) {
                return "unknown country name '" + u.name() + "'";
            }
        }
        if (states.size() < 2) {
            return "fewer than two known states";
        }
        long indoPacific = states.stream().filter(this::isIndoPacific).count();
        if (indoPacific < 2) {
            return "not Indo-Pacific";
        }
        Optional<Integer> month = number(row.get("s.month"));
        if (month.isEmpty()) {
            return "start month unknown";
        }
        Optional<PartialDate> start = PartialDate.of(row.integer("s.year"), month.get(), number(row.get("s.day")).orElse(null));
        if (start.isEmpty()) {
            return "invalid start date";
        }
        LocalDate end = end(row).filter(e -> !e.isBefore(start.get().date())).orElse(null);

        String mmeId = row.get("MMEID");
        String id = "mme-" + idNumber(mmeId) + (idCounts.get(mmeId) > 1 ? "-" + start.get().date() : "");
        List<Participant> participants = states.stream().map(c -> new Participant(c, Role.PARTICIPANT)).toList();
        out.add(Records.exercise(id, start.get(), end, participants, tags(row), SOURCE,
                new ExerciseBody(name(row), given(row.get("Series_Name")).map(Records::text).orElse(null), domains(row), null,
                        given(row.get("Location")).map(Records::text).orElse(null))));
        return null;
    }

    private boolean isIndoPacific(String iso3) {
        return registry.byIso3(iso3).map(c -> c.inRegion(INDO_PACIFIC)).orElse(false);
    }

    private static String idNumber(String mmeId) {
        var m = MME_NUMBER.matcher(mmeId);
        if (m.matches()) {
            return m.group(1);
        }
        return mmeId.replaceAll("[^A-Za-z0-9._:-]", "_");
    }

    private static String name(CsvRow row) {
        return given(row.get("Ex_Name")).or(() -> given(row.get("Series_Name"))).map(Records::text)
                .orElse("MME exercise " + row.get("MMEID"));
    }

    private static Optional<LocalDate> end(CsvRow row) {
        Optional<Integer> year = number(row.get("e.year"));
        Optional<Integer> month = number(row.get("e.month"));
        if (year.isEmpty() || month.isEmpty()) {
            return Optional.empty();
        }
        return PartialDate.of(year.get(), month.get(), number(row.get("e.day")).orElse(null)).map(PartialDate::latest);
    }

    private static List<String> domains(CsvRow row) {
        List<String> domains = new ArrayList<>();
        if (row.flag("Land")) {
            domains.add("land");
        }
        if (row.flag("Sea")) {
            domains.add("sea");
        }
        if (row.flag("Air")) {
            domains.add("air");
        }
        if (row.flag("Amphibious")) {
            domains.add("amphibious");
        }
        if (row.flag("Cyber")) {
            domains.add("cyber");
        }
        if (row.flag("Humanitarian")) {
            domains.add("hadr");
        }
        return domains.isEmpty() ? null : List.copyOf(domains);
    }

    private static List<String> tags(CsvRow row) {
        List<String> tags = new ArrayList<>(List.of("mme"));
        for (String flag : List.of("CPX", "Warfighting", "Peacekeeping", "Humanitarian")) {
            if (row.flag(flag)) {
                tags.add(flag.toLowerCase(Locale.ROOT));
            }
        }
        return tags;
    }

    /** A text field that is given: not empty and not MME's "-9" for missing. */
    private static Optional<String> given(String value) {
        return value.isEmpty() || value.equals("-9") ? Optional.empty() : Optional.of(value);
    }

    /** A whole number, or empty for MME's unknown markers ("xx", "", "-9"). */
    private static Optional<Integer> number(String value) {
        return DIGITS.matcher(value).matches() ? Optional.of(Integer.parseInt(value)) : Optional.empty();
    }
}
