package io.secweb.schemas.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The four kinds of feed event; each has its own feed topic and body. */
public enum EventType {
    @JsonProperty("exercise") EXERCISE,
    @JsonProperty("agreement") AGREEMENT,
    @JsonProperty("dialogue") DIALOGUE,
    @JsonProperty("coercion") COERCION;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
