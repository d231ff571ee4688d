package io.secweb.schemas.deadletter;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The pipeline stage that rejected a record. */
public enum Stage {
    @JsonProperty("parse") PARSE,
    @JsonProperty("validate") VALIDATE,
    @JsonProperty("normalise") NORMALISE,
    @JsonProperty("dedupe") DEDUPE,
    @JsonProperty("sink") SINK,
    @JsonProperty("alerts") ALERTS,
    @JsonProperty("notify") NOTIFY
}
