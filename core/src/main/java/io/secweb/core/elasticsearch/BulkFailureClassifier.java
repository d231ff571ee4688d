package io.secweb.core.elasticsearch;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/**
 * Decides what the sink does with a failed bulk request or bulk item. Plain Java, so every rule is unit-tested.
 * <ul>
 *   <li>429, 502, 503, 504, timeouts and connection failures: retry with backoff (an outage back-pressures);</li>
 *   <li>409 on create, or a version conflict (a newer revision is already stored): done;</li>
 *   <li>401 and 403: fatal, the job fails with a message about credentials; a failed TLS handshake: fatal too;</li>
 *   <li>other 4xx items (mapping errors, bad documents): dead letter, the rest of the batch goes on;</li>
 *   <li>other 5xx: retry.</li>
 * </ul>
 */
public final class BulkFailureClassifier {

    public enum Outcome { DONE, RETRY, DEAD_LETTER, FATAL }

    private BulkFailureClassifier() {}

    /** For one item of a bulk response. */
    public static Outcome forItem(int status, String errorType) {
        if (status >= 200 && status < 300) {
            return Outcome.DONE;
        }
        if (status == 409 || "version_conflict_engine_exception".equals(errorType)) {
            return Outcome.DONE;
        }
        if (status == 401 || status == 403) {
            return Outcome.FATAL;
        }
        if (status == 429 || status >= 500) {
            return Outcome.RETRY;
        }
        return Outcome.DEAD_LETTER;
    }

    /** For a bulk request that failed as a whole. */
    public static Outcome forRequest(Throwable failure) {
        boolean io = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Integer status = statusOf(t);
            if (status != null) {
                if (status == 408 || status == 429 || status >= 500) {
                    return Outcome.RETRY;
                }
                // 401/403: credentials; any other 4xx for a whole bulk request: our request is wrong, not a document
                return Outcome.FATAL;
            }
            if (t instanceof javax.net.ssl.SSLHandshakeException) {
                // an untrusted certificate does not heal by waiting: fail with the TLS message
                return Outcome.FATAL;
            }
            io |= t instanceof IOException || t instanceof TimeoutException;
        }
        // connection refused or reset, timeouts: the cluster is away, wait for it
        return io ? Outcome.RETRY : Outcome.FATAL;
    }

    /** The HTTP status carried by a client exception, or null. */
    public static Integer statusOf(Throwable t) {
        if (t instanceof ElasticsearchException e) {
            return e.status();
        }
        if (t instanceof TransportException e && e.statusCode() > 0) {
            return e.statusCode();
        }
        return null;
    }
}
