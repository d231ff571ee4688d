package io.secweb.jobs.testing;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A sink for MiniCluster pipeline tests that keeps everything it receives, under a name, in this JVM. */
public final class CollectingSink<T> implements Sink<T> {
    private static final Map<String, List<Object>> RECEIVED = new ConcurrentHashMap<>();
    private final String name;

    private CollectingSink(String name) {
        this.name = name;
        RECEIVED.put(name, Collections.synchronizedList(new ArrayList<>()));
    }

    public static <T> CollectingSink<T> named(String name) {
        return new CollectingSink<>(name);
    }

    @SuppressWarnings("unchecked")
    public List<T> received() {
        synchronized (RECEIVED.get(name)) {
            return List.copyOf((List<T>) RECEIVED.get(name));
        }
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        List<Object> target = RECEIVED.get(name);
        return new SinkWriter<>() {
            @Override
            public void write(T element, Context ctx) {
                target.add(element);
            }

            @Override
            public void flush(boolean endOfInput) {
            }

            @Override
            public void close() {
            }
        };
    }
}
