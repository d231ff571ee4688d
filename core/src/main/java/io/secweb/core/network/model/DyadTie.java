package io.secweb.core.network.model;

/**
 * The ties between two members on a day, by layer ({@code a < b}). Cooperation = agreement + exercise + dialogue;
 * coercion is directed: {@code coercionAB} is pressure from a on b.
 */
public record DyadTie(String a, String b, double agreement, double exercise, double dialogue, double coercionAB, double coercionBA) {

    public double cooperation() {
        return agreement + exercise + dialogue;
    }

    public double coercion() {
        return coercionAB + coercionBA;
    }
}
