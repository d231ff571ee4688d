package io.secweb.jobs.alerts;

import io.secweb.core.alerts.AlertDocuments;
import io.secweb.core.alerts.AlertRule;
import io.secweb.core.alerts.AlertState;
import io.secweb.core.alerts.AlertStateMachine;
import io.secweb.core.alerts.AlertTick;
import io.secweb.core.alerts.AlertTransition;
import io.secweb.core.alerts.IndicatorReading;
import io.secweb.core.alerts.Notification;
import io.secweb.core.alerts.RuleChange;
import io.secweb.core.alerts.RuleFileException;
import io.secweb.core.alerts.RuleLoader;
import io.secweb.core.alerts.SinceHistory;
import io.secweb.core.documents.AlertDocument;
import io.secweb.core.documents.DeadLetterDocuments;
import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.jobs.flink.SecwebFlinkTypes;
import io.secweb.schemas.deadletter.DeadLetter;
import io.secweb.schemas.deadletter.Origin;
import io.secweb.schemas.deadletter.Reason;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alert rules over the indicator readings, keyed by series. Rules come from files (constructor) and from the
 * control topic (broadcast state: rule id → rule text, empty = deleted), the latter overriding the former. Each
 * (rule, series) keeps an {@link AlertState} in keyed state and runs the rule's {@link AlertStateMachine} on the
 * reading's event-time day; every change becomes an alert document, and FIRING/RESOLVED changes of live runs a
 * {@link Notification}.
 * <ul>
 *   <li>Only final readings are evaluated (the open day's live values change until the watermark passes it); a
 *       restated day (revision + 1, up to the indicators' allowed lateness back) is re-evaluated with every later day,
 *       without duplicate changes. The indicators send a restatement pass day by day, in one burst: a restated
 *       reading is held for {@link #SETTLE_MILLIS} with the rest of its series' pass (and anything after it), and the
 *       pass is applied at once ({@link AlertStateMachine#applyAll}), so that no change is raised, paged and
 *       retracted on the way by a mix of restated and not yet restated days.</li>
 *   <li>A rule changed through the control topic keeps its series' episodes and applies from the next reading; a
 *       deleted rule's states are dropped. An invalid control message goes to the dead letters and changes nothing.</li>
 * </ul>
 */
public final class AlertsFunction extends KeyedBroadcastProcessFunction<String, IndicatorReading, RuleChange, ElasticsearchDocument> {
    private static final Logger LOG = LoggerFactory.getLogger(AlertsFunction.class);

    public static final MapStateDescriptor<String, String> RULE_CHANGES =
            new MapStateDescriptor<>("alert-rule-changes", Types.STRING, Types.STRING);
    public static final OutputTag<Notification> NOTIFICATIONS = new OutputTag<>("alert-notifications", TypeInformation.of(Notification.class));
    public static final OutputTag<ElasticsearchDocument> DEAD_LETTERS =
            new OutputTag<>("alert-dead-letters", TypeInformation.of(ElasticsearchDocument.class));

    /** How long a restated reading waits for the rest of its restatement pass (one burst per indicators commit). */
    public static final long SETTLE_MILLIS = 2_000;

    private final AlertsOptions options;
    private transient ListState<IndicatorReading> held;
    private transient ValueState<Long> settleAt;
    private transient MapStateDescriptor<String, AlertState> statesDescriptor;
    private transient MapState<String, AlertState> states;
    private transient MapState<String, SinceHistory> sinceHistories;
    private transient Map<String, AlertStateMachine> machines;
    private transient Map<String, AlertRule> rules;
    private transient RuleLoader loader;
    private transient Counter changes;
    private transient Counter notifications;
    private transient Counter openDaysSkipped;

    public AlertsFunction(AlertsOptions options) {
        this.options = options;
    }

    @Override
    public void open(OpenContext context) {
        SecwebFlinkTypes.register();
        statesDescriptor = statesDescriptor();
        states = getRuntimeContext().getMapState(statesDescriptor);
        sinceHistories = getRuntimeContext().getMapState(sinceDescriptor());
        held = getRuntimeContext().getListState(new ListStateDescriptor<>("alert-held-readings", TypeInformation.of(IndicatorReading.class)));
        settleAt = getRuntimeContext().getState(new ValueStateDescriptor<>("alert-settle-at", Types.LONG));
        loader = new RuleLoader();
        var metrics = getRuntimeContext().getMetricGroup();
        changes = metrics.counter("alertChanges");
        notifications = metrics.counter("alertNotifications");
        openDaysSkipped = metrics.counter("openDayReadingsSkipped");
    }

    static MapStateDescriptor<String, SinceHistory> sinceDescriptor() {
        return new MapStateDescriptor<>("alert-since-histories", Types.STRING, TypeInformation.of(SinceHistory.class));
    }

    static MapStateDescriptor<String, AlertState> statesDescriptor() {
        return new MapStateDescriptor<>("alert-states", Types.STRING, TypeInformation.of(AlertState.class));
    }

    @Override
    public void processElement(IndicatorReading reading, ReadOnlyContext ctx, Collector<ElasticsearchDocument> out) throws Exception {
        if (!reading.isFinal()) {
            openDaysSkipped.inc();
            return;
        }
        if (rules == null) {
            rebuild(ctx.getBroadcastState(RULE_CHANGES).immutableEntries());
        }
        boolean settling = settleAt.value() != null;
        if (settling || restates(reading)) {
            held.add(reading);
            if (!settling) {
                long at = ctx.timerService().currentProcessingTime() + SETTLE_MILLIS;
                ctx.timerService().registerProcessingTimeTimer(at);
                settleAt.update(at);
            }
            return;
        }
        evaluate(List.of(reading), ctx, out);
    }

    /** The restatement pass held for this series has settled: apply it at once. */
    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ElasticsearchDocument> out) throws Exception {
        Long at = settleAt.value();
        if (at == null || at != timestamp) {
            return;
        }
        settleAt.clear();
        List<IndicatorReading> pass = new ArrayList<>();
        for (IndicatorReading r : held.get()) {
            pass.add(r);
        }
        held.clear();
        if (rules == null) {
            rebuild(ctx.getBroadcastState(RULE_CHANGES).immutableEntries());
        }
        evaluate(pass, ctx, out);
    }

    /** Whether the reading restates a day some rule has already evaluated for its series. */
    private boolean restates(IndicatorReading reading) throws Exception {
        for (AlertRule rule : rules.values()) {
            if (rule.watches(reading)) {
                AlertState state = states.get(rule.id());
                if (state != null && state.lastDay() != null && !reading.day().isAfter(state.lastDay())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Runs every rule over the readings (one, or a restatement pass) as one step of its state machine. */
    private void evaluate(List<IndicatorReading> readings, ReadOnlyContext ctx, Collector<ElasticsearchDocument> out) throws Exception {
        for (AlertRule rule : rules.values()) {
            List<AlertTick> ticks = new ArrayList<>();
            Map<LocalDate, IndicatorReading> byDay = new HashMap<>();
            IndicatorReading latest = null;
            for (IndicatorReading r : readings) {
                if (rule.watches(r)) {
                    ticks.add(tick(rule, r));
                    byDay.put(r.day(), r);
                    latest = r;
                }
            }
            if (ticks.isEmpty()) {
                continue;
            }
            AlertState state = states.get(rule.id());
            if (state == null) {
                state = AlertState.initial(latest.series());
            }
            AlertStateMachine.Result result = machines.get(rule.id()).applyAll(state, ticks);
            if (!result.state().equals(state)) {
                states.put(rule.id(), result.state());
            }
            for (AlertTransition t : result.transitions()) {
                // the document of a change cites the reading of its own day when the pass has it
                IndicatorReading reading = byDay.getOrDefault(t.day(), latest);
                AlertDocument doc = AlertDocuments.document(rule, reading, t);
                ElasticsearchDocument es = AlertDocuments.toElasticsearch(doc, options.indexPrefix());
                out.collect(es);
                changes.inc();
                if (options.page() && t.notifies() && "live".equals(reading.runMode())) {
                    ctx.output(NOTIFICATIONS, new Notification(es.id(), t.to().name(), AlertDocuments.webhookMessage(doc, es.id())));
                    notifications.inc();
                }
            }
        }
    }

    /**
     * The reading's tick for the rule. Highest/lowest-since rules on series whose documents carry no baseline (dyads)
     * get it from the series' own history, kept here.
     */
    private AlertTick tick(AlertRule rule, IndicatorReading reading) throws Exception {
        String indicator = rule.indicator().name();
        AlertTick plain = reading.tick(indicator);
        if (!rule.condition().since() || reading.baselines().containsKey(indicator)) {
            return plain;
        }
        SinceHistory h = sinceHistories.get(rule.id());
        h = h == null ? SinceHistory.empty() : h;
        AlertTick tick = h.tick(plain, rule.condition().years());
        AlertState state = states.get(rule.id());
        sinceHistories.put(rule.id(), h.with(plain.day(), plain.value(), state == null ? null : state.lastDay(),
                options.restatementWindowDays()));
        return tick;
    }

    @Override
    public void processBroadcastElement(RuleChange change, Context ctx, Collector<ElasticsearchDocument> out) throws Exception {
        BroadcastState<String, String> changesState = ctx.getBroadcastState(RULE_CHANGES);
        String problem = null;
        if (change.ruleId().isBlank()) {
            problem = "a control message needs the rule id as its key";
        } else if (change.deletes()) {
            changesState.put(change.ruleId(), "");
            ctx.applyToKeyedState(statesDescriptor, (key, st) -> st.remove(change.ruleId()));
            ctx.applyToKeyedState(sinceDescriptor(), (key, st) -> st.remove(change.ruleId()));
            LOG.info("alert rule {} deleted through the control topic", change.ruleId());
        } else {
            try {
                AlertRule rule = loader.parse(change.text(), "control message " + change.topic() + "/" + change.partition() + "@" + change.offset());
                if (!rule.id().equals(change.ruleId())) {
                    problem = "the message key '" + change.ruleId() + "' is not the rule's id '" + rule.id() + "'";
                } else {
                    changesState.put(rule.id(), change.text());
                    LOG.info("alert rule {} set through the control topic", rule.id());
                }
            } catch (RuleFileException e) {
                problem = String.join("; ", e.problems());
            }
        }
        if (problem != null) {
            Origin origin = Origin.kafka(change.topic(), change.partition(), change.offset(), Instant.ofEpochMilli(change.timestampMillis()));
            DeadLetter dl = DeadLetter.of(Reason.INVALID_ALERT_RULE, problem, change.ruleId().isBlank() ? null : change.ruleId(), null,
                    change.text(), origin);
            ctx.output(DEAD_LETTERS, DeadLetterDocuments.toElasticsearch(dl, options.indexPrefix()));
            return;
        }
        rules = null;
    }

    /** File rules, then the control topic's changes on top (an empty text deletes). */
    private void rebuild(Iterable<Map.Entry<String, String>> controlChanges) {
        Map<String, AlertRule> effective = new LinkedHashMap<>();
        options.fileRules().forEach(r -> effective.put(r.id(), r));
        for (Map.Entry<String, String> e : controlChanges) {
            if (e.getValue().isEmpty()) {
                effective.remove(e.getKey());
            } else {
                effective.put(e.getKey(), loader.parse(e.getValue(), "control topic rule " + e.getKey()));
            }
        }
        Map<String, AlertStateMachine> m = new LinkedHashMap<>();
        effective.forEach((id, r) -> m.put(id, new AlertStateMachine(r, options.restatementWindowDays())));
        rules = effective;
        machines = m;
    }
}
