package io.secweb.core.network.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.secweb.schemas.event.Role;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How {@link NetworkModel} turns events into tie weights: the {@code agreements}, {@code exercises}, {@code dialogues},
 * {@code coercion} and window keys of {@code deploy/config/network.yaml}. Every component may be absent (null) when read from YAML and
 * then takes the default declared here, so a file only has to state what it changes; the shipped file states every
 * default, and a test keeps the two equal.
 *
 * <p>Why these defaults. All weights share one scale, so that the cooperation graph can add agreement stock to
 * exercise flow and the coercion-to-cooperation ratio compares like with like: 1.0 is "a medium exercise together this
 * year" or "an arms or technology transfer agreement".
 * <ul>
 *   <li>Agreements: a mutual-defence <b>alliance treaty</b> (3.0) is the deepest commitment, as heavy as a major
 *   exercise at full weight; an <b>access agreement</b> (SOFA, RAA, EDCA: 2.0) lets forces operate from each other's
 *   territory, the most operational tie short of alliance; <b>defence cooperation</b>, <b>logistics</b> (ACSA) and
 *   <b>intelligence sharing</b> (GSOMIA) agreements (1.5) institutionalise day-to-day work; an <b>equipment and
 *   technology transfer</b> agreement and a <b>minilateral framework</b> (1.0; the latter ties every pair of its
 *   members, so a four-member framework adds six ties) are narrower; a <b>joint statement</b> (0.5) is declaratory.
 *   Agreements are stock: their weight does not decay while they are in force. While a notice of termination runs,
 *   an agreement keeps half its weight ({@code termination_notice_factor} 0.5): the tie still holds in law, but one
 *   party has said it wants out, and a suspension or withdrawal of the notice restores it.</li>
 *   <li>Exercises: scale weights small 0.5, medium 1, large 2, major 3 (roughly doubling with the size of the forces
 *   involved, capped so that one RIMPAC does not outweigh an alliance); an exercise whose feed gives no scale counts
 *   as medium ({@code unspecified}: 1.0). Role factors host and participant 1.0, observer 0.25 (observers send a few
 *   officers, not units). The factor of a pair is the <b>product</b> of its two role factors, not the minimum: two
 *   observers of the same exercise watched the participants, not each other, so their tie (0.0625) is far weaker
 *   than an observer's tie to a participant (0.25). Flow decays with a half-life of 365 days (an exercise is still a
 *   strong signal a year on, when its next iteration is due) and counts as zero after 730 days.</li>
 *   <li>Dialogues: a meeting is flow like an exercise, weighted by its level: leaders 1.0 (a summit is as strong a
 *   signal as a medium exercise together), a 2+2 0.8 (foreign and defence ministers at once), ministers 0.6, senior
 *   officials 0.4, a working group 0.2. Every pair of participants gets the level weight; it decays with a half-life of
 *   365 days after the meeting (the next edition of an annual series is then due, so a series that stops meeting
 *   fades) and counts as zero after 730 days. A postponed or cancelled meeting adds no weight; it is counted (and
 *   listed in provenance) for {@code not_held_window_days} (365) after its planned date.</li>
 *   <li>News: a tie from machine-coded news weighs half a curated one ({@code news.weight_factor} 0.5), times the
 *   record's confidence (which grows with the number of sources that reported it): one news report of a consultation
 *   is evidence of a meeting, not a communiqué. Cooperation the news adapters report with CAMEO 05x–07x is a
 *   short-lived agreement of its own kind — diplomatic cooperation 0.5, material cooperation 0.75, military
 *   cooperation and military aid 1.0 — in force for the days the adapter gives it.</li>
 *   <li>Coercion: weight severity / 5 (0.2 for a protest-level incident up to 1.0 for lethal force), so that one
 *   severe incident weighs about as much as a medium exercise; half-life 180 days, zero after 365 days (pressure is
 *   felt while incidents recur, and fades faster than cooperation).</li>
 *   <li>Tie floor 0.01: decayed weights below it count as zero, so long tails do not keep ties alive.</li>
 *   <li>Groups window 365 days: a multilateral grouping is active if it exercised together within the last year (or
 *   shares an agreement in force). Ties-lost window 365 days: an ended agreement counts as a lost tie for a year.</li>
 * </ul>
 *
 * @param tieFloor           decayed (exercise and coercion) weights below this count as zero
 * @param groupsWindowDays   an exercise makes its members an active group while it ended at most this many days ago
 * @param tiesLostWindowDays an ended agreement tie counts in {@link NetworkSnapshot#tiesLost()} for this many days
 */
public record NetworkSettings(
        Agreements agreements,
        Exercises exercises,
        Coercion coercion,
        Dialogues dialogues,
        News news,
        Double tieFloor,
        Integer groupsWindowDays,
        Integer tiesLostWindowDays) implements Serializable {

    public NetworkSettings {
        agreements = agreements == null ? new Agreements(null, null) : agreements;
        exercises = exercises == null ? new Exercises(null, null, null, null) : exercises;
        coercion = coercion == null ? new Coercion(null, null, null) : coercion;
        dialogues = dialogues == null ? new Dialogues(null, null, null, null) : dialogues;
        news = news == null ? new News(null, null) : news;
        tieFloor = tieFloor == null ? 0.01 : tieFloor;
        groupsWindowDays = groupsWindowDays == null ? 365 : groupsWindowDays;
        tiesLostWindowDays = tiesLostWindowDays == null ? 365 : tiesLostWindowDays;
    }

    /** Every default. */
    public static NetworkSettings defaults() {
        return new NetworkSettings(null, null, null, null, null, null, null, null);
    }

    /**
     * {@code agreements:} stock weights.
     *
     * @param terminationNoticeFactor the share of its weight an agreement keeps while a notice of its termination runs
     *                                (status {@code termination_notice}), between 0 and 1
     */
    public record Agreements(AgreementWeights weights, Double terminationNoticeFactor) implements Serializable {
        public Agreements {
            weights = weights == null ? new AgreementWeights(null, null, null, null, null, null, null, null, null, null, null, null) : weights;
            terminationNoticeFactor = terminationNoticeFactor == null ? 0.5 : terminationNoticeFactor;
        }
    }

    /** {@code agreements.weights:} stock weight of a tie by agreement kind (the kinds of agreement.schema.json). */
    public record AgreementWeights(
            Double allianceTreaty,
            Double defenceCooperation,
            Double accessAgreement,
            Double logisticsAgreement,
            Double intelligenceSharing,
            Double equipmentTechnologyTransfer,
            Double minilateralFramework,
            Double jointStatement,
            Double diplomaticCooperation,
            Double materialCooperation,
            Double militaryCooperation,
            Double militaryAid) implements Serializable {

        public AgreementWeights {
            allianceTreaty = allianceTreaty == null ? 3.0 : allianceTreaty;
            defenceCooperation = defenceCooperation == null ? 1.5 : defenceCooperation;
            accessAgreement = accessAgreement == null ? 2.0 : accessAgreement;
            logisticsAgreement = logisticsAgreement == null ? 1.5 : logisticsAgreement;
            intelligenceSharing = intelligenceSharing == null ? 1.5 : intelligenceSharing;
            equipmentTechnologyTransfer = equipmentTechnologyTransfer == null ? 1.0 : equipmentTechnologyTransfer;
            minilateralFramework = minilateralFramework == null ? 1.0 : minilateralFramework;
            jointStatement = jointStatement == null ? 0.5 : jointStatement;
            diplomaticCooperation = diplomaticCooperation == null ? 0.5 : diplomaticCooperation;
            materialCooperation = materialCooperation == null ? 0.75 : materialCooperation;
            militaryCooperation = militaryCooperation == null ? 1.0 : militaryCooperation;
            militaryAid = militaryAid == null ? 1.0 : militaryAid;
        }

        /** Weights by wire name of the kind, in schema order. */
        public Map<String, Double> byKind() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("alliance_treaty", allianceTreaty);
            m.put("defence_cooperation", defenceCooperation);
            m.put("access_agreement", accessAgreement);
            m.put("logistics_agreement", logisticsAgreement);
            m.put("intelligence_sharing", intelligenceSharing);
            m.put("equipment_technology_transfer", equipmentTechnologyTransfer);
            m.put("minilateral_framework", minilateralFramework);
            m.put("joint_statement", jointStatement);
            m.put("diplomatic_cooperation", diplomaticCooperation);
            m.put("material_cooperation", materialCooperation);
            m.put("military_cooperation", militaryCooperation);
            m.put("military_aid", militaryAid);
            return m;
        }

        /** The weight of a kind; 0 for a kind the schema does not know (the ingest job never lets one through). */
        public double of(String kind) {
            if (kind == null) {
                return 0.0;
            }
            return switch (kind) {
                case "alliance_treaty" -> allianceTreaty;
                case "defence_cooperation" -> defenceCooperation;
                case "access_agreement" -> accessAgreement;
                case "logistics_agreement" -> logisticsAgreement;
                case "intelligence_sharing" -> intelligenceSharing;
                case "equipment_technology_transfer" -> equipmentTechnologyTransfer;
                case "minilateral_framework" -> minilateralFramework;
                case "joint_statement" -> jointStatement;
                case "diplomatic_cooperation" -> diplomaticCooperation;
                case "material_cooperation" -> materialCooperation;
                case "military_cooperation" -> militaryCooperation;
                case "military_aid" -> militaryAid;
                default -> 0.0;
            };
        }
    }

    /**
     * {@code exercises:} flow weights.
     *
     * @param halfLifeDays the weight halves every this many days after the exercise ended
     * @param windowDays   the weight is zero once the exercise ended more than this many days ago
     */
    public record Exercises(ScaleWeights scaleWeights, RoleFactors roleFactors, Integer halfLifeDays, Integer windowDays)
            implements Serializable {
        public Exercises {
            scaleWeights = scaleWeights == null ? new ScaleWeights(null, null, null, null, null) : scaleWeights;
            roleFactors = roleFactors == null ? new RoleFactors(null, null, null) : roleFactors;
            halfLifeDays = halfLifeDays == null ? 365 : halfLifeDays;
            windowDays = windowDays == null ? 730 : windowDays;
        }
    }

    /** {@code exercises.scale_weights:} weight of an exercise by scale; {@code unspecified} when the feed gives none. */
    public record ScaleWeights(Double small, Double medium, Double large, Double major, Double unspecified) implements Serializable {
        public ScaleWeights {
            small = small == null ? 0.5 : small;
            medium = medium == null ? 1.0 : medium;
            large = large == null ? 2.0 : large;
            major = major == null ? 3.0 : major;
            unspecified = unspecified == null ? 1.0 : unspecified;
        }

        public Map<String, Double> byScale() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("small", small);
            m.put("medium", medium);
            m.put("large", large);
            m.put("major", major);
            m.put("unspecified", unspecified);
            return m;
        }

        /** The weight of a scale; {@code unspecified} for an absent (or unknown) scale. */
        public double of(String scale) {
            if (scale == null) {
                return unspecified;
            }
            return switch (scale) {
                case "small" -> small;
                case "medium" -> medium;
                case "large" -> large;
                case "major" -> major;
                default -> unspecified;
            };
        }
    }

    /**
     * {@code exercises.role_factors:} factor of a participant by role. The factor of a pair is the product of its two
     * factors (see the class comment).
     */
    public record RoleFactors(Double host, Double participant, Double observer) implements Serializable {
        public RoleFactors {
            host = host == null ? 1.0 : host;
            participant = participant == null ? 1.0 : participant;
            observer = observer == null ? 0.25 : observer;
        }

        public Map<String, Double> byRole() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("host", host);
            m.put("participant", participant);
            m.put("observer", observer);
            return m;
        }

        /** Host and observer have their own factors; any other role counts as a participant. */
        public double of(Role role) {
            if (role == Role.HOST) {
                return host;
            }
            return role == Role.OBSERVER ? observer : participant;
        }
    }

    /**
     * {@code dialogues:} flow ties of meetings (schemas/json/dialogue.schema.json).
     *
     * @param halfLifeDays      the weight halves every this many days after the meeting ended
     * @param windowDays        the weight is zero once the meeting ended more than this many days ago
     * @param notHeldWindowDays a postponed or cancelled meeting is counted and shown this many days after its planned date
     */
    public record Dialogues(LevelWeights levelWeights, Integer halfLifeDays, Integer windowDays, Integer notHeldWindowDays)
            implements Serializable {
        public Dialogues {
            levelWeights = levelWeights == null ? new LevelWeights(null, null, null, null, null) : levelWeights;
            halfLifeDays = halfLifeDays == null ? 365 : halfLifeDays;
            windowDays = windowDays == null ? 730 : windowDays;
            notHeldWindowDays = notHeldWindowDays == null ? 365 : notHeldWindowDays;
        }
    }

    /** {@code dialogues.level_weights:} weight of the tie between every pair of participants of a meeting, by level. */
    public record LevelWeights(Double leaders, Double ministers, Double twoPlusTwo, Double seniorOfficials, Double workingGroup)
            implements Serializable {
        public LevelWeights {
            leaders = leaders == null ? 1.0 : leaders;
            ministers = ministers == null ? 0.6 : ministers;
            twoPlusTwo = twoPlusTwo == null ? 0.8 : twoPlusTwo;
            seniorOfficials = seniorOfficials == null ? 0.4 : seniorOfficials;
            workingGroup = workingGroup == null ? 0.2 : workingGroup;
        }

        /** Weights by wire name of the level, in schema order. */
        public Map<String, Double> byLevel() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("leaders", leaders);
            m.put("ministers", ministers);
            m.put("two_plus_two", twoPlusTwo);
            m.put("senior_officials", seniorOfficials);
            m.put("working_group", workingGroup);
            return m;
        }

        /** The weight of a level; 0 for a level the schema does not know (the ingest job never lets one through). */
        public double of(String level) {
            if (level == null) {
                return 0.0;
            }
            return switch (level) {
                case "leaders" -> leaders;
                case "ministers" -> ministers;
                case "two_plus_two" -> twoPlusTwo;
                case "senior_officials" -> seniorOfficials;
                case "working_group" -> workingGroup;
                default -> 0.0;
            };
        }
    }

    /**
     * {@code news:} how much ties from machine-coded news (ICEWS, GDELT, the CAMEO CSV) weigh next to curated ones. A
     * record is news-derived when its {@code source.dataset} is one of {@code datasets}; each of its ties weighs
     * {@code weight_factor × confidence} (confidence 1 when the record gives none) times the weight its layer and kind
     * would give a curated record.
     */
    public record News(List<String> datasets, Double weightFactor) implements Serializable {
        public News {
            datasets = datasets == null ? List.of("icews", "gdelt", "cameo") : Collections.unmodifiableList(new ArrayList<>(datasets));
            weightFactor = weightFactor == null ? 0.5 : weightFactor;
        }

        /** The factor of a record: {@code weight_factor × confidence} for news-derived records, else 1. */
        public double factor(String dataset, Double confidence) {
            if (dataset == null || !datasets.contains(dataset)) {
                return 1.0;
            }
            return weightFactor * (confidence == null ? 1.0 : confidence);
        }
    }

    /**
     * {@code coercion:} negative directed ties.
     *
     * @param halfLifeDays the weight halves every this many days after the incident started
     * @param windowDays   the weight is zero once the incident started more than this many days ago
     */
    public record Coercion(SeverityWeights severityWeights, Integer halfLifeDays, Integer windowDays) implements Serializable {
        public Coercion {
            severityWeights = severityWeights == null ? new SeverityWeights(null, null, null, null, null) : severityWeights;
            halfLifeDays = halfLifeDays == null ? 180 : halfLifeDays;
            windowDays = windowDays == null ? 365 : windowDays;
        }
    }

    /** {@code coercion.severity_weights:} weight of an incident by severity 1–5 (default severity / 5). */
    public record SeverityWeights(
            @JsonProperty("1") Double severity1,
            @JsonProperty("2") Double severity2,
            @JsonProperty("3") Double severity3,
            @JsonProperty("4") Double severity4,
            @JsonProperty("5") Double severity5) implements Serializable {

        public SeverityWeights {
            severity1 = severity1 == null ? 0.2 : severity1;
            severity2 = severity2 == null ? 0.4 : severity2;
            severity3 = severity3 == null ? 0.6 : severity3;
            severity4 = severity4 == null ? 0.8 : severity4;
            severity5 = severity5 == null ? 1.0 : severity5;
        }

        /** Weights by severity 1..5 (as text, the YAML keys). */
        public Map<String, Double> bySeverity() {
            Map<String, Double> m = new LinkedHashMap<>();
            m.put("1", severity1);
            m.put("2", severity2);
            m.put("3", severity3);
            m.put("4", severity4);
            m.put("5", severity5);
            return m;
        }

        /** The weight of a severity; severities outside 1..5 are clamped into it. */
        public double of(int severity) {
            return switch (Math.max(1, Math.min(5, severity))) {
                case 1 -> severity1;
                case 2 -> severity2;
                case 3 -> severity3;
                case 4 -> severity4;
                default -> severity5;
            };
        }
    }

    /**
     * One entry of {@code scopes:} as written in the file, before it is resolved against the country registry into a
     * {@link Scope}: members are the union of {@code countries} and of every country carrying one of the
     * {@code regions} tags, minus {@code exclude}.
     *
     * @param countries ISO-3166 alpha-3 codes
     * @param regions   region tags of the country registry (schemas/data/countries.csv), e.g. indo-pacific, asean
     * @param exclude   ISO-3166 alpha-3 codes taken out of the union
     * @param hub       a member, or absent
     */
    public record ScopeDefinition(String name, String description, List<String> countries, List<String> regions,
                                  List<String> exclude, String hub) implements Serializable {
        public ScopeDefinition {
            description = description == null ? "" : description;
            // copies that keep null entries, so that validation can name them instead of failing here
            countries = countries == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(countries));
            regions = regions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(regions));
            exclude = exclude == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(exclude));
        }
    }
}
