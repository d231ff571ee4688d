package io.secweb.core.alerts;

import io.secweb.core.config.Secrets;
import io.secweb.core.config.SecwebConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookOptionsTest {

    @Test
    void urlsWithTokensComeFromTheSecretsAndAreNeverShown() {
        SecwebConfig.Webhook config = new SecwebConfig.Webhook(List.of("http://127.0.0.1:9000/hook"), null, null, null, null);
        Secrets secrets = Secrets.from(Map.of(Secrets.ALERTS_WEBHOOK_URLS,
                "https://hooks.example.org/services/T0/B0/s3cr3t , https://ops.example.org:8443/?token=abc"), null);

        WebhookOptions o = WebhookOptions.of(config, secrets);

        assertThat(o.urls()).containsExactly("http://127.0.0.1:9000/hook", "https://hooks.example.org/services/T0/B0/s3cr3t",
                "https://ops.example.org:8443/?token=abc");
        assertThat(o.toString()).doesNotContain("s3cr3t").doesNotContain("abc")
                .contains("https://hooks.example.org/…", "https://ops.example.org:8443/…");
    }

    @Test
    void aBareHostIsShownAsIs() {
        assertThat(WebhookOptions.redacted("https://alerts.example.org")).isEqualTo("https://alerts.example.org");
        assertThat(WebhookOptions.redacted("http://user:pw@alerts.example.org/x")).isEqualTo("http://alerts.example.org/…");
    }
}
