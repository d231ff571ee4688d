package io.secweb.jobs.alerts;

import io.secweb.core.alerts.AlertRule;

import java.io.Serializable;
import java.util.List;

/**
 * What the alerts pipeline needs.
 *
 * @param fileRules   the rules read from files at start (the control topic can change and delete them at run time)
 * @param indexPrefix alert and dead-letter documents go to {@code <prefix>-alerts-*} and {@code <prefix>-deadletter-*}
 * @param page        post notifying changes to the webhook (false for replay runs: replays never page)
 * @param restatementWindowDays a restated indicator day is re-evaluated this far back (the indicators' allowed lateness)
 */
public record AlertsOptions(List<AlertRule> fileRules, String indexPrefix, boolean page, int restatementWindowDays) implements Serializable {
    public AlertsOptions {
        fileRules = List.copyOf(fileRules);
    }
}
