package io.secweb.core.alerts;

/**
 * Where one (rule, key) series stands: OK → PENDING → FIRING → RESOLVED (→ OK), or FLAPPING with notifications held.
 * RETRACTED is never a state, only the target of a change: an earlier change (its {@code from}) that a restated day no
 * longer produces.
 */
public enum AlertStatus { OK, PENDING, FIRING, RESOLVED, FLAPPING, RETRACTED }
