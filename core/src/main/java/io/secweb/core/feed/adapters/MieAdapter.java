package io.secweb.core.feed.adapters;

import io.secweb.schemas.country.Country;
import io.secweb.schemas.country.CountryRegistry;
import io.secweb.schemas.event.CoercionBody;
import io.secweb.schemas.event.FeedEvent;
import io.secweb.schemas.event.Participant;
import io.secweb.schemas.event.Role;
import io.secweb.schemas.event.Source;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Militarized interstate events from the MIE dataset: Gibler, D.M. &amp; Miller, S.V., "The Militarized Interstate
 * Events (MIE) Dataset, 1816–2014", <em>Conflict Management and Peace Science</em> (2024; codebook of 2023-07-17),
 * file {@code mie-1.0.csv} (one row per directed dyadic event), mapped to {@code coercion} records.
 *
 * <h2>Mapping (one record per kept row)</h2>
 * <ul>
 *   <li>{@code id}: {@code mie-<micnum>-<eventnum>-<ccode1>-<ccode2>}.</li>
 *   <li>{@code participants}: {@code ccode1} (the acting state) as {@code initiator}, {@code ccode2} as
 *       {@code target}.</li>
 *   <li>{@code start}: {@code styear/stmon/stday}; a day of −9 gives the 1st of the month with {@code date_precision}
 *       month. {@code end}: {@code endyear/endmon/endday}, an unknown day read as the last day of the month; left
 *       out when unknown or before the start.</li>
 *   <li>{@code coercion.severity}: the hostility level {@code hostlev} (2 threat, 3 display, 4 use of force, 5 war)
 *       as it is.</li>
 *   <li>{@code coercion.kind} from {@code action} (MIE does not record whether an event was at sea, in the air or
 *       on land, so the domain kinds are used only where the action implies one):
 *       <ul>
 *         <li>threats (1–6: to use force, to blockade, to occupy territory, to declare war, to use CBR weapons, to
 *             join a war) → {@code diplomatic}: coercive statements, not acts;</li>
 *         <li>show of force, alert, nuclear alert, mobilization, fortify border (7–11) and border violation (12) →
 *             {@code show_of_force}: MIE classes all of them as displays of force (hostility level 3), and a border
 *             violation may be by land, sea or air, so neither {@code airspace_incursion} nor
 *             {@code maritime_gray_zone} can be told from the data;</li>
 *         <li>blockade, occupation of territory, seizure (13–15) → {@code maritime_gray_zone}: in the region since 1990
 *             these are mostly seizures of boats and features at sea;</li>
 *         <li>attack, clash, use of CBR weapons, war battle (16, 17, 19, 22) → {@code show_of_force}: the schema has
 *             no kind for armed force, and the severity (4 or 5) tells these uses of force apart from displays.</li>
 *       </ul>
 *       Tags: {@code mie} and the action ("border-violation", "seizure", …).</li>
 * </ul>
 *
 * <h2>Skipped rows, by reason</h2>
 * Checked in this order: "before 1990" (the adapter keeps events from 1990 on); "unknown country code N";
 * "same country on both sides"; "not Indo-Pacific" (kept only when both states are tagged indo-pacific; the
 * registry tags USA, FRA, GBR, RUS and CAN so); "no militarized action" ({@code hostlev} 1, action 0);
 * "unknown action N"; "start month unknown"; "invalid start date". A hostility level above 5 is a malformed row.
 */
public final class MieAdapter extends DatasetAdapter {
    public static final String FORMAT = "mie";
    static final Source SOURCE = new Source("MIE 1.0 (Gibler & Miller)", "https://internationalconflict.ua.edu/data-download/",
            "mie-1.0", null);
    static final int FIRST_YEAR = 1990;
    private static final int UNKNOWN = -9;

    private record Action(String name, String kind) {}

    private static final Map<Integer, Action> ACTIONS = Map.ofEntries(
            Map.entry(1, new Action("threat to use force", "diplomatic")),
            Map.entry(2, new Action("threat to blockade", "diplomatic")),
            Map.entry(3, new Action("threat to occupy territory", "diplomatic")),
            Map.entry(4, new Action("threat to declare war", "diplomatic")),
            Map.entry(5, new Action("threat to use cbr weapons", "diplomatic")),
            Map.entry(6, new Action("threat to join war", "diplomatic")),
            Map.entry(7, new Action("show of force", "show_of_force")),
            Map.entry(8, new Action("alert", "show_of_force")),
            Map.entry(9, new Action("nuclear alert", "show_of_force")),
            Map.entry(10, new Action("mobilization", "show_of_force")),
            Map.entry(11, new Action("fortify border", "show_of_force")),
            Map.entry(12, new Action("border violation", "show_of_force")),
            Map.entry(13, new Action("blockade", "maritime_gray_zone")),
            Map.entry(14, new Action("occupation of territory", "maritime_gray_zone")),
            Map.entry(15, new Action("seizure", "maritime_gray_zone")),
            Map.entry(16, new Action("attack", "show_of_force")),
            Map.entry(17, new Action("clash", "show_of_force")),
            Map.entry(19, new Action("use of cbr weapons", "show_of_force")),
            Map.entry(22, new Action("war battle", "show_of_force")));

    private static final List<String> REQUIRED = List.of("micnum", "eventnum", "ccode1", "ccode2", "stmon", "stday", "styear",
            "endmon", "endday", "endyear", "action", "hostlev");


    public MieAdapter() {
        this(CountryRegistry.bundled());
    }

    public MieAdapter(CountryRegistry registry) {
        super(registry, FORMAT,
                "Militarized Interstate Events 1.0 (Gibler & Miller), mie-1.0.csv -> coercion incidents from 1990",
                "micnum", "eventnum", "hostlev");
    }

    @Override
    public AdapterResult read(Path file) throws IOException {
        List<FeedEvent> events = new ArrayList<>();
        SkipTally skipped = new SkipTally();
        Set<String> ids = new HashSet<>();
        int rows = eachRow(file, REQUIRED, false, skipped, this::map, (row, outcome) -> {
            FeedEvent e = (FeedEvent) outcome;
            if (!ids.add(e.id())) {
                throw row.malformed("the event " + e.id() + " appears twice");
            }
            events.add(e);
        });
        return new AdapterResult(List.copyOf(events), rows, skipped.asMap());
    }

    /** The row's record, or the reason it is skipped. */
    private Object map(CsvRow row) {
        int year = row.integer("styear");
        if (year < FIRST_YEAR) {
            return "before " + FIRST_YEAR;
        }
        Object dyad = indoPacificDyad(row, "ccode1", "ccode2");
        if (dyad instanceof String reason) {
            return reason;
        }
        Country initiator = ((CowDyad) dyad).first();
        Country target = ((CowDyad) dyad).second();
        int hostility = row.integer("hostlev");
        if (hostility <= 1) {
            return "no militarized action";
        }
        if (hostility > 5) {
            throw row.malformed("hostlev", row.get("hostlev"), "a hostility level 1 to 5");
        }
        int actionCode = row.integer("action");
        Action action = ACTIONS.get(actionCode);
        if (action == null) {
            return "unknown action " + actionCode;
        }
        int month = row.integer("stmon");
        if (month == UNKNOWN) {
            return "start month unknown";
        }
        int day = row.integer("stday");
        Optional<PartialDate> start = PartialDate.of(year, month, day == UNKNOWN ? null : day);
        if (start.isEmpty()) {
            return "invalid start date";
        }
        LocalDate end = end(row).filter(e -> !e.isBefore(start.get().date())).orElse(null);

        String id = "mie-" + row.integer("micnum") + "-" + row.integer("eventnum") + "-" + row.integer("ccode1") + "-" + row.integer("ccode2");
        return Records.coercion(id, start.get(), end,
                List.of(new Participant(initiator.iso3(), Role.INITIATOR), new Participant(target.iso3(), Role.TARGET)),
                List.of("mie", Records.tag(action.name())), SOURCE, new CoercionBody(action.kind(), hostility, null));
    }

    private static Optional<LocalDate> end(CsvRow row) {
        int year = row.integer("endyear");
        int month = row.integer("endmon");
        if (year == UNKNOWN || month == UNKNOWN) {
            return Optional.empty();
        }
        int day = row.integer("endday");
        return PartialDate.of(year, month, day == UNKNOWN ? null : day).map(PartialDate::latest);
    }
}
