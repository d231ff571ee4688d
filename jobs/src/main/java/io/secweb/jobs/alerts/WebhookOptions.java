package io.secweb.jobs.alerts;

import io.secweb.jobs.config.SecwebConfig;
import io.secweb.jobs.elasticsearch.Backoff;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/** Where and how notifications are POSTed: every url, up to {@code maxAttempts} each, backing off between attempts. */
public record WebhookOptions(List<String> urls, int maxAttempts, Backoff backoff, Duration timeout) implements Serializable {
    public WebhookOptions {
        urls = List.copyOf(urls);
    }

    public static WebhookOptions of(SecwebConfig.Webhook w) {
        return new WebhookOptions(w.urls(), w.maxAttempts(), new Backoff(w.initialBackoff(), w.maxBackoff()), w.timeout());
    }
}
