package io.secweb.core.indicators;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.schemas.codec.SecwebJson;

/** The series a document belongs to, as its Kafka key: what must stay in order on one partition. */
public final class DocumentSeries {
    private DocumentSeries() {}

    /** Indicator documents: run, scope, level and country or dyad ({@code live|indo-pacific|country|PHL}). */
    public static String indicator(ElasticsearchDocument d) {
        JsonNode s = secweb(d);
        String subject = s.hasNonNull("country") ? s.get("country").asText() : s.path("dyad").path("key").asText("");
        return String.join("|", s.path("provenance").path("run").path("id").asText(""), s.path("scope").asText(""),
                s.path("level").asText(""), subject);
    }

    /** Alert documents: run, rule and series ({@code live|philippines-coercion-high|indo-pacific/country/PHL}). */
    public static String alert(ElasticsearchDocument d) {
        JsonNode s = secweb(d);
        return String.join("|", s.path("run").path("id").asText(""), s.path("rule").path("id").asText(""), s.path("series").asText(""));
    }

    private static JsonNode secweb(ElasticsearchDocument d) {
        try {
            return SecwebJson.mapper().readTree(d.source()).path("secweb");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("document " + d.id() + " is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
