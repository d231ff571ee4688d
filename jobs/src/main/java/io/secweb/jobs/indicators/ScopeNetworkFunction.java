package io.secweb.jobs.indicators;

import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.core.documents.IndicatorDocument;
import io.secweb.core.indicators.IndicatorDocuments;
import io.secweb.core.indicators.IndicatorEngine;
import io.secweb.core.indicators.IndicatorSet;
import io.secweb.core.indicators.RelevantEvents;
import io.secweb.core.indicators.ScopedEvent;
import io.secweb.core.network.graph.Partition;
import io.secweb.core.network.model.NetworkModel;
import io.secweb.core.network.model.Scope;
import io.secweb.jobs.flink.SecwebFlinkTypes;
import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.TimeDomain;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keyed by scope: keeps the events that can still affect the scope's network, and computes the indicators of every
 * event-time day.
 * <ul>
 *   <li>A day is <b>finalised</b> when the watermark passes its end (and it is not after today): its documents are
 *   written with {@code final: true}. Days with no events are computed too: decay and expiry change the network.</li>
 *   <li>The <b>open</b> day (the latest day with events, not yet final) is recomputed at most once per
 *   {@code liveUpdateInterval} while events arrive, written with {@code final: false} under the same ids.</li>
 *   <li>A <b>late</b> event for a finalised day restates every day from its own (at most {@code allowedLatenessDays}
 *   back) to its last relevant day, with {@code revision} + 1 — at the next live tick or watermark, so that late
 *   events arriving together are restated in one pass.</li>
 *   <li>State is bounded: events whose last relevant day is older than the lateness horizon are evicted, and so are
 *   restatement counters and baseline history beyond it.</li>
 * </ul>
 */
public final class ScopeNetworkFunction extends KeyedProcessFunction<String, ScopedEvent, ElasticsearchDocument> {
    private static final long DAY_MS = 86_400_000L;
    /** Days finalised per pass while a live job catches up (~0.1 s of work per scope on this machine). */
    static final int DAYS_PER_SLICE = 30;

    private final IndicatorsOptions options;
    private transient Map<String, Scope> scopes;
    private transient NetworkModel model;

    private transient MapState<String, FeedEvent> events;
    private transient ValueState<LocalDate> firstComputed;
    private transient ValueState<LocalDate> lastFinal;
    private transient ValueState<LocalDate> latestEventDay;
    private transient ValueState<Long> liveTimer;
    private transient ValueState<LocalDate> pendingFrom;
    private transient ValueState<LocalDate> pendingThrough;
    private transient MapState<LocalDate, Integer> revisions;
    private transient MapState<String, Integer> previousPartition;
    private transient BaselineStore baselines;

    private transient Counter daysFinalised;
    private transient Counter daysRestated;
    private transient Counter liveUpdates;
    private transient Counter eventsTooLate;
    private transient long versionClock;

    public ScopeNetworkFunction(IndicatorsOptions options) {
        this.options = options;
    }

    @Override
    public void open(OpenContext context) {
        SecwebFlinkTypes.register();
        scopes = new HashMap<>();
        options.scopes().forEach(s -> scopes.put(s.name(), s));
        model = new NetworkModel(options.settings());
        events = getRuntimeContext().getMapState(new MapStateDescriptor<>("events", Types.STRING, TypeInformation.of(FeedEvent.class)));
        firstComputed = getRuntimeContext().getState(new ValueStateDescriptor<>("first-computed-day", Types.LOCAL_DATE));
        lastFinal = getRuntimeContext().getState(new ValueStateDescriptor<>("last-final-day", Types.LOCAL_DATE));
        latestEventDay = getRuntimeContext().getState(new ValueStateDescriptor<>("latest-event-day", Types.LOCAL_DATE));
        liveTimer = getRuntimeContext().getState(new ValueStateDescriptor<>("live-timer", Types.LONG));
        pendingFrom = getRuntimeContext().getState(new ValueStateDescriptor<>("restate-from", Types.LOCAL_DATE));
        pendingThrough = getRuntimeContext().getState(new ValueStateDescriptor<>("restate-through", Types.LOCAL_DATE));
        revisions = getRuntimeContext().getMapState(new MapStateDescriptor<>("revisions", Types.LOCAL_DATE, Types.INT));
        previousPartition = getRuntimeContext().getMapState(new MapStateDescriptor<>("previous-partition", Types.STRING, Types.INT));
        baselines = new BaselineStore(getRuntimeContext());
        var metrics = getRuntimeContext().getMetricGroup();
        daysFinalised = metrics.counter("daysFinalised");
        daysRestated = metrics.counter("daysRestated");
        liveUpdates = metrics.counter("liveUpdates");
        eventsTooLate = metrics.counter("eventsTooLateToRestate");
    }

    @Override
    public void processElement(ScopedEvent in, Context ctx, Collector<ElasticsearchDocument> out) throws Exception {
        FeedEvent e = in.event();
        FeedEvent known = events.get(e.id());
        if (known != null && known.revision() >= e.revision()) {
            return;
        }
        events.put(e.id(), e);
        LocalDate day = e.start();
        LocalDate latest = latestEventDay.value();
        if (latest == null || day.isAfter(latest)) {
            latestEventDay.update(day);
        }
        LocalDate last = lastFinal.value();
        if (last == null) {
            LocalDate first = day.isBefore(options.firstDay()) ? options.firstDay() : day;
            firstComputed.update(first);
            last = first.minusDays(1);
            lastFinal.update(last);
            ctx.timerService().registerEventTimeTimer(endOf(first));
        } else if (!day.isAfter(last) || known != null && !known.start().isAfter(last)) {
            markLate(e, known, last);
        }
        // the watermark may already be past days not yet final (a scope's first event arriving after others advanced
        // it): event-time timers set in the past would wait for the next watermark, which may never come
        long watermark = ctx.timerService().currentWatermark();
        if (watermark > Long.MIN_VALUE && endOf(lastFinal.value().plusDays(1)) <= watermark) {
            finaliseUpTo(in.scope(), watermark, ctx.timerService(), out);
        }
        if (liveTimer.value() == null) {
            long at = ctx.timerService().currentProcessingTime() + options.liveUpdateInterval().toMillis();
            ctx.timerService().registerProcessingTimeTimer(at);
            liveTimer.update(at);
        }
    }

    /**
     * An event (or a new revision of one) for a day already final: remember the days it affects, or its earlier
     * revision affected. Late events arriving together (a bulk load read topic by topic) are restated in one pass at
     * the next live tick or watermark, not one pass each.
     */
    private void markLate(FeedEvent e, FeedEvent previous, LocalDate last) throws Exception {
        // a new revision restates the days of both revisions: a retraction (never relevant) or a correction that
        // shortens or moves the event must take it out of the days the earlier revision counted it in
        LocalDate start = previous != null && previous.start().isBefore(e.start()) ? previous.start() : e.start();
        LocalDate day = start.isBefore(options.firstDay()) ? options.firstDay() : start;
        LocalDate relevantUntil = model.lastRelevantDay(e);
        LocalDate previouslyUntil = previous == null ? LocalDate.MIN : model.lastRelevantDay(previous);
        if (previouslyUntil.isAfter(relevantUntil)) {
            relevantUntil = previouslyUntil;
        }
        LocalDate through = relevantUntil.isBefore(last) ? relevantUntil : last;
        LocalDate from = pendingFrom.value();
        LocalDate until = pendingThrough.value();
        pendingFrom.update(from == null || day.isBefore(from) ? day : from);
        pendingThrough.update(until == null || through.isAfter(until) ? through : until);
    }

    /**
     * Restates what late events changed. Days before the first computed day were never written: they are computed now
     * (revision 0), however old, back to {@code firstDay}. Days already written are restated (revision + 1) up to the
     * events' last relevant day, but only within the lateness horizon; older ones stay as they were (counted).
     */
    private void restatePending(String scope, Collector<ElasticsearchDocument> out) throws Exception {
        LocalDate day = pendingFrom.value();
        if (day == null) {
            return;
        }
        LocalDate through = pendingThrough.value();
        pendingFrom.clear();
        pendingThrough.clear();
        LocalDate last = lastFinal.value();
        if (through.isAfter(last)) {
            through = last;
        }
        LocalDate firstFinal = firstComputed.value();
        if (day.isBefore(firstFinal)) {
            // never written: every day up to the first computed one, whatever the event's own reach
            computeRange(scope, day, firstFinal.minusDays(1), false, out);
            firstComputed.update(day);
        }
        if (through.isBefore(day)) {
            return;
        }
        LocalDate horizon = last.minusDays(options.allowedLatenessDays());
        LocalDate from = day.isBefore(firstFinal) ? firstFinal : day;
        if (!from.isAfter(horizon)) {
            eventsTooLate.inc();
            from = horizon.plusDays(1);
        }
        if (!from.isAfter(through)) {
            computeRange(scope, from, through, true, out);
        }
        if (!through.isBefore(last)) {
            // the last final day was recomputed: its partition is tomorrow's reference
            storePartition(compute(scope, relevant(), last).partition());
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ElasticsearchDocument> out) throws Exception {
        String scope = ctx.getCurrentKey();
        if (ctx.timeDomain() == TimeDomain.PROCESSING_TIME) {
            Long live = liveTimer.value();
            if (live != null && live == timestamp) {
                liveTimer.clear();
                restatePending(scope, out);
                updateOpenDay(scope, out);
                LocalDate last = lastFinal.value();
                long watermark = ctx.timerService().currentWatermark();
                if (last == null || watermark == Long.MIN_VALUE || endOf(last.plusDays(1)) > watermark) {
                    return;
                }
                // behind the watermark (a catch-up in slices): go on below
            }
        }
        finaliseUpTo(scope, ctx.timerService().currentWatermark(), ctx.timerService(), out);
    }

    /** Finalises every day that the watermark has passed, not beyond the latest event day (end of input) or today. */
    private void finaliseUpTo(String scope, long watermark, TimerService timers, Collector<ElasticsearchDocument> out) throws Exception {
        restatePending(scope, out);
        LocalDate last = lastFinal.value();
        LocalDate latest = latestEventDay.value();
        if (last == null || latest == null) {
            return;
        }
        LocalDate passed = watermark == Long.MAX_VALUE ? latest : dayOf(watermark + 1).minusDays(1);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate through = passed;
        boolean cappedByToday = false;
        if (through.isAfter(today)) {
            through = today;
            cappedByToday = true;
        }
        // a live job catching up (years of days behind the watermark) works in slices, so that checkpoint barriers,
        // and with them the Kafka transactions readers wait for, pass between slices; at the end of input (batch,
        // bounded replays) it finalises in one pass
        boolean sliced = false;
        if (watermark != Long.MAX_VALUE && through.isAfter(last.plusDays(DAYS_PER_SLICE))) {
            through = last.plusDays(DAYS_PER_SLICE);
            sliced = true;
            cappedByToday = false;
        }
        if (through.isAfter(last)) {
            RelevantEvents known = relevant();
            IndicatorSet previous = compute(scope, known, last);
            Partition partition = partitionOrNull(last);
            for (LocalDate d = last.plusDays(1); !d.isAfter(through); d = d.plusDays(1)) {
                IndicatorSet set = compute(scope, known, d, partition);
                emit(set, previous, true, revisions.contains(d) ? revisions.get(d) : 0, out);
                daysFinalised.inc();
                previous = set;
                partition = set.partition();
            }
            lastFinal.update(through);
            storePartition(partition);
            evict(through);
        }
        LocalDate next = lastFinal.value().plusDays(1);
        if (sliced) {
            timers.registerProcessingTimeTimer(timers.currentProcessingTime() + 1);
        } else if (endOf(next) > watermark) {
            timers.registerEventTimeTimer(endOf(next));
        } else if (cappedByToday) {
            // the watermark is ahead of the clock (events dated in the future): look again after midnight
            timers.registerProcessingTimeTimer(endOf(today) + 1_000);
        }
    }

    /** Recomputes the open day (the latest day with events, once it is after the last final day) as a provisional value. */
    private void updateOpenDay(String scope, Collector<ElasticsearchDocument> out) throws Exception {
        LocalDate last = lastFinal.value();
        LocalDate latest = latestEventDay.value();
        if (last == null || latest == null || !latest.isAfter(last)) {
            return;
        }
        RelevantEvents known = relevant();
        IndicatorSet previous = compute(scope, known, latest.minusDays(1));
        IndicatorSet set = compute(scope, known, latest, latest.minusDays(1).equals(last) ? partitionOrNull(last) : previous.partition());
        emit(set, previous, false, 0, out);
        liveUpdates.inc();
    }

    /** Computes [from, through] in order and writes every day: restated days with revision + 1, new days with 0. */
    private void computeRange(String scope, LocalDate from, LocalDate through, boolean restatement, Collector<ElasticsearchDocument> out)
            throws Exception {
        RelevantEvents known = relevant();
        IndicatorSet previous = compute(scope, known, from.minusDays(1));
        Partition partition = previous.partition();
        for (LocalDate d = from; !d.isAfter(through); d = d.plusDays(1)) {
            int revision = 0;
            if (restatement) {
                revision = (revisions.contains(d) ? revisions.get(d) : 0) + 1;
                revisions.put(d, revision);
                daysRestated.inc();
            } else {
                daysFinalised.inc();
            }
            IndicatorSet set = compute(scope, known, d, partition);
            emit(set, previous, true, revision, out);
            previous = set;
            partition = set.partition();
        }
    }

    private RelevantEvents relevant() throws Exception {
        return new RelevantEvents(events.values(), model);
    }

    private IndicatorSet compute(String scope, RelevantEvents known, LocalDate day) {
        return compute(scope, known, day, null);
    }

    private IndicatorSet compute(String scope, RelevantEvents known, LocalDate day, Partition previousPartition) {
        return IndicatorEngine.compute(model.snapshot(known.on(day), scopes.get(scope), day), previousPartition);
    }

    private void emit(IndicatorSet set, IndicatorSet previous, boolean isFinal, int revision, Collector<ElasticsearchDocument> out)
            throws Exception {
        Map<String, IndicatorDocument.BaselineValues> b = baselines.record(set);
        IndicatorDocuments.DayContext ctx = new IndicatorDocuments.DayContext(options.run(), options.indexPrefix(), isFinal, revision,
                options.relativeTolerance());
        for (ElasticsearchDocument d : IndicatorDocuments.forDay(set, previous, b, ctx)) {
            // external versions from a monotonic clock: a later write of the same document always wins, even if retried
            versionClock = Math.max(versionClock + 1, System.currentTimeMillis() * 1000);
            out.collect(new ElasticsearchDocument(d.index(), d.id(), versionClock, ElasticsearchDocument.OpType.INDEX, d.source()));
        }
    }

    private Partition partitionOrNull(LocalDate day) throws Exception {
        if (previousPartition.isEmpty()) {
            return null;
        }
        Map<String, Integer> m = new HashMap<>();
        for (Map.Entry<String, Integer> e : previousPartition.entries()) {
            m.put(e.getKey(), e.getValue());
        }
        return new Partition(m);
    }

    private void storePartition(Partition p) throws Exception {
        previousPartition.clear();
        if (p != null) {
            previousPartition.putAll(p.communityOf());
        }
    }

    /** Drops what no future computation can need: events, restatement counters and baseline history beyond the horizon. */
    private void evict(LocalDate lastFinalDay) throws Exception {
        LocalDate horizon = lastFinalDay.minusDays(options.allowedLatenessDays());
        List<FeedEvent> known = new ArrayList<>();
        for (FeedEvent e : events.values()) {
            known.add(e);
        }
        List<String> gone = new ArrayList<>();
        for (FeedEvent e : known) {
            // with the other events known, an agreement whose every tie has been ended can go too
            if (model.lastRelevantDay(e, known).isBefore(horizon)) {
                gone.add(e.id());
            }
        }
        for (String id : gone) {
            events.remove(id);
        }
        List<LocalDate> old = new ArrayList<>();
        for (LocalDate d : revisions.keys()) {
            if (d.isBefore(horizon)) {
                old.add(d);
            }
        }
        for (LocalDate d : old) {
            revisions.remove(d);
        }
        baselines.prune(horizon);
    }

    static long endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
    }

    static LocalDate dayOf(long epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(Math.floorDiv(epochMillis, DAY_MS) * DAY_MS), ZoneOffset.UTC);
    }
}
