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
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Alliances from the Alliance Treaty Obligations and Provisions project: Leeds, B.A., Ritter, J.M., Mitchell, S.M.
 * &amp; Long, A.G. (2002), "Alliance Treaty Obligations and Provisions, 1815–1944", <em>International
 * Interactions</em> 28(3), data version 4.01 (atopdata.org), member-level file {@code atop-member-level.csv} (one
 * row per alliance phase and member), mapped to {@code agreement} records. The alliance-level file has no per-member
 * dates and is not read.
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li>A member is in an alliance phase from its entry {@code yrent/moent/dayent} up to, not including, its exit
 *       {@code yrexit/moexit/dayexit} (ATOP's exit of one phase is the entry of the next, so the exit day is the first
 *       day out); an exit year of 0 means still in force (open-ended). An unknown day is read as the 1st of the
 *       month, with {@code date_precision} month.</li>
 *   <li>One record per alliance phase ({@code atopid}, {@code phase}) with all its known members — as long as its
 *       membership does not change. Members join and leave at different dates (the Treaty of Amity and Cooperation
 *       in Southeast Asia, 3755, grows from 5 members in 1976 to 34), and the network model ties every pair of a
 *       record's parties over the record's whole span, so a phase whose membership changes is cut into consecutive
 *       records, one per stretch of constant membership with at least two members: {@code id}
 *       {@code atop-<atopid>-<phase>} for the first, {@code atop-<atopid>-<phase>-<first day>} for each later one;
 *       {@code start} the first day of the stretch, {@code agreement.effective_to} its last day (absent while the
 *       membership is current). Status {@code in_force}; participants in ATOP's member order, role {@code party}.</li>
 *   <li>{@code agreement.kind}: {@code alliance_treaty} when any member of the phase has a defence or offence
 *       obligation ({@code defense}, {@code offense}); {@code defence_cooperation} when the phase has only
 *       neutrality, non-aggression or consultation pledges ({@code neutral}, {@code nonagg}, {@code consul}).
 *       {@code agreement.name}: "ATOP &lt;atopid&gt; [phase p]: &lt;obligations&gt; — &lt;members&gt;" (ATOP has no
 *       treaty names). Tags: {@code atop} and the obligations.</li>
 *   <li>End records for exits: when a pair of members stops being tied by the alliance (a member leaves, or the
 *       phase ends), an end record {@code atop-<atopid>-<phase>-end-<day>-<A>-<B>} (status {@code terminated},
 *       start the exit day, the two members as parties, the phase's kind) — unless on that day the pair is still tied
 *       by the same alliance (its next phase or stretch) or by another ATOP alliance of the same kind. End records are
 *       per pair because the network model ends every tie of the record's kind between <em>all</em> pairs of an end
 *       record's parties: one record for SEATO's dissolution in 1977 would also end the US–UK tie of NATO.
 *       New Zealand's exit from ANZUS in 1986 gives NZL–USA and AUS–NZL end records.</li>
 * </ul>
 *
 * <h2>Skipped rows, by reason</h2>
 * "unknown country code N" (no registry row, e.g. 260 West Germany, 817 South Vietnam); "fewer than two known
 * members" (the phase has fewer than two members with a registry row); "not Indo-Pacific" (fewer than two members of
 * the phase tagged indo-pacific — the registry tags USA, FRA, GBR, RUS and CAN so, so NATO and even 19th-century
 * European alliances pass; a replay's date range narrows them).
 */
public final class AtopAdapter extends DatasetAdapter {
    public static final String FORMAT = "atop";
    static final Source SOURCE = new Source("ATOP v4.01 (Leeds et al.)", "http://www.atopdata.org/", "atop-v4.01", null);
    static final String ALLIANCE_TREATY = "alliance_treaty";

    private static final List<String> REQUIRED = List.of("atopid", "member", "phase", "yrent", "moent", "dayent", "yrexit",
            "moexit", "dayexit", "defense", "offense", "neutral", "nonagg", "consul");
    private static final List<String> OBLIGATIONS = List.of("defense", "offense", "neutral", "nonagg", "consul");
    private static final Map<String, String> OBLIGATION_NAMES = Map.of("defense", "defense", "offense", "offense",
            "neutral", "neutrality", "nonagg", "non-aggression", "consul", "consultation");


    public AtopAdapter() {
        this(CountryRegistry.bundled());
    }

    public AtopAdapter(CountryRegistry registry) {
        super(registry, FORMAT,
                "Alliance Treaty Obligations and Provisions v4.01 (Leeds et al.), atop-member-level.csv -> agreements",
                "atopid", "member", "yrent");
    }

    /** One member's stay in an alliance phase: [entry, exit), exit null while in force. */
    private record Membership(String iso3, PartialDate entry, PartialDate exit, Set<String> obligations) {
        boolean covers(LocalDate day) {
            return !day.isBefore(entry.date()) && (exit == null || day.isBefore(exit.date()));
        }
    }

    private record PhaseKey(int atopid, int phase) {}

    /** A stretch of constant membership: [from, to) with to null while open. */
    private record Stretch(LocalDate from, String precision, LocalDate to, String toPrecision, List<String> members) {}

    @Override
    public AdapterResult read(Path file) throws IOException {
        SkipTally skipped = new SkipTally();
        Map<PhaseKey, List<Membership>> phases = new LinkedHashMap<>();
        int rows = 0;
        try (CsvFile csv = CsvFile.open(file, FORMAT, REQUIRED, false)) {
            for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                rows++;
                PhaseKey key = new PhaseKey(row.integer("atopid"), row.integer("phase"));
                int code = row.integer("member");
                Optional<Country> member = registry.byCowCode(code);
                if (member.isEmpty()) {
                    skipped.add("unknown country code " + code);
                    continue;
                }
                Set<String> obligations = new LinkedHashSet<>();
                for (String o : OBLIGATIONS) {
                    if (row.flag(o)) {
                        obligations.add(o);
                    }
                }
                PartialDate entry = date(row, "yrent", "moent", "dayent");
                PartialDate exit = row.integer("yrexit") == 0 ? null : date(row, "yrexit", "moexit", "dayexit");
                phases.computeIfAbsent(key, k -> new ArrayList<>()).add(new Membership(member.get().iso3(), entry, exit, obligations));
            }
        }

        Map<PhaseKey, List<FeedEvent>> recordsByPhase = new LinkedHashMap<>();
        Map<PhaseKey, List<Stretch>> stretchesByPhase = new LinkedHashMap<>();
        Map<FeedEvent, Integer> allianceOf = new IdentityHashMap<>();
        for (Map.Entry<PhaseKey, List<Membership>> phase : phases.entrySet()) {
            List<Membership> members = phase.getValue();
            Set<String> distinct = new LinkedHashSet<>();
            members.forEach(m -> distinct.add(m.iso3()));
            if (distinct.size() < 2) {
                skipped.add("fewer than two known members", members.size());
                continue;
            }
            long indoPacific = distinct.stream().filter(this::isIndoPacific).count();
            if (indoPacific < 2) {
                skipped.add("not Indo-Pacific", members.size());
                continue;
            }
            List<Stretch> stretches = stretches(members);
            List<FeedEvent> records = new ArrayList<>();
            PhaseKey key = phase.getKey();
            for (int i = 0; i < stretches.size(); i++) {
                Stretch s = stretches.get(i);
                String id = base(key) + (i == 0 ? "" : "-" + s.from());
                FeedEvent e = Records.agreement(id, s.from(), s.precision(), parties(s.members()), tags(members), SOURCE,
                        new AgreementBody(name(key, members, s.members()), kind(members), "in_force", null,
                                s.to() == null ? null : s.to().minusDays(1)));
                records.add(e);
                allianceOf.put(e, key.atopid());
            }
            recordsByPhase.put(key, records);
            stretchesByPhase.put(key, stretches);
        }

        TieIndex ties = new TieIndex(recordsByPhase.values().stream().flatMap(List::stream).toList());
        List<FeedEvent> events = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Map.Entry<PhaseKey, List<FeedEvent>> phase : recordsByPhase.entrySet()) {
            PhaseKey key = phase.getKey();
            List<Stretch> stretches = stretchesByPhase.get(key);
            List<FeedEvent> records = phase.getValue();
            for (int i = 0; i < records.size(); i++) {
                FeedEvent record = records.get(i);
                events.add(record);
                Stretch s = stretches.get(i);
                if (s.to() == null) {
                    continue;
                }
                for (List<String> pair : pairs(s.members())) {
                    String a = pair.get(0);
                    String b = pair.get(1);
                    boolean continues = ties.tiedByAnyKind(a, b, s.to(), e -> allianceOf.get(e) != key.atopid())
                            || ties.tied(a, b, record.agreement().kind(), s.to(), e -> false);
                    if (!continues) {
                        events.add(endRecord(key, record, s, a, b));
                    }
                }
            }
        }
        for (FeedEvent e : events) {
            if (!ids.add(e.id())) {
                throw new AdapterException(file + ": two records with id " + e.id());
            }
        }
        return new AdapterResult(List.copyOf(events), rows, skipped.asMap());
    }

    /** Cuts a phase into stretches of constant membership with at least two members. */
    private static List<Stretch> stretches(List<Membership> members) {
        TreeMap<LocalDate, Boolean> boundaries = new TreeMap<>(); // day -> day known
        for (Membership m : members) {
            boundaries.merge(m.entry().date(), m.entry().dayKnown(), Boolean::logicalOr);
            if (m.exit() != null) {
                boundaries.merge(m.exit().date(), m.exit().dayKnown(), Boolean::logicalOr);
            }
        }
        List<Stretch> stretches = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>(boundaries.keySet());
        for (int i = 0; i < days.size(); i++) {
            LocalDate from = days.get(i);
            LocalDate to = i + 1 < days.size() ? days.get(i + 1) : null;
            Set<String> present = new LinkedHashSet<>();
            members.stream().filter(m -> m.covers(from)).forEach(m -> present.add(m.iso3()));
            if (present.size() < 2) {
                continue;
            }
            String precision = boundaries.get(from) ? PartialDate.DAY : PartialDate.MONTH;
            String toPrecision = to == null ? null : boundaries.get(to) ? PartialDate.DAY : PartialDate.MONTH;
            List<String> list = List.copyOf(present);
            Stretch last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
            if (last != null && from.equals(last.to()) && last.members().equals(list)) {
                stretches.set(stretches.size() - 1, new Stretch(last.from(), last.precision(), to, toPrecision, list));
            } else if (to == null || to.isAfter(from)) {
                stretches.add(new Stretch(from, precision, to, toPrecision, list));
            }
        }
        return stretches;
    }

    private FeedEvent endRecord(PhaseKey key, FeedEvent record, Stretch s, String a, String b) {
        String first = a.compareTo(b) <= 0 ? a : b;
        String second = first.equals(a) ? b : a;
        String id = base(key) + "-end-" + s.to() + "-" + first + "-" + second;
        String name = "ATOP " + key.atopid() + phaseLabel(key) + ": " + first + "–" + second + " tie ended";
        return Records.agreement(id, s.to(), s.toPrecision(), parties(List.of(first, second)), List.of("atop", "exit"), SOURCE,
                new AgreementBody(name, record.agreement().kind(), "terminated", null, null));
    }

    private static List<List<String>> pairs(List<String> members) {
        List<List<String>> pairs = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                pairs.add(List.of(members.get(i), members.get(j)));
            }
        }
        return pairs;
    }

    private static List<Participant> parties(List<String> members) {
        return members.stream().map(m -> new Participant(m, Role.PARTY)).toList();
    }

    private static String kind(List<Membership> members) {
        boolean military = members.stream().anyMatch(m -> m.obligations().contains("defense") || m.obligations().contains("offense"));
        return military ? ALLIANCE_TREATY : DcadAdapter.DEFENCE_COOPERATION;
    }

    private static Set<String> obligations(List<Membership> members) {
        Set<String> all = new LinkedHashSet<>();
        for (String o : OBLIGATIONS) {
            if (members.stream().anyMatch(m -> m.obligations().contains(o))) {
                all.add(OBLIGATION_NAMES.get(o));
            }
        }
        return all;
    }

    private static List<String> tags(List<Membership> members) {
        List<String> tags = new ArrayList<>(List.of("atop"));
        tags.addAll(obligations(members));
        return Collections.unmodifiableList(tags);
    }

    private static String name(PhaseKey key, List<Membership> phaseMembers, List<String> present) {
        Set<String> obligations = obligations(phaseMembers);
        return Records.text("ATOP " + key.atopid() + phaseLabel(key) + ": "
                + (obligations.isEmpty() ? "no listed obligations" : String.join(", ", obligations))
                + " — " + String.join(", ", present));
    }

    private static String phaseLabel(PhaseKey key) {
        return key.phase() == 0 ? "" : " phase " + key.phase();
    }

    private static String base(PhaseKey key) {
        return "atop-" + key.atopid() + "-" + key.phase();
    }

    private boolean isIndoPacific(String iso3) {
        return registry.byIso3(iso3).map(c -> c.inRegion(MmeAdapter.INDO_PACIFIC)).orElse(false);
    }

    /** A date with an unknown day when the day field is empty or 0; anything else not a date is a malformed row. */
    private static PartialDate date(CsvRow row, String year, String month, String day) {
        int y = row.integer(year);
        int m = row.integer(month);
        var d = row.optionalInteger(day);
        Integer dayOfMonth = d.isEmpty() || d.getAsInt() == 0 ? null : d.getAsInt();
        return PartialDate.of(y, m, dayOfMonth).orElseThrow(() -> row.malformed(year + "/" + month + "/" + day + " is "
                + y + "/" + m + "/" + (dayOfMonth == null ? "?" : dayOfMonth) + ", not a calendar date"));
    }
}
