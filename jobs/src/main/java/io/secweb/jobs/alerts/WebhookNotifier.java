package io.secweb.jobs.alerts;

import io.secweb.core.alerts.Notification;
import io.secweb.core.alerts.WebhookOptions;
import io.secweb.core.documents.DeadLetterDocuments;
import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.schemas.deadletter.DeadLetter;
import io.secweb.schemas.deadletter.Origin;
import io.secweb.schemas.deadletter.Reason;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

/**
 * POSTs each notification to every configured url: JSON body, {@code Idempotency-Key} = the alert document id (a
 * retry or a restart may deliver a message twice; receivers deduplicate on it), {@code X-Secweb-Status}. A non-2xx
 * answer, a timeout or a refused connection is retried with exponential backoff; after {@code maxAttempts} the
 * message goes to the dead letters (reason webhook_undelivered, naming the url and the last failure) and the job goes
 * on. Urls are shown redacted (scheme, host, port) in logs and dead letters: their paths may hold tokens. Delivery blocks the operator while it retries, so a dead receiver slows alerts down but loses nothing.
 */
public final class WebhookNotifier extends ProcessFunction<Notification, ElasticsearchDocument> {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifier.class);

    private final WebhookOptions options;
    private final String deadLetterIndexPrefix;
    private transient HttpClient http;
    private transient Counter delivered;
    private transient Counter retried;
    private transient Counter undelivered;

    public WebhookNotifier(WebhookOptions options, String deadLetterIndexPrefix) {
        this.options = options;
        this.deadLetterIndexPrefix = deadLetterIndexPrefix;
    }

    @Override
    public void open(OpenContext context) {
        http = HttpClient.newBuilder().connectTimeout(options.timeout()).build();
        var metrics = getRuntimeContext().getMetricGroup();
        delivered = metrics.counter("webhookDelivered");
        retried = metrics.counter("webhookRetries");
        undelivered = metrics.counter("webhookUndelivered");
    }

    /** Ends the client's selector thread now (Java 21+ clients are AutoCloseable; on 17 it ends once the client is collected). */
    @Override
    public void close() throws Exception {
        if (http instanceof AutoCloseable closeable) {
            closeable.close();
        }
        http = null;
    }

    @Override
    public void processElement(Notification n, Context ctx, Collector<ElasticsearchDocument> deadLetters) throws Exception {
        for (String url : options.urls()) {
            String failure = deliver(url, n);
            if (failure != null) {
                undelivered.inc();
                String shown = WebhookOptions.redacted(url);
                LOG.warn("alert notification {} not delivered to {}: {}", n.documentId(), shown, failure);
                DeadLetter dl = new DeadLetter(Reason.WEBHOOK_UNDELIVERED.stage(), Reason.WEBHOOK_UNDELIVERED,
                        "POST " + shown + " failed " + options.maxAttempts() + " times; last: " + failure, n.documentId(), null, n.body(),
                        new Origin(null, null, null, null, shown), Instant.now());
                deadLetters.collect(DeadLetterDocuments.toElasticsearch(dl, deadLetterIndexPrefix));
            }
        }
    }

    /** Null when delivered, else the last failure. */
    private String deliver(String url, Notification n) throws InterruptedException {
        String failure = null;
        for (int attempt = 1; attempt <= options.maxAttempts(); attempt++) {
            if (attempt > 1) {
                retried.inc();
                Thread.sleep(options.backoff().delay(attempt - 1).toMillis());
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                        .timeout(options.timeout())
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", n.documentId())
                        .header("X-Secweb-Status", n.status())
                        .POST(HttpRequest.BodyPublishers.ofString(n.body()))
                        .build();
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() / 100 == 2) {
                    delivered.inc();
                    return null;
                }
                failure = "HTTP " + response.statusCode();
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
        }
        return failure;
    }
}
