package io.secweb.schemas.event;

import java.time.LocalDate;

/** Where an event is documented: publisher, public url, dataset, when it was retrieved. */
public record Source(String name, String url, String dataset, LocalDate retrievedAt) {}
