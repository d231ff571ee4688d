package io.secweb.jobs.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import io.secweb.core.elasticsearch.ElasticsearchClients;
import io.secweb.core.elasticsearch.ElasticsearchConnection;
import io.secweb.infra.testing.RealInfrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Small queries against the real test node, for assertions. */
public final class Elastic implements AutoCloseable {
    private final ElasticsearchClients clients;
    private final ElasticsearchClient client;

    public Elastic() {
        this.clients = new ElasticsearchClients(ElasticsearchConnection.of(RealInfrastructure.elasticsearch().url()));
        this.client = clients.sync();
    }

    public ElasticsearchClient client() {
        return client;
    }

    public long count(String indexOrAlias) {
        try {
            client.indices().refresh(r -> r.index(indexOrAlias).ignoreUnavailable(true).allowNoIndices(true));
            return client.count(c -> c.index(indexOrAlias).ignoreUnavailable(true).allowNoIndices(true)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All documents (up to 10 000) of an index or alias, as JSON trees with their ids under "_id" and versions under "_version". */
    public List<Hit<JsonNode>> all(String indexOrAlias) {
        try {
            client.indices().refresh(r -> r.index(indexOrAlias).ignoreUnavailable(true).allowNoIndices(true));
            SearchResponse<JsonNode> r = client.search(s -> s.index(indexOrAlias).size(10_000).version(true)
                    .ignoreUnavailable(true).allowNoIndices(true), JsonNode.class);
            return r.hits().hits();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        clients.close();
    }
}
