package io.secweb.core.alerts;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One alert rule, as read from a rule file (schemas/json/alert-rule.schema.json): which series to watch, the
 * condition with its fire and clear thresholds, how many consecutive ticks before firing, the flap guard, the
 * minimum-support floor and the severity.
 */
public record AlertRule(String id, String name, String description, List<String> scopes, Indicator indicator,
                        Condition condition, int forTicks, Flap flap, long minSupport, Severity severity,
                        Map<String, String> labels) implements Serializable {

    public AlertRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(severity, "severity");
        scopes = List.copyOf(scopes);
        labels = Map.copyOf(labels);
        description = description == null ? "" : description;
        if (forTicks < 1) {
            throw new IllegalArgumentException("for must be at least 1, got " + forTicks);
        }
    }

    /** True when this rule watches the reading's series and the reading carries the rule's indicator. */
    public boolean watches(IndicatorReading r) {
        if (!scopes.contains(r.scope()) || !indicator.level().name().equalsIgnoreCase(r.level())
                || !r.values().containsKey(indicator.name())) {
            return false;
        }
        List<String> c = indicator.countries();
        return switch (indicator.level()) {
            case SCOPE -> true;
            case COUNTRY -> c.isEmpty() || c.contains(r.country());
            case DYAD -> c.isEmpty() || (c.contains(r.dyadA()) && c.contains(r.dyadB()));
        };
    }

    /** Where the watched value lives: a scope value, or a per-country / per-dyad value. */
    public enum Level { SCOPE, COUNTRY, DYAD }

    /** The watched value; {@code countries} is empty for scope values and holds the dyad's two countries for dyads. */
    public record Indicator(String name, Level level, List<String> countries) implements Serializable {
        public Indicator {
            countries = List.copyOf(countries);
        }
    }

    /** How a tick is compared with the thresholds. */
    public enum ConditionType { ABOVE, BELOW, CHANGE_PCT, ZSCORE, HIGHEST_SINCE, LOWEST_SINCE }

    /** The baseline a change or z-score is measured against. */
    public enum Baseline { WEEKS_4, WEEKS_52 }

    /**
     * Fire and clear thresholds (hysteresis: a firing episode ends only once the value is back past {@code clear}).
     * {@code baseline} is set only for change_pct / zscore, {@code years} only for highest/lowest since, whose
     * {@code fire} is NaN (a record in {@code years} breaches) and whose {@code clear} is the distance from the
     * episode's peak at which it resolves.
     */
    public record Condition(ConditionType type, Baseline baseline, double fire, double clear, Integer years) implements Serializable {
        public boolean since() {
            return type == ConditionType.HIGHEST_SINCE || type == ConditionType.LOWEST_SINCE;
        }
    }

    /** {@code changes} FIRING/RESOLVED changes within {@code within} ticks make the series FLAPPING. */
    public record Flap(int changes, int within) implements Serializable {
        /** No flap guard. */
        public static final Flap NONE = new Flap(Integer.MAX_VALUE, 1);
    }

    public enum Severity { INFO, WARNING, CRITICAL }
}
