package io.secweb.core.feed.adapters;

import io.secweb.schemas.event.EventType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * CAMEO event codes (Schrodt, P.A. (2012), <em>CAMEO Conflict and Mediation Event Observations Event and Actor
 * Codebook</em>, version 1.1b3) and what secweb makes of them: one table for the CAMEO CSV adapter (agreements and
 * coercion only, as it always did) and the news-event adapters (ICEWS, GDELT), which also keep the cooperative side of
 * the news. docs/NEWS-EVENTS.md prints this table; a test keeps the two equal.
 */
final class CameoCodes {

    /**
     * What a code becomes.
     *
     * @param type     the record type
     * @param kind     agreement kind, coercion kind, or null for a dialogue
     * @param severity coercion severity, else 0
     * @param news     false for the codes the CAMEO CSV adapter maps too (agreements and coercion since the start)
     */
    record Mapping(String code, String name, EventType type, String kind, int severity, boolean news) {}

    /** CAMEO root codes (two digits) and their names, for skip reasons and the docs. */
    static final Map<String, String> ROOTS = rootNames();

    private static final Map<String, Mapping> BY_CODE = new LinkedHashMap<>();
    private static final Map<String, Mapping> BY_NAME = new HashMap<>();

    static {
        // --- news only: cooperation kept (CAMEO 04-07), verbal conflict (10-13) ---
        dialogue("040", "Consult, not specified below", "041", "Discuss by telephone", "042", "Make a visit", "043", "Host a visit",
                "044", "Meet at a third location", "045", "Mediate", "046", "Engage in negotiation");
        cooperation("diplomatic_cooperation", "050", "Engage in diplomatic cooperation, not specified below", "051", "Praise or endorse",
                "052", "Defend verbally", "053", "Rally support on behalf of", "054", "Grant diplomatic recognition", "055", "Apologize",
                "056", "Forgive");
        put(new Mapping("057", "Sign formal agreement", EventType.AGREEMENT, "joint_statement", 0, false));
        cooperation("material_cooperation", "060", "Engage in material cooperation, not specified below", "061", "Cooperate economically",
                "063", "Engage in judicial cooperation");
        cooperation("military_cooperation", "062", "Cooperate militarily");
        cooperation("intelligence_sharing", "064", "Share intelligence or information");
        cooperation("military_aid", "072", "Provide military aid");
        verbal(1, "10", "Demand", "100", "Demand, not specified below", "101", "Demand information, investigation",
                "102", "Demand policy support", "103", "Demand aid, protection, or peacekeeping", "104", "Demand political reform",
                "105", "Demand mediation", "106", "Demand withdrawal", "107", "Demand ceasefire", "108", "Demand meeting, negotiation");
        verbal(1, "11", "Disapprove", "110", "Disapprove, not specified below", "111", "Criticize or denounce",
                "112", "Accuse, not specified below", "113", "Rally opposition against", "114", "Complain officially",
                "115", "Bring lawsuit against", "116", "Find guilty or liable (legally)");
        verbal(1, "12", "Reject", "120", "Reject, not specified below", "121", "Reject material cooperation",
                "122", "Reject request or demand for material aid", "123", "Reject request or demand for political reform",
                "124", "Refuse to yield", "125", "Reject proposal to meet, discuss, or negotiate", "126", "Reject mediation",
                "127", "Reject plan, agreement to settle dispute", "128", "Defy norms, law", "129", "Veto");
        verbal(1, "13", "Threaten", "130", "Threaten, not specified below", "131", "Threaten non-force",
                "132", "Threaten with administrative sanctions", "133", "Threaten political dissent, protest",
                "134", "Threaten to halt negotiations", "135", "Threaten to halt mediation",
                "136", "Threaten to halt international involvement (non-mediation)", "137", "Threaten with repression");
        verbal(2, "138", "Threaten with military force", "139", "Give ultimatum");

        // --- the CAMEO CSV adapter's mapping, unchanged, and the news adapters' coercion ---
        coercion("show_of_force", 3, "15", "Exhibit force posture", "150", "Demonstrate military or police power",
                "151", "Increase police alert status", "152", "Increase military alert status",
                "153", "Mobilize or increase police power", "154", "Mobilize or increase armed forces");
        coercion("economic_coercion", 3, "163", "Impose embargo, boycott, or sanctions");
        coercion("economic_coercion", 2, "162", "Reduce or stop material aid", "1621", "Reduce or stop economic assistance",
                "1622", "Reduce or stop military assistance", "1623", "Reduce or stop humanitarian assistance");
        coercion("diplomatic", 2, "16", "Reduce relations", "160", "Reduce relations, not specified below",
                "161", "Reduce or break diplomatic relations", "164", "Halt negotiations", "165", "Halt mediation",
                "166", "Expel or withdraw", "1661", "Expel or withdraw peacekeepers", "1662", "Expel or withdraw inspectors, observers",
                "1663", "Expel or withdraw aid agencies");
        coercion("maritime_gray_zone", 3, "171", "Seize or damage property", "1711", "Confiscate property",
                "1712", "Destroy property");
        coercion("diplomatic", 3, "17", "Coerce", "170", "Coerce, not specified below", "172", "Impose administrative sanctions",
                "1721", "Impose restrictions on political freedoms", "1722", "Ban political parties or politicians",
                "1723", "Impose curfew", "1724", "Impose state of emergency or martial law",
                "173", "Arrest, detain, or charge with legal action", "174", "Expel or deport individuals");
        coercion("show_of_force", 4, "18", "Assault", "180", "Use unconventional violence, not specified below",
                "181", "Abduct, hijack, or take hostage", "182", "Physically assault", "1821", "Sexually assault",
                "1822", "Torture", "1823", "Kill by physical assault", "183", "Conduct suicide, car, or other non-military bombing",
                "1831", "Carry out suicide bombing", "1832", "Carry out vehicular bombing", "1833", "Carry out roadside bombing",
                "1834", "Carry out location bombing", "184", "Use as human shield", "185", "Attempt to assassinate",
                "186", "Assassinate");
        coercion("maritime_gray_zone", 4, "191", "Impose blockade, restrict movement", "192", "Occupy territory");
        coercion("show_of_force", 5, "19", "Fight", "190", "Use conventional military force, not specified below",
                "193", "Fight with small arms and light weapons", "194", "Fight with artillery and tanks",
                "195", "Employ aerial weapons", "1951", "Employ precision-guided aerial munitions",
                "1952", "Employ remotely piloted aerial munitions", "196", "Violate ceasefire");
    }

    private CameoCodes() {}

    private static void dialogue(String... codesAndNames) {
        for (int i = 0; i < codesAndNames.length; i += 2) {
            put(new Mapping(codesAndNames[i], codesAndNames[i + 1], EventType.DIALOGUE, null, 0, true));
        }
    }

    private static void cooperation(String kind, String... codesAndNames) {
        for (int i = 0; i < codesAndNames.length; i += 2) {
            put(new Mapping(codesAndNames[i], codesAndNames[i + 1], EventType.AGREEMENT, kind, 0, true));
        }
    }

    private static void verbal(int severity, String... codesAndNames) {
        for (int i = 0; i < codesAndNames.length; i += 2) {
            put(new Mapping(codesAndNames[i], codesAndNames[i + 1], EventType.COERCION, "diplomatic", severity, true));
        }
    }

    private static void coercion(String kind, int severity, String... codesAndNames) {
        for (int i = 0; i < codesAndNames.length; i += 2) {
            put(new Mapping(codesAndNames[i], codesAndNames[i + 1], EventType.COERCION, kind, severity, false));
        }
    }

    private static void put(Mapping m) {
        BY_CODE.put(m.code(), m);
        BY_NAME.put(nameKey(m.name()), m);
    }

    /** Every mapped code, cooperation first, in CAMEO order within each group (the docs table). */
    static List<Mapping> table() {
        return List.copyOf(BY_CODE.values());
    }

    /** The CAMEO CSV adapter's mapping: a code (exactly) or a name; agreements (057) and coercion only. */
    static Optional<Mapping> cameoCsv(String codeOrName, boolean isCode) {
        Mapping m = isCode ? BY_CODE.get(codeOrName) : BY_NAME.get(nameKey(codeOrName));
        return m == null || m.news() ? Optional.empty() : Optional.of(m);
    }

    /**
     * The news adapters' mapping of a code: the code itself, else its three-digit base code (1121 → 112), else, for
     * the verbal-conflict roots 10–13 only, the root. Codes of the roots 01–03, 08, 09, 14 and 20, and 070–071,
     * 073–075, are left unmapped.
     */
    static Optional<Mapping> news(String code) {
        Mapping m = BY_CODE.get(code);
        if (m == null && code.length() == 4) {
            m = BY_CODE.get(code.substring(0, 3));
        }
        if (m == null && code.length() >= 3 && (code.startsWith("10") || code.startsWith("11") || code.startsWith("12")
                || code.startsWith("13"))) {
            m = BY_CODE.get(code.substring(0, 2));
        }
        return Optional.ofNullable(m);
    }

    /** The two-digit root of a code ({@code 042} → {@code 04}, {@code 1823} → {@code 18}). */
    static String root(String code) {
        return code.substring(0, 2);
    }

    /**
     * A code as the datasets write it, with the leading zero a number column dropped put back: two digits are a
     * three-digit code (ICEWS writes 042 as 42 and 010 as 10); three digits whose first two exceed 20 are a four-digit
     * code (211 is 0211). CAMEO root codes run 01–20.
     */
    static String normalise(String digits) {
        if (digits.length() == 2) {
            return "0" + digits;
        }
        if (digits.length() == 3 && Integer.parseInt(digits.substring(0, 2)) > 20) {
            return "0" + digits;
        }
        return digits;
    }

    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    private static Map<String, String> rootNames() {
        Map<String, String> m = new LinkedHashMap<>();
        String[] names = {"Make public statement", "Appeal", "Express intent to cooperate", "Consult", "Engage in diplomatic cooperation",
                "Engage in material cooperation", "Provide aid", "Yield", "Investigate", "Demand", "Disapprove", "Reject", "Threaten",
                "Protest", "Exhibit force posture", "Reduce relations", "Coerce", "Assault", "Fight", "Use unconventional mass violence"};
        for (int i = 0; i < names.length; i++) {
            m.put(String.format(Locale.ROOT, "%02d", i + 1), names[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** The mapped codes of a record type (for tests and the docs). */
    static List<Mapping> ofType(EventType type) {
        List<Mapping> out = new ArrayList<>();
        BY_CODE.values().stream().filter(m -> m.type() == type).forEach(out::add);
        return out;
    }
}
