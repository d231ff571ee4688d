package io.secweb.jobs.indicators;

import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

import java.time.Duration;
import java.time.ZoneOffset;

/** Event time of a normalised event is the start of its first day (UTC); watermarks allow bounded disorder. */
public final class EventTimestamps implements SerializableTimestampAssigner<FeedEvent> {

    @Override
    public long extractTimestamp(FeedEvent e, long recordTimestamp) {
        return e.start().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /**
     * @param outOfOrderness how far behind the newest event an event may arrive and still be on time
     * @param idleness       a partition without events for this long does not hold the watermark back
     */
    public static WatermarkStrategy<FeedEvent> strategy(Duration outOfOrderness, Duration idleness) {
        return WatermarkStrategy.<FeedEvent>forBoundedOutOfOrderness(outOfOrderness)
                .withTimestampAssigner(new EventTimestamps())
                .withIdleness(idleness);
    }
}
