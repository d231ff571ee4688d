package io.secweb.jobs.elasticsearch;

import io.secweb.core.documents.ElasticsearchDocument;
import org.apache.flink.connector.base.sink.writer.AsyncSinkWriterStateSerializer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes buffered {@link ElasticsearchDocument}s into checkpoints in a plain, versioned binary layout. */
public final class ElasticsearchDocumentStateSerializer extends AsyncSinkWriterStateSerializer<ElasticsearchDocument> {

    @Override
    protected void serializeRequestToStream(ElasticsearchDocument doc, DataOutputStream out) throws IOException {
        writeString(out, doc.index());
        writeString(out, doc.id());
        out.writeBoolean(doc.version() != null);
        if (doc.version() != null) {
            out.writeLong(doc.version());
        }
        out.writeByte(doc.opType().ordinal());
        writeString(out, doc.source());
    }

    @Override
    protected ElasticsearchDocument deserializeRequestFromStream(long requestSize, DataInputStream in) throws IOException {
        String index = readString(in);
        String id = readString(in);
        Long version = in.readBoolean() ? in.readLong() : null;
        ElasticsearchDocument.OpType op = ElasticsearchDocument.OpType.values()[in.readByte()];
        String source = readString(in);
        return new ElasticsearchDocument(index, id, version, op, source);
    }

    @Override
    public int getVersion() {
        return 1;
    }

    // length-prefixed UTF-8: DataOutput.writeUTF is limited to 64 KB
    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
