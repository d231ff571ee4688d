package io.secweb.schemas.event;

/** A state taking part in an event, by ISO-3166 alpha-3 code. */
public record Participant(String country, Role role) {}
