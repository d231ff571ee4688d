package io.secweb.core.ingest;

import io.secweb.schemas.deadletter.Reason;

/** Why the normaliser refused an event: a reason code and a message naming the field, the value and the rule. */
public record Rejection(Reason reason, String message) {}
