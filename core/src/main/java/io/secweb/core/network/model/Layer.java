package io.secweb.core.network.model;

/** The layers of a tie: agreements are stock, exercises are flow, coercion is negative and directed. */
public enum Layer { AGREEMENT, EXERCISE, COERCION }
