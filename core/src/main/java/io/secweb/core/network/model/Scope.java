package io.secweb.core.network.model;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;

/**
 * A named set of states whose network is watched, with an optional hub (e.g. {@code us-alliance-system}, hub USA).
 *
 * @param members ISO-3166 alpha-3 codes; the graph of a scope always has every member as a node (isolates included)
 * @param hub     a member, or null for scopes without a hub (then hub measures are absent)
 */
public record Scope(String name, String description, Set<String> members, String hub) implements Serializable {

    /** True when any of the countries is a member. */
    public boolean touches(Collection<String> countries) {
        for (String c : countries) {
            if (members.contains(c)) {
                return true;
            }
        }
        return false;
    }
}
