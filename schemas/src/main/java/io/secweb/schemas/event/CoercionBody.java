package io.secweb.schemas.event;

/** Body of a coercion incident (schemas/json/coercion.schema.json). */
public record CoercionBody(String kind, int severity, String location) {}
