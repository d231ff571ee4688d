package io.secweb.jobs.alerts;

import io.secweb.core.alerts.IndicatorReading;
import io.secweb.core.alerts.IndicatorReadings;
import io.secweb.core.alerts.KafkaDocument;
import io.secweb.core.documents.DeadLetterDocuments;
import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.schemas.deadletter.DeadLetter;
import io.secweb.schemas.deadletter.Reason;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/** Indicator documents from Kafka → readings; a record that is not a readable indicator document goes to the dead letters. */
public final class ReadingParser extends ProcessFunction<KafkaDocument, IndicatorReading> {
    private final String deadLetterIndexPrefix;
    private final OutputTag<ElasticsearchDocument> deadLetters;

    public ReadingParser(String deadLetterIndexPrefix, OutputTag<ElasticsearchDocument> deadLetters) {
        this.deadLetterIndexPrefix = deadLetterIndexPrefix;
        this.deadLetters = deadLetters;
    }

    @Override
    public void processElement(KafkaDocument record, Context ctx, Collector<IndicatorReading> out) {
        try {
            out.collect(IndicatorReadings.parse(record.documentId(), record.payload()));
        } catch (IllegalArgumentException e) {
            DeadLetter dl = DeadLetter.of(Reason.MALFORMED_INDICATOR, e.getMessage(), record.documentId(), null, record.payload(), record.origin());
            ctx.output(deadLetters, DeadLetterDocuments.toElasticsearch(dl, deadLetterIndexPrefix));
        }
    }
}
