package io.secweb.jobs.alerts;

/** Where one (rule, key) series stands: OK → PENDING → FIRING → RESOLVED (→ OK), or FLAPPING with notifications held. */
public enum AlertStatus { OK, PENDING, FIRING, RESOLVED, FLAPPING }
