package io.secweb.core.network.model;

/** How much one event adds to a scope's network on a day, for provenance ("which events are behind this number"). */
public record Contribution(String eventId, Layer layer, double weight, String sourceUrl) {}
