package io.secweb.jobs.elasticsearch;

/** A failure of the Elasticsearch sink that retrying cannot fix: bad credentials, or a request Elasticsearch refuses. */
public class ElasticsearchSinkException extends RuntimeException {
    public ElasticsearchSinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
