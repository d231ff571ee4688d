package io.secweb.core.ingest;

import io.secweb.schemas.deadletter.Origin;
import io.secweb.schemas.event.FeedEvent;

/**
 * A normalised event on its way to de-duplication, with what a dead letter would need: the original payload,
 * its origin, and a fingerprint of the normalised content (to tell a re-send from a conflicting correction).
 */
public record IngestedEvent(FeedEvent event, String payload, Origin origin, String fingerprint) {}
