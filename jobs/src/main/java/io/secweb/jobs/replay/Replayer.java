package io.secweb.jobs.replay;

import io.secweb.core.feed.Pacing;
import io.secweb.core.feed.ReplayRecord;
import io.secweb.jobs.security.KafkaSecurity;
import io.secweb.schemas.Topics;
import io.secweb.schemas.event.EventType;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;

/**
 * Publishes records to the feed topics of a namespace in event-time order, as fast as possible or at N event days
 * per wall-clock second (quiet stretches shortened, see {@link Pacing}), keyed by id, with idempotent acks=all producers.
 */
public final class Replayer {
    private Replayer() {}

    /** Producer settings for feed records: idempotent, acks=all, small batching delay; security from the environment. */
    public static Properties producerProperties(String bootstrapServers) {
        Properties p = KafkaSecurity.fromEnvironment().clientProperties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "10");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000");
        return p;
    }

    /**
     * @param daysPerSecond 0 = as fast as possible; otherwise N event days per second, quiet stretches longer than
     *                      {@link Pacing#DEFAULT_MAX_QUIET_DAYS} shortened to that
     */
    public static Map<EventType, Integer> publish(String bootstrapServers, Topics topics, List<ReplayRecord> records, double daysPerSecond,
                                                  BiConsumer<Long, LocalDate> progress) throws InterruptedException {
        Pacing pacing = new Pacing(daysPerSecond, Pacing.DEFAULT_MAX_QUIET_DAYS);
        Map<EventType, Integer> published = new EnumMap<>(EventType.class);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties(bootstrapServers), new ByteArraySerializer(),
                new ByteArraySerializer())) {
            long t0 = System.nanoTime();
            long done = 0;
            for (ReplayRecord r : records) {
                double due = pacing.dueSeconds(r.start());
                if (pacing.paced()) {
                    // wait until the wall clock has caught up with this record's event day
                    long waitMs = (long) (due * 1000 - (System.nanoTime() - t0) / 1e6);
                    if (waitMs > 0) {
                        producer.flush();
                        Thread.sleep(waitMs);
                    }
                }
                producer.send(new ProducerRecord<>(topics.feed(r.type()), r.id().getBytes(StandardCharsets.UTF_8),
                        r.json().getBytes(StandardCharsets.UTF_8)));
                published.merge(r.type(), 1, Integer::sum);
                progress.accept(++done, r.start());
            }
            producer.flush();
        }
        return published;
    }
}
