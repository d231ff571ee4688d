package io.secweb.jobs.ingest;

import io.secweb.core.documents.ElasticsearchDocument;
import io.secweb.core.ingest.IngestedEvent;
import io.secweb.core.ingest.RawRecord;
import io.secweb.jobs.flink.SecwebFlinkTypes;
import io.secweb.schemas.deadletter.DeadLetter;
import io.secweb.schemas.event.FeedEvent;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** With pipeline.generic-types: false a Kryo fallback fails the job; every contract must have a real Flink type. */
class ContractsAreFlinkTypesTest {

    @ParameterizedTest
    @ValueSource(classes = {FeedEvent.class, DeadLetter.class, RawRecord.class, IngestedEvent.class, ElasticsearchDocument.class,
            RevisionDeduplicator.Seen.class})
    void contractIsSerialisedWithoutKryo(Class<?> type) {
        SecwebFlinkTypes.register();
        TypeInformation<?> info = TypeInformation.of(type);
        assertThat(info).isNotInstanceOf(GenericTypeInfo.class);
        SerializerConfigImpl config = new SerializerConfigImpl();
        config.setGenericTypes(false);
        // creating the serializer walks every nested field and throws if any would need Kryo
        TypeSerializer<?> serializer = info.createSerializer(config);
        assertThat(serializer).isNotNull();
    }
}
