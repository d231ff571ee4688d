package io.secweb.core.feed.adapters;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One side of a news event as secweb sees it: the state it belongs to and whether it acts for that state. A row makes
 * an interstate tie only when both sides are state actors — government, military, legislature, judiciary,
 * intelligence — and, for coercion only, police and coast guards acting for their state. Everyone else (citizens,
 * businesses, media, criminals, rebels, NGOs, international organisations, parties, religious and other social
 * groups) is a non-state actor, and the row is skipped with that reason.
 *
 * @param country ISO-3166 alpha-3 code of the registry, or null when the dataset gives none or one the registry
 *                does not know ({@code problem} then says which)
 * @param level   for state actors, the level a meeting of theirs is at: leaders, ministers or senior_officials
 */
record NewsActor(String country, String problem, Kind kind, String level) {

    /** What an actor is; the label appears in skip reasons ("non-state actor: citizens"). */
    enum Kind {
        STATE("state"), POLICE("police or coast guard"), CITIZENS("citizens"), CRIMINALS("criminals"), REBELS("rebels and insurgents"),
        MEDIA("media"), BUSINESS("business"), NGOS("NGOs"), INTERNATIONAL_ORGANISATIONS("international organisations"),
        OTHER_NON_STATE("other non-state actors"), UNIDENTIFIED("unidentified");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    // ICEWS sector names, matched as lower-case fragments, in order of precedence (first match wins)
    private static final List<String> CRIMINAL_SECTORS = List.of("crimin", "gang", "organized crime", "smuggl", "pira", "traffick");
    private static final List<String> REBEL_SECTORS = List.of("rebel", "insurgen", "separatist", "militant", "terroris", "guerrilla");
    private static final List<String> MEDIA_SECTORS = List.of("media", "news", "journalis", "broadcast");
    private static final List<String> BUSINESS_SECTORS = List.of("business", "corporat", "company", "companies");
    private static final List<String> IO_SECTORS = List.of("international organization", "intergovernmental", "united nations",
            "regional organization");
    private static final List<String> NGO_SECTORS = List.of("ngo", "non-governmental", "nongovernmental", "civil society", "human rights",
            "charit", "advocacy", "activist");
    private static final List<String> POLICE_SECTORS = List.of("police", "coast guard", "border guard", "border patrol", "law enforcement",
            "gendarm");
    private static final List<String> STATE_SECTORS = List.of("government", "executive", "cabinet", "ministry", "minister", "military",
            "army", "navy", "naval", "air force", "armed forces", "defense", "defence", "foreign", "diplomat", "embassy", "legislat",
            "parliament", "judicia", "intelligence", "head of state");
    private static final List<String> OTHER_SECTORS = List.of("opposition", "protest", "religio", "ethnic", "education", "student",
            "labor", "labour", "union", "social", "elite", "parties", "party", "dissident", "refugee", "health", "medical", "agricultur",
            "environment", "mob");

    private static final List<String> LEADER_WORDS = List.of("president", "prime minister", "premier", "king", "emperor", "chancellor",
            "head of state", "supreme leader", "chairman", "executive office");
    private static final List<String> MINISTER_WORDS = List.of("minister", "ministry", "cabinet", "secretary of state", "secretary of defense",
            "defense secretary", "foreign secretary");

    /**
     * An ICEWS actor: its name ("Citizen (India)", "Xi Jinping", "Japan"), its comma-separated sectors ("Police,Government")
     * and its country ({@code country} already resolved, or null with {@code problem}); {@code nameIsItsCountry} when the
     * actor is named after its country, which makes an actor without sectors the state itself.
     */
    static NewsActor icews(String name, String sectors, String country, String problem, boolean nameIsItsCountry) {
        String n = name.toLowerCase(Locale.ROOT);
        String s = sectors.toLowerCase(Locale.ROOT);
        Kind kind;
        if (n.startsWith("citizen")) {
            kind = Kind.CITIZENS;
        } else if (s.isBlank()) {
            // an actor without sectors is the state itself when its name is its country's ("Japan", "China")
            kind = country != null && nameIsItsCountry ? Kind.STATE : Kind.UNIDENTIFIED;
        } else if (any(s, CRIMINAL_SECTORS)) {
            kind = Kind.CRIMINALS;
        } else if (any(s, REBEL_SECTORS)) {
            kind = Kind.REBELS;
        } else if (any(s, MEDIA_SECTORS)) {
            kind = Kind.MEDIA;
        } else if (any(s, BUSINESS_SECTORS)) {
            kind = Kind.BUSINESS;
        } else if (any(s, IO_SECTORS)) {
            kind = Kind.INTERNATIONAL_ORGANISATIONS;
        } else if (any(s, NGO_SECTORS)) {
            kind = Kind.NGOS;
        } else if (any(s, POLICE_SECTORS) && !any(s, List.of("military", "army", "navy", "armed forces"))) {
            kind = Kind.POLICE;
        } else if (any(s, STATE_SECTORS)) {
            kind = Kind.STATE;
        } else if (any(s, OTHER_SECTORS)) {
            kind = Kind.OTHER_NON_STATE;
        } else {
            kind = Kind.UNIDENTIFIED;
        }
        return new NewsActor(country, problem, kind, level(n + " " + s));
    }

    private static final Set<String> STATE_TYPES = Set.of("GOV", "MIL", "SPY", "LEG", "JUD");
    private static final Set<String> CITIZEN_TYPES = Set.of("CVL", "REF");
    private static final Set<String> REBEL_TYPES = Set.of("REB", "INS", "SEP", "UAF", "IMG");
    private static final Set<String> BUSINESS_TYPES = Set.of("BUS", "MNC");
    private static final Set<String> IO_TYPES = Set.of("IGO", "UNO", "PKO");
    private static final Set<String> NGO_TYPES = Set.of("NGO", "NGM", "HRI", "AMN", "IRC", "GRP");
    private static final Set<String> OTHER_TYPES = Set.of("OPP", "LAB", "EDU", "HLH", "ELI", "ENV", "DEV", "AGR", "SET", "RAD", "MOD");

    /**
     * A GDELT actor: its name, its CAMEO country code (empty when unknown) and its three actor type codes (CAMEO actor
     * codebook: GOV, MIL, COP, CVL, BUS, MED, CRM, REB, …). An actor with a country and no type is the state itself.
     */
    static NewsActor gdelt(String name, String country, String problem, List<String> types) {
        Set<String> t = Set.copyOf(types.stream().filter(x -> !x.isBlank()).toList());
        Kind kind;
        if (t.stream().anyMatch(CITIZEN_TYPES::contains)) {
            kind = Kind.CITIZENS;
        } else if (t.contains("CRM")) {
            kind = Kind.CRIMINALS;
        } else if (t.stream().anyMatch(REBEL_TYPES::contains)) {
            kind = Kind.REBELS;
        } else if (t.contains("MED")) {
            kind = Kind.MEDIA;
        } else if (t.stream().anyMatch(BUSINESS_TYPES::contains)) {
            kind = Kind.BUSINESS;
        } else if (t.stream().anyMatch(IO_TYPES::contains)) {
            kind = Kind.INTERNATIONAL_ORGANISATIONS;
        } else if (t.stream().anyMatch(NGO_TYPES::contains)) {
            kind = Kind.NGOS;
        } else if (t.contains("COP")) {
            kind = Kind.POLICE;
        } else if (t.stream().anyMatch(STATE_TYPES::contains) || t.isEmpty()) {
            kind = Kind.STATE;
        } else if (t.stream().anyMatch(OTHER_TYPES::contains)) {
            kind = Kind.OTHER_NON_STATE;
        } else {
            kind = Kind.UNIDENTIFIED;
        }
        return new NewsActor(country, problem, kind, level(name.toLowerCase(Locale.ROOT)));
    }

    /** True for the actors that can make an interstate tie of the given type. */
    boolean actsForItsState(boolean coercion) {
        return kind == Kind.STATE || (coercion && kind == Kind.POLICE);
    }

    private static String level(String text) {
        if (any(text, LEADER_WORDS)) {
            return "leaders";
        }
        if (any(text, MINISTER_WORDS)) {
            return "ministers";
        }
        return "senior_officials";
    }

    private static boolean any(String text, List<String> fragments) {
        for (String f : fragments) {
            if (text.contains(f)) {
                return true;
            }
        }
        return false;
    }
}
