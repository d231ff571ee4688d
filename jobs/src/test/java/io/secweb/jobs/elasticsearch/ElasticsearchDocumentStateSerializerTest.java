package io.secweb.jobs.elasticsearch;

import io.secweb.core.documents.ElasticsearchDocument;
import org.apache.flink.connector.base.sink.writer.BufferedRequestState;
import org.apache.flink.connector.base.sink.writer.RequestEntryWrapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ElasticsearchDocumentStateSerializerTest {
    private final ElasticsearchDocumentStateSerializer serializer = new ElasticsearchDocumentStateSerializer();

    @Test
    void restoresVersionedAndCreateOnceDocuments() throws Exception {
        List<ElasticsearchDocument> docs = List.of(
                ElasticsearchDocument.versioned("secweb-events-2024", "ex-1", 3, "{\"secweb\":{\"id\":\"ex-1\"}}"),
                ElasticsearchDocument.createOnce("secweb-deadletter-2024", "5f1c0de8", "{\"error\":{\"code\":\"stale_revision\"}}"),
                new ElasticsearchDocument("secweb-events-2024", "ex-2", null, ElasticsearchDocument.OpType.INDEX, "{}"));

        assertThat(roundTrip(docs)).isEqualTo(docs);
    }

    @Test
    void restoresASourceLargerThan64Kilobytes() throws Exception {
        String large = "{\"payload\":\"" + "x".repeat(72 * 1024) + "\"}";
        List<ElasticsearchDocument> docs = List.of(ElasticsearchDocument.createOnce("secweb-deadletter-2024", "big", large));

        assertThat(roundTrip(docs)).isEqualTo(docs);
    }

    @Test
    void restoresNonAsciiText() throws Exception {
        List<ElasticsearchDocument> docs = List.of(
                ElasticsearchDocument.versioned("secweb-events-2024", "ex-東京-1", 1, "{\"location\":\"Ōsaka — 日本 ✓ \uD83C\uDDEF\uD83C\uDDF5\"}"));

        assertThat(roundTrip(docs)).isEqualTo(docs);
    }

    @Test
    void keepsTheEntrySizes() throws Exception {
        ElasticsearchDocument doc = ElasticsearchDocument.versioned("secweb-events-2024", "ex-1", 3, "{}");
        BufferedRequestState<ElasticsearchDocument> state = new BufferedRequestState<>(List.of(new RequestEntryWrapper<>(doc, 1234L)));

        BufferedRequestState<ElasticsearchDocument> restored = serializer.deserialize(serializer.getVersion(), serializer.serialize(state));

        assertThat(restored.getBufferedRequestEntries()).extracting(RequestEntryWrapper::getSize).containsExactly(1234L);
    }

    @Test
    void restoresAnEmptyBuffer() throws Exception {
        assertThat(roundTrip(List.of())).isEmpty();
    }

    private List<ElasticsearchDocument> roundTrip(List<ElasticsearchDocument> docs) throws Exception {
        BufferedRequestState<ElasticsearchDocument> state = new BufferedRequestState<>(
                docs.stream().map(d -> new RequestEntryWrapper<>(d, d.sizeInBytes())).toList());

        byte[] bytes = serializer.serialize(state);
        BufferedRequestState<ElasticsearchDocument> restored = serializer.deserialize(serializer.getVersion(), bytes);

        return restored.getBufferedRequestEntries().stream().map(RequestEntryWrapper::getRequestEntry).toList();
    }
}
