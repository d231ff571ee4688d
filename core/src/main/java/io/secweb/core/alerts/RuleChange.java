package io.secweb.core.alerts;

/**
 * A message on the alert-rules control topic: key = rule id, value = the rule file's text (YAML); an empty value deletes
 * the rule (also one that came from a file). Kafka coordinates for dead letters.
 */
public record RuleChange(String ruleId, String text, String topic, int partition, long offset, long timestampMillis) {

    public boolean deletes() {
        return text == null || text.isBlank();
    }
}
