package io.secweb.jobs.ingest;

import io.secweb.core.ingest.IngestedEvent;
import io.secweb.core.testing.FeedEvents;
import io.secweb.jobs.flink.SecwebFlinkTypes;
import io.secweb.schemas.deadletter.DeadLetter;
import io.secweb.schemas.deadletter.Origin;
import io.secweb.schemas.deadletter.Reason;
import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RevisionDeduplicatorTest {
    private final AtomicLong offsets = new AtomicLong();
    private KeyedOneInputStreamOperatorTestHarness<String, IngestedEvent, FeedEvent> harness;

    @BeforeEach
    void openHarness() throws Exception {
        harness = newHarness();
        harness.open();
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    @Test
    void passesTheFirstRevisionAndEveryHigherOne() throws Exception {
        send(ingested("co-1", 1, "severity 2"));
        send(ingested("co-1", 2, "severity 3"));
        send(ingested("co-1", 5, "severity 4"));

        assertThat(harness.extractOutputValues()).extracting(FeedEvent::revision).containsExactly(1, 2, 5);
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void dropsAResentRevisionQuietly() throws Exception {
        send(ingested("co-1", 1, "severity 2"));
        send(ingested("co-1", 1, "severity 2"));

        assertThat(harness.extractOutputValues()).hasSize(1);
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void deadLettersTheSameRevisionWithDifferentContent() throws Exception {
        send(ingested("co-1", 1, "severity 2"));
        IngestedEvent conflicting = ingested("co-1", 1, "severity 5");
        send(conflicting);

        assertThat(harness.extractOutputValues()).hasSize(1);
        DeadLetter dl = onlyDeadLetter();
        assertThat(dl.reason()).isEqualTo(Reason.CONFLICTING_REVISION);
        assertThat(dl.eventId()).isEqualTo("co-1");
        assertThat(dl.revision()).isEqualTo(1);
        assertThat(dl.payload()).isEqualTo(conflicting.payload());
        assertThat(dl.origin()).isEqualTo(conflicting.origin());
    }

    @Test
    void deadLettersALowerRevisionArrivingLate() throws Exception {
        send(ingested("co-1", 3, "severity 4"));
        send(ingested("co-1", 2, "severity 3"));

        assertThat(harness.extractOutputValues()).extracting(FeedEvent::revision).containsExactly(3);
        DeadLetter dl = onlyDeadLetter();
        assertThat(dl.reason()).isEqualTo(Reason.STALE_REVISION);
        assertThat(dl.revision()).isEqualTo(2);
        assertThat(dl.message()).contains("3");
    }

    @Test
    void keepsTheRevisionsOfDifferentEventsApart() throws Exception {
        send(ingested("co-1", 3, "severity 4"));
        send(ingested("co-2", 1, "severity 1"));
        send(ingested("co-2", 1, "severity 1"));
        send(ingested("co-1", 3, "severity 4"));

        assertThat(harness.extractOutputValues()).extracting(FeedEvent::id, FeedEvent::revision)
                .containsExactly(tuple("co-1", 3), tuple("co-2", 1));
        assertThat(deadLetters()).isEmpty();
    }

    @Test
    void remembersTheHighestRevisionAcrossARestore() throws Exception {
        send(ingested("co-1", 2, "severity 3"));
        OperatorSubtaskState snapshot = harness.snapshot(1L, 1L);
        harness.close();

        harness = newHarness();
        harness.initializeState(snapshot);
        harness.open();
        send(ingested("co-1", 1, "severity 2"));
        send(ingested("co-1", 2, "severity 3"));

        assertThat(harness.extractOutputValues()).isEmpty();
        assertThat(onlyDeadLetter().reason()).isEqualTo(Reason.STALE_REVISION);
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, IngestedEvent, FeedEvent> newHarness() throws Exception {
        SecwebFlinkTypes.register();
        return new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(new RevisionDeduplicator()),
                e -> e.event().id(), Types.STRING);
    }

    private void send(IngestedEvent e) throws Exception {
        harness.processElement(e, e.origin().timestamp().toEpochMilli());
    }

    private List<DeadLetter> deadLetters() {
        var side = harness.getSideOutput(RevisionDeduplicator.DEAD_LETTERS);
        return side == null ? List.of() : side.stream().map(StreamRecord::getValue).toList();
    }

    private DeadLetter onlyDeadLetter() {
        assertThat(deadLetters()).hasSize(1);
        return deadLetters().get(0);
    }

    /** An event whose content differs by {@code content}; the fingerprint stands for the content, as the parser's would. */
    private IngestedEvent ingested(String id, int revision, String content) {
        FeedEvent e = FeedEvents.coercion(id).revision(revision).participants("CHN", "PHL").kind("show_of_force").severity(2).location(content)
                .build();
        long offset = offsets.incrementAndGet();
        Origin origin = Origin.kafka("secweb.feed.coercion", 0, offset, Instant.parse("2025-01-01T00:00:00Z").plusSeconds(offset));
        return new IngestedEvent(e, "{\"id\":\"" + id + "\",\"revision\":" + revision + ",\"note\":\"" + content + "\"}", origin,
                "fingerprint of " + content);
    }
}
