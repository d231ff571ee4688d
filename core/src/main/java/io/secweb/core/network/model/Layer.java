package io.secweb.core.network.model;

/**
 * The layers of a tie: agreements are stock, exercises and dialogues (meetings) are flow, coercion is negative and
 * directed. Indicator documents name the layer of each contribution in provenance, in lower case.
 */
public enum Layer { AGREEMENT, EXERCISE, DIALOGUE, COERCION }
