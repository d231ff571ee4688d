package io.secweb.core.feed.adapters;

import io.secweb.schemas.country.CountryRegistry;
import io.secweb.schemas.event.CoercionBody;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Participant;
import io.secweb.schemas.event.Role;
import io.secweb.schemas.event.Source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PRC sanctions and economic coercion from the China Sanctions Monitor: Bohman, V., Wong, A. &amp; Ferguson, V.A.
 * (Swedish National China Centre), "China's Sanctions Gambit…" (2025), master sheet exported as CSV
 * ({@code csm_prc_sanctions_master.csv}), mapped to {@code coercion} records.
 *
 * <h2>Mapping (one record per target state of a row)</h2>
 * <ul>
 *   <li>{@code participants}: China ({@code CHN}) as {@code initiator}; one record per state in
 *       {@code Nationality of Targets} ("Country (Region)" entries separated by ";", names resolved with
 *       {@link CountryNames}) as {@code target}. No regional filter: the initiator is always China, and the network
 *       model itself drops targets outside a scope.</li>
 *   <li>{@code id}: {@code csm-<imposition date>-<first 8 hex digits of the SHA-256 of the title>-<target ISO3>}
 *       ({@code csm-2010-09-23-1a2b3c4d-JPN}): stable when rows are added or re-sorted, unlike a row number.</li>
 *   <li>{@code start}: {@code Imposition Date} (YYYY-MM-DD). The monitor dates informal measures known only to the
 *       month as the 1st (58 of the 60 rows dated on a 1st are informal), so an informal measure dated on the 1st
 *       gets {@code date_precision} month.</li>
 *   <li>{@code coercion.kind}: {@code economic_coercion} for every form of restriction — including targeted
 *       sanctions on individuals and entities (asset freezes, transaction and entry bans are economic restrictions,
 *       the kind's definition). {@code coercion.severity} by {@code Form of Restriction}: import control, boycott,
 *       export control, outbound tourism restriction 3 (they hit trade across a sector); targeted sanction,
 *       obstruction of foreign business in China 2 (they hit named people or firms).</li>
 *   <li>{@code source.url}: {@code Link} when it is a single http(s) address, else the monitor's data repository.
 *       Tags: {@code csm}, the form, the issue areas, primary or counter-sanction, formal or informal. The title has
 *       no field in a coercion record; the id's hash ties a record back to it.</li>
 * </ul>
 *
 * <h2>Skipped rows, by reason</h2>
 * "unknown form of restriction 'X'"; "unknown country name 'X'" (a target name neither a state nor a known
 * non-state); "no target nationality" (empty or N/A); "no state among the targets" (only non-states, e.g. the
 * European Union); "duplicate of an earlier row" (same date and title). A date that is not YYYY-MM-DD is a
 * malformed row.
 */
public final class ChinaSanctionsAdapter extends DatasetAdapter {
    public static final String FORMAT = "csm";
    /** Where the monitor's data is published (the master sheet was recovered from this repository's history). */
    static final String HOME = "https://github.com/pnadelofficial/bohman_china_sanctions";
    static final String DATASET = "china-sanctions-monitor";
    static final String NAME = "China Sanctions Monitor (Bohman, Wong & Ferguson)";

    private static final Map<String, Integer> SEVERITY = Map.of(
            "import control", 3,
            "boycott", 3,
            "export control", 3,
            "outbound tourism restriction", 3,
            "targeted sanction", 2,
            "obstruction of foreign business in china", 2);
    private static final List<String> REQUIRED = List.of("Imposition Date", "Title", "Form of Restriction", "Nationality of Targets",
            "Counter vs. Primary", "Issue Area of Perceived Provocation", "Formality", "Link");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern REGION = Pattern.compile("\\s*\\([^)]*\\)\\s*$");

    private final CountryNames names;

    public ChinaSanctionsAdapter() {
        this(CountryRegistry.bundled());
    }

    public ChinaSanctionsAdapter(CountryRegistry registry) {
        super(registry, FORMAT,
                "China Sanctions Monitor master sheet (Bohman, Wong & Ferguson) -> PRC economic coercion, one record per target state",
                "Imposition Date", "Nationality of Targets");
        this.names = new CountryNames(registry);
    }

    @Override
    public AdapterResult read(Path file) throws IOException {
        List<FeedEvent> events = new ArrayList<>();
        SkipTally skipped = new SkipTally();
        Set<String> seen = new HashSet<>();
        int rows = eachRow(file, REQUIRED, false, skipped, row -> map(row, seen, events), (row, kept) -> { });
        return new AdapterResult(List.copyOf(events), rows, skipped.asMap());
    }

    /** Maps one row into {@code out}; returns the reason when the row is skipped. */
    private String map(CsvRow row, Set<String> seen, List<FeedEvent> out) {
        LocalDate date;
        try {
            date = LocalDate.parse(row.get("Imposition Date"));
        } catch (DateTimeParseException e) {
            throw row.malformed("Imposition Date", row.get("Imposition Date"), "a date YYYY-MM-DD");
        }
        String form = row.get("Form of Restriction");
        Integer severity = SEVERITY.get(form.toLowerCase(Locale.ROOT));
        if (severity == null) {
            return "unknown form of restriction '" + form + "'";
        }
        String nationalities = row.get("Nationality of Targets");
        if (nationalities.isEmpty() || nationalities.equalsIgnoreCase("N/A")) {
            return "no target nationality";
        }
        Set<String> targets = new LinkedHashSet<>();
        for (String entry : nationalities.split(";")) {
            String name = REGION.matcher(entry).replaceFirst("").trim();
            if (name.isEmpty()) {
                continue;
            }
            CountryNames.Resolution resolved = names.resolve(name);
            if (resolved instanceof CountryNames.State s) {
                targets.add(s.iso3());
            } else if (resolved instanceof CountryNames.Unknown u) {
                return "unknown country name '" + u.name() + "'";
            }
        }
        targets.remove("CHN");
        if (targets.isEmpty()) {
            return "no state among the targets";
        }
        String title = row.get("Title");
        if (!seen.add(date + "\n" + title)) {
            return "duplicate of an earlier row";
        }

        boolean informal = row.get("Formality").equalsIgnoreCase("Informal");
        PartialDate start = new PartialDate(date, !(informal && date.getDayOfMonth() == 1));
        String link = row.get("Link");
        Source source = new Source(NAME, URL.matcher(link).matches() ? link : HOME, DATASET, null);
        List<String> tags = tags(row, form);
        String stem = "csm-" + date + "-" + hash(title) + "-";
        for (String target : targets) {
            out.add(Records.coercion(stem + target, start, null,
                    List.of(new Participant("CHN", Role.INITIATOR), new Participant(target, Role.TARGET)), tags, source,
                    new CoercionBody("economic_coercion", severity, null)));
        }
        return null;
    }

    private static List<String> tags(CsvRow row, String form) {
        Set<String> tags = new LinkedHashSet<>(List.of("csm", Records.tag(form)));
        for (String issue : row.get("Issue Area of Perceived Provocation").split(";")) {
            if (!issue.isBlank()) {
                tags.add(Records.tag(issue));
            }
        }
        for (String column : List.of("Counter vs. Primary", "Formality")) {
            if (!row.get(column).isEmpty()) {
                tags.add(Records.tag(row.get(column)));
            }
        }
        tags.remove("");
        return List.copyOf(tags);
    }

    static String hash(String title) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(title.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
