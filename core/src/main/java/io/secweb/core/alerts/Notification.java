package io.secweb.core.alerts;

/** A FIRING or RESOLVED change to POST to the webhook: the alert document's id (sent as the idempotency key) and the message. */
public record Notification(String documentId, String status, String body) {}
