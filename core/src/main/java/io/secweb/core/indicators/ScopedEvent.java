package io.secweb.core.indicators;

import io.secweb.schemas.event.FeedEvent;

/** A normalised event routed to one scope it touches. */
public record ScopedEvent(String scope, FeedEvent event) {}
