package io.secweb.core.indicators;

import java.util.List;

/**
 * The name of every indicator value, as it appears in documents ({@code secweb.values.<name>}) and in the index
 * template. Definitions: docs/indicators.md.
 */
public final class IndicatorNames {
    private IndicatorNames() {}

    // scope: size
    public static final String MEMBERS = "members";
    public static final String ACTIVE_MEMBERS = "active_members";
    public static final String TIES = "ties";
    // scope: thickening
    public static final String DENSITY = "density";
    public static final String WEIGHTED_DENSITY = "weighted_density";
    public static final String MEAN_STRENGTH = "mean_strength";
    public static final String TRANSITIVITY = "transitivity";
    public static final String AVERAGE_CLUSTERING = "average_clustering";
    public static final String DEGREE_CENTRALIZATION = "degree_centralization";
    public static final String HUB_BETWEENNESS_SHARE = "hub_betweenness_share";
    public static final String SPOKE_TO_SPOKE_SHARE = "spoke_to_spoke_share";
    public static final String MEAN_HUB_DEPENDENCE = "mean_hub_dependence";
    public static final String HUB_REMOVAL_EFFICIENCY_RATIO = "hub_removal_efficiency_ratio";
    public static final String GLOBAL_EFFICIENCY = "global_efficiency";
    public static final String MAXIMAL_CLIQUES = "maximal_cliques";
    public static final String LARGEST_CLIQUE = "largest_clique";
    public static final String ACTIVE_MINILATERAL_GROUPS = "active_minilateral_groups";
    // scope: fragmentation
    public static final String COMPONENTS = "components";
    public static final String LARGEST_COMPONENT_SHARE = "largest_component_share";
    public static final String MODULARITY = "modularity";
    public static final String COMMUNITIES = "communities";
    public static final String PARTITION_STABILITY = "partition_stability";
    public static final String SIGNED_TRIANGLE_BALANCE = "signed_triangle_balance";
    public static final String SIGNED_TRIANGLES = "signed_triangles";
    public static final String TIES_LOST = "ties_lost";
    public static final String DIALOGUES_NOT_HELD = "dialogues_not_held";
    public static final String COERCION_TOTAL = "coercion_total";
    public static final String COERCION_TO_COOPERATION = "coercion_to_cooperation";

    public static final List<String> SCOPE = List.of(MEMBERS, ACTIVE_MEMBERS, TIES, DENSITY, WEIGHTED_DENSITY, MEAN_STRENGTH,
            TRANSITIVITY, AVERAGE_CLUSTERING, DEGREE_CENTRALIZATION, HUB_BETWEENNESS_SHARE, SPOKE_TO_SPOKE_SHARE, MEAN_HUB_DEPENDENCE,
            HUB_REMOVAL_EFFICIENCY_RATIO, GLOBAL_EFFICIENCY, MAXIMAL_CLIQUES, LARGEST_CLIQUE, ACTIVE_MINILATERAL_GROUPS, COMPONENTS,
            LARGEST_COMPONENT_SHARE, MODULARITY, COMMUNITIES, PARTITION_STABILITY, SIGNED_TRIANGLE_BALANCE, SIGNED_TRIANGLES, TIES_LOST,
            DIALOGUES_NOT_HELD, COERCION_TOTAL, COERCION_TO_COOPERATION);

    // country
    public static final String DEGREE = "degree";
    public static final String STRENGTH = "strength";
    public static final String HUB_DEPENDENCE = "hub_dependence";
    public static final String BETWEENNESS = "betweenness";
    public static final String CLUSTERING = "clustering";
    public static final String COERCION_RECEIVED = "coercion_received";
    public static final String COERCION_EXERTED = "coercion_exerted";

    public static final List<String> COUNTRY = List.of(DEGREE, STRENGTH, HUB_DEPENDENCE, BETWEENNESS, CLUSTERING, COERCION_RECEIVED,
            COERCION_EXERTED);

    // dyad
    public static final String AGREEMENT_WEIGHT = "agreement_weight";
    public static final String EXERCISE_WEIGHT = "exercise_weight";
    public static final String DIALOGUE_WEIGHT = "dialogue_weight";
    public static final String COOPERATION_WEIGHT = "cooperation_weight";
    public static final String COERCION_A_ON_B = "coercion_a_on_b";
    public static final String COERCION_B_ON_A = "coercion_b_on_a";

    public static final List<String> DYAD = List.of(AGREEMENT_WEIGHT, EXERCISE_WEIGHT, DIALOGUE_WEIGHT, COOPERATION_WEIGHT, COERCION_A_ON_B, COERCION_B_ON_A);
}
