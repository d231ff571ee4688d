package io.secweb.core.feed;

import io.secweb.schemas.event.EventType;

import java.time.LocalDate;

/** One feed record ready to publish: its event time, type (for the topic), id (for the key) and canonical JSON. */
public record ReplayRecord(LocalDate start, EventType type, String id, String json) {}
