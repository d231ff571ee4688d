package io.secweb.core.alerts;

import io.secweb.core.documents.AlertDocument;
import io.secweb.core.documents.DocumentIds;
import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.schemas.SecwebNames;
import io.secweb.schemas.codec.SecwebJson;

import java.util.Locale;

/**
 * Alert state changes as documents. The id is sha-1 of run, rule, series, day and the change (from → to): a restart
 * that re-emits a change, or a second replay, overwrites instead of duplicating.
 */
public final class AlertDocuments {
    private AlertDocuments() {}

    public static AlertDocument document(AlertRule rule, IndicatorReading r, AlertTransition t) {
        AlertRule.Condition c = rule.condition();
        IndicatorReading.Baseline b = r.baselines().get(rule.indicator().name());
        return new AlertDocument(t.day(),
                new AlertDocument.Ecs("alert", "secweb.alerts", rule.severity().ordinal() + 1),
                rule.labels().isEmpty() ? null : rule.labels(),
                new AlertDocument.Body(
                        new AlertDocument.Rule(rule.id(), rule.name(), lower(rule.severity()), lower(c.type()),
                                c.baseline() == null ? null : c.baseline() == AlertRule.Baseline.WEEKS_4 ? "4w" : "52w", c.years(),
                                finite(c.fire()), finite(c.clear()), rule.forTicks()),
                        r.series(), r.scope(), r.level(), r.country(),
                        r.dyadA() == null ? null : new AlertDocument.Dyad(r.dyadA(), r.dyadB(), r.dyadA() + "|" + r.dyadB()),
                        rule.indicator().name(), t.day(), t.from().name(), t.to().name(), t.notifies(), t.episodeId(),
                        finite(t.value()), finite(t.measured()), finite(t.threshold()), finite(t.peak()),
                        b == null ? null : new AlertDocument.Baseline(b.change4wPct(), b.change52wPct(), b.z52w(), b.highestSince(), b.lowestSince()),
                        r.support(), r.revision(), r.isFinal(), r.documentId(),
                        AlertEvidence.of(rule.indicator().name(), r.topEvents()).stream().map(e -> new AlertDocument.TopEvent(e.id(), e.layer(), e.weight(), e.url())).toList(),
                        new AlertDocument.Run(r.runMode(), r.runId())));
    }

    /** Run, rule, series, day, change and episode: two episodes can change the same way on one day (a restatement). */
    public static String id(AlertDocument d) {
        AlertDocument.Body s = d.secweb();
        return DocumentIds.sha1(s.run().id(), s.rule().id(), s.series(), s.day().toString(), s.from(), s.to(), s.episodeId());
    }

    public static ElasticsearchDocument toElasticsearch(AlertDocument d, String indexPrefix) {
        return ElasticsearchDocument.createOnce(SecwebNames.index(indexPrefix, SecwebNames.ALERTS, d.secweb().day()), id(d),
                SecwebJson.write(d));
    }

    /** A one-line summary for people: "FIRING Coercion pressure on the Philippines high — indo-pacific/country/PHL on 2024-06-17: 9.3 (fire 8)". */
    public static String summary(AlertDocument d) {
        AlertDocument.Body s = d.secweb();
        if (s.to().equals("RETRACTED")) {
            return "RETRACTED the " + s.from() + " of " + s.rule().name() + " — " + s.series() + " on " + s.day()
                    + ": a restated indicator day no longer crosses the line";
        }
        String threshold = s.threshold() == null ? "" : " (" + (s.to().equals("RESOLVED") ? "clear " : "fire ") + format(s.threshold()) + ")";
        return s.to() + " " + s.rule().name() + " — " + s.series() + " on " + s.day() + ": " + s.indicator() + " "
                + (s.value() == null ? "?" : format(s.value())) + (s.measured() != null && !s.measured().equals(s.value())
                ? ", measured " + format(s.measured()) : "") + threshold;
    }

    /** The webhook body: status, a one-line summary, the alert document and its id (also the Idempotency-Key header). */
    public static String webhookMessage(AlertDocument d, String documentId) {
        return SecwebJson.write(new WebhookMessage(d.secweb().to(), summary(d), documentId, d));
    }

    /** What a webhook receives for a FIRING or RESOLVED change, or the retraction of one. */
    public record WebhookMessage(String status, String summary, String documentId, AlertDocument alert) {}

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
