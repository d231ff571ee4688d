package io.secweb.core.alerts;

import io.secweb.core.config.Backoff;
import io.secweb.core.config.Secrets;
import io.secweb.core.config.SecwebConfig;

import java.io.Serializable;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Where and how notifications are POSTed: every url, up to {@code maxAttempts} each, backing off between attempts. */
public record WebhookOptions(List<String> urls, int maxAttempts, Backoff backoff, Duration timeout) implements Serializable {
    public WebhookOptions {
        urls = List.copyOf(urls);
    }

    /** The config's urls plus those of {@code SECWEB_ALERTS_WEBHOOK_URLS} (urls with tokens are secrets, not config). */
    public static WebhookOptions of(SecwebConfig.Webhook w, Secrets secrets) {
        List<String> urls = new ArrayList<>(w.urls());
        secrets.get(Secrets.ALERTS_WEBHOOK_URLS).ifPresent(v -> Arrays.stream(v.split(",")).map(String::strip)
                .filter(u -> !u.isEmpty()).forEach(urls::add));
        return new WebhookOptions(urls, w.maxAttempts(), new Backoff(w.initialBackoff(), w.maxBackoff()), w.timeout());
    }

    /** A url as logs and dead letters may show it: scheme, host and port only (paths and queries may hold tokens). */
    public static String redacted(String url) {
        try {
            URI u = URI.create(url);
            boolean more = (u.getRawPath() != null && !u.getRawPath().isEmpty() && !u.getRawPath().equals("/")) || u.getRawQuery() != null
                    || u.getRawUserInfo() != null;
            return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort()) + (more ? "/…" : "");
        } catch (IllegalArgumentException e) {
            return "(unparseable url)";
        }
    }

    @Override
    public String toString() {
        return "WebhookOptions[urls=" + urls.stream().map(WebhookOptions::redacted).toList() + ", maxAttempts=" + maxAttempts
                + ", backoff=" + backoff + ", timeout=" + timeout + "]";
    }
}
