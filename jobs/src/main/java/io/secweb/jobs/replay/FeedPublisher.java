package io.secweb.jobs.replay;

import io.secweb.schemas.Topics;
import io.secweb.schemas.codec.MalformedJsonException;
import io.secweb.schemas.codec.SecwebJson;
import io.secweb.schemas.event.EventType;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes feed lines to the feed topic of their type verbatim and in the order given (validation is the ingest
 * job's business), keyed by id; lines whose type cannot be read are reported and skipped. For tests and tools that
 * need exact control of what goes on the topics, bad records included; feeds are replayed with {@link Replayer}.
 */
public final class FeedPublisher implements AutoCloseable {
    private final KafkaProducer<byte[], byte[]> producer;
    private final Topics topics;

    public FeedPublisher(String bootstrapServers, Topics topics) {
        this.topics = topics;
        this.producer = new KafkaProducer<>(Replayer.producerProperties(bootstrapServers), new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** What a publication did. */
    public record Summary(Map<EventType, Integer> published, int skipped, List<String> problems) {
        public int total() {
            return published.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public Summary publishLines(List<String> lines, String name) {
        Map<EventType, Integer> published = new EnumMap<>(EventType.class);
        List<String> problems = new java.util.ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            EventType type;
            String id;
            try {
                var tree = SecwebJson.readTree(line);
                type = SecwebJson.mapper().convertValue(tree.path("type"), EventType.class);
                id = tree.path("id").asText(null);
                if (type == null) {
                    throw new IllegalArgumentException("no 'type'");
                }
            } catch (MalformedJsonException | IllegalArgumentException e) {
                skipped++;
                problems.add(name + " line " + (i + 1) + ": " + e.getMessage());
                continue;
            }
            producer.send(new ProducerRecord<>(topics.feed(type), id == null ? null : id.getBytes(StandardCharsets.UTF_8),
                    line.getBytes(StandardCharsets.UTF_8)));
            published.merge(type, 1, Integer::sum);
        }
        producer.flush();
        return new Summary(published, skipped, problems);
    }

    /** Sends one raw payload to a topic as it is (for tests and tools that publish bad records on purpose). */
    public void publishRaw(String topic, String key, String payload) {
        producer.send(new ProducerRecord<>(topic, key == null ? null : key.getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8)));
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
