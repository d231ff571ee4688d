package io.secweb.schemas.event;

import java.time.LocalDate;

/** Body of an agreement event (schemas/json/agreement.schema.json). */
public record AgreementBody(String name, String kind, String status, LocalDate effectiveFrom, LocalDate effectiveTo) {}
