package io.secweb.core.elasticsearch;

import io.secweb.schemas.SecwebNames;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The bundled index templates (schemas/elasticsearch), rewritten for an index prefix other than "secweb". */
public final class IndexTemplates {
    private IndexTemplates() {}

    /** The bundled template for a kind, rewritten for {@code prefix}. */
    public static String json(String kind, String prefix) {
        String resource = "/secweb/schemas/elasticsearch/" + SecwebNames.templateName(SecwebNames.LIVE_INDEX_PREFIX, kind) + ".template.json";
        try (InputStream in = IndexTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("index template " + resource + " is not on the classpath");
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String live = SecwebNames.alias(SecwebNames.LIVE_INDEX_PREFIX, kind);
            return json.replace("\"" + live + "-*\"", "\"" + SecwebNames.alias(prefix, kind) + "-*\"")
                    .replace("\"" + live + "\"", "\"" + SecwebNames.alias(prefix, kind) + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
