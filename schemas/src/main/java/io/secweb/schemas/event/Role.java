package io.secweb.schemas.event;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A participant's role: exercises use host/participant/observer, agreements party, coercion initiator/target. */
public enum Role {
    @JsonProperty("host") HOST,
    @JsonProperty("participant") PARTICIPANT,
    @JsonProperty("observer") OBSERVER,
    @JsonProperty("party") PARTY,
    @JsonProperty("initiator") INITIATOR,
    @JsonProperty("target") TARGET
}
