package io.secweb.schemas;

import io.secweb.schemas.event.EventType;

import java.io.Serializable;
import java.util.List;

/**
 * The Kafka topic names of one namespace: live topics have no prefix ({@code secweb.feed.exercises}); tests and
 * isolated runs put a prefix in front ({@code it-42.secweb.feed.exercises}). Built from {@link SecwebNames}.
 */
public record Topics(String prefix) implements Serializable {

    public static Topics live() {
        return new Topics("");
    }

    public String feed(EventType type) {
        return prefix + switch (type) {
            case EXERCISE -> SecwebNames.FEED_EXERCISES;
            case AGREEMENT -> SecwebNames.FEED_AGREEMENTS;
            case COERCION -> SecwebNames.FEED_COERCION;
            case DIALOGUE -> SecwebNames.FEED_DIALOGUES;
        };
    }

    public List<String> feeds() {
        return List.of(feed(EventType.EXERCISE), feed(EventType.AGREEMENT), feed(EventType.COERCION), feed(EventType.DIALOGUE));
    }

    public String events() {
        return prefix + SecwebNames.EVENTS_TOPIC;
    }

    public String deadLetter() {
        return prefix + SecwebNames.DEADLETTER_TOPIC;
    }

    public String indicators() {
        return prefix + SecwebNames.INDICATORS_TOPIC;
    }

    public String alerts() {
        return prefix + SecwebNames.ALERTS_TOPIC;
    }

    public String alertRules() {
        return prefix + SecwebNames.ALERT_RULES_TOPIC;
    }

    public List<String> all() {
        return List.of(feed(EventType.EXERCISE), feed(EventType.AGREEMENT), feed(EventType.COERCION), feed(EventType.DIALOGUE), events(),
                deadLetter(), indicators(), alerts(), alertRules());
    }
}
