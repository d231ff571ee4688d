package io.secweb.schemas.deadletter;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Why a record was rejected; the codes are listed in schemas/json/dead-letter.schema.json. */
public enum Reason {
    MALFORMED_JSON(Stage.PARSE),
    SCHEMA_VIOLATION(Stage.VALIDATE),
    INVALID_DATE(Stage.NORMALISE),
    UNKNOWN_COUNTRY(Stage.NORMALISE),
    END_BEFORE_START(Stage.NORMALISE),
    TOO_FEW_PARTICIPANTS(Stage.NORMALISE),
    MISSING_INITIATOR_OR_TARGET(Stage.NORMALISE),
    DATE_IN_FUTURE(Stage.NORMALISE),
    TYPE_TOPIC_MISMATCH(Stage.NORMALISE),
    STALE_REVISION(Stage.DEDUPE),
    CONFLICTING_REVISION(Stage.DEDUPE),
    REJECTED_BY_ELASTICSEARCH(Stage.SINK),
    /** The alerts job could not read an indicator document from secweb.indicators. */
    MALFORMED_INDICATOR(Stage.ALERTS),
    /** A rule sent on the alert-rules control topic is invalid (the message lists every problem with its line). */
    INVALID_ALERT_RULE(Stage.ALERTS),
    /** A webhook url did not accept an alert notification after every attempt. */
    WEBHOOK_UNDELIVERED(Stage.NOTIFY);

    private final Stage stage;

    Reason(Stage stage) {
        this.stage = stage;
    }

    public Stage stage() {
        return stage;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
