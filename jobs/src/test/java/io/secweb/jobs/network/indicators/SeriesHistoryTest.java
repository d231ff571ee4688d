package io.secweb.jobs.network.indicators;

import io.secweb.core.indicators.Baseline;
import io.secweb.core.indicators.Baselines;
import io.secweb.core.indicators.SeriesHistory.Point;
import io.secweb.core.indicators.SeriesHistory;
import io.secweb.jobs.flink.SecwebFlinkTypes;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SeriesHistoryTest {
    private static final LocalDate D = LocalDate.parse("2020-01-01");

    private static SeriesHistory of(double... values) {
        SeriesHistory h = SeriesHistory.empty();
        for (int i = 0; i < values.length; i++) {
            h = h.with(D.plusDays(i), values[i]);
        }
        return h;
    }

    @Test
    void pruningKeepsTheLast365DaysAndMovesOlderOnesIntoTheRecordStacks() {
        // days 0..4: 5, 9, 3, 7, 4, then a year of 6
        SeriesHistory h = of(5, 9, 3, 7, 4);
        for (int i = 5; i < 370; i++) {
            h = h.with(D.plusDays(i), 6);
        }

        SeriesHistory pruned = h.prunedFor(D.plusDays(369));

        assertThat(pruned.recent()).hasSize(365);
        assertThat(pruned.recent().get(0).day()).isEqualTo(D.plusDays(5));
        assertThat(pruned.evictedThrough()).isEqualTo(D.plusDays(4));
        assertThat(pruned.highs()).as("9, then 7, then 4: each higher than all after it")
                .containsExactly(new Point(D.plusDays(1), 9), new Point(D.plusDays(3), 7), new Point(D.plusDays(4), 4));
        assertThat(pruned.lows()).as("3, then 4: each lower than all after it")
                .containsExactly(new Point(D.plusDays(2), 3), new Point(D.plusDays(4), 4));
    }

    @Test
    void theStacksAnswerForValuesBeyondTheRetainedYear() {
        SeriesHistory h = of(5, 9, 3, 7, 4);
        for (int i = 5; i < 370; i++) {
            h = h.with(D.plusDays(i), 6);
        }
        SeriesHistory pruned = h.prunedFor(D.plusDays(369));
        LocalDate today = D.plusDays(369);

        assertThat(pruned.lastHigherBefore(today, 8)).isEqualTo(D.plusDays(1));
        assertThat(pruned.lastHigherBefore(today, 6.5)).isEqualTo(D.plusDays(3));
        assertThat(pruned.lastHigherBefore(today, 5)).as("a retained 6 is later").isEqualTo(D.plusDays(368));
        assertThat(pruned.lastHigherBefore(today, 9)).isNull();
        assertThat(pruned.lastLowerBefore(today, 3.5)).isEqualTo(D.plusDays(2));
        assertThat(pruned.lastLowerBefore(today, 4.5)).isEqualTo(D.plusDays(4));
        assertThat(pruned.lastLowerBefore(today, 3)).isNull();
    }

    @Test
    void aRestatedDayReplacesItsValueAndAnEvictedDayIsIgnored() {
        SeriesHistory h = of(1, 2, 3).with(D.plusDays(1), 20);

        assertThat(h.recent()).extracting(Point::value).containsExactly(1.0, 20.0, 3.0);
        assertThat(h.with(D.plusDays(1), Double.NaN).recent()).extracting(Point::day).containsExactly(D, D.plusDays(2));

        SeriesHistory pruned = of(1, 2, 3).prunedFor(D.plusDays(366));
        assertThat(pruned.evictedThrough()).isEqualTo(D.plusDays(1));
        assertThat(pruned.with(D.plusDays(1), 50)).isEqualTo(pruned);
        assertThat(pruned.accepts(D.plusDays(2))).isTrue();
    }

    @Test
    void aDayWhoseLookbackWasEvictedHasNoBaseline() {
        SeriesHistory pruned = of(1, 2, 3).prunedFor(D.plusDays(366));

        assertThat(pruned.supports(D.plusDays(2))).isFalse();
        assertThat(Baselines.of(pruned, D.plusDays(2))).isEqualTo(Baseline.NONE);
        assertThat(pruned.supports(D.plusDays(366))).isTrue();
    }

    @Test
    void betweenIsInclusive() {
        SeriesHistory h = of(1, 2, 3, 4, 5);

        assertThat(h.between(D.plusDays(1), D.plusDays(3))).extracting(Point::value).containsExactly(2.0, 3.0, 4.0);
        assertThat(h.between(D.minusDays(10), D.minusDays(1))).isEmpty();
    }

    @Test
    void theHistoryIsAFlinkTypeThatRoundTripsWithoutKryo() throws IOException {
        SecwebFlinkTypes.register();
        TypeInformation<SeriesHistory> info = TypeInformation.of(SeriesHistory.class);
        assertThat(info).isNotInstanceOf(GenericTypeInfo.class);
        SerializerConfigImpl config = new SerializerConfigImpl();
        config.setGenericTypes(false);
        TypeSerializer<SeriesHistory> serializer = info.createSerializer(config);

        SeriesHistory h = of(5, 9, 3, 7, 4).prunedFor(D.plusDays(367));
        for (SeriesHistory original : List.of(h, SeriesHistory.empty())) {
            DataOutputSerializer out = new DataOutputSerializer(256);
            serializer.serialize(original, out);
            SeriesHistory copy = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
            assertThat(copy).isEqualTo(original);
        }
    }
}
