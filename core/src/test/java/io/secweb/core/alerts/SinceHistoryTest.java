package io.secweb.core.alerts;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SinceHistoryTest {
    private static final int WINDOW = 365;

    private static SinceHistory record(SinceHistory h, String day, double value, String latest) {
        return h.with(LocalDate.parse(day), value, latest == null ? null : LocalDate.parse(latest), WINDOW);
    }

    @Test
    void aValueBelowAnOldPeakIsNotARecordHoweverLongAgoThePeakWas() {
        SinceHistory h = SinceHistory.empty();
        h = record(h, "2014-01-01", 0.0, null);
        h = record(h, "2016-06-01", 3.0, "2014-01-01");
        h = record(h, "2024-06-01", 8.4, "2016-06-01");

        AlertTick zero = h.tick(AlertTick.of(LocalDate.parse("2025-06-01"), 0.0, 5), 10);
        AlertTick record = h.tick(AlertTick.of(LocalDate.parse("2025-06-01"), 9.0, 5), 10);

        assertThat(zero.hasBaseline()).isTrue();
        assertThat(zero.highestSince()).isEqualTo(LocalDate.parse("2024-06-01"));
        assertThat(record.highestSince()).isNull();
    }

    @Test
    void aRestatedDayInsideTheWindowIsAnsweredExactlyAfterLaterDaysArrived() {
        SinceHistory h = SinceHistory.empty();
        h = record(h, "2010-01-01", 5.0, null);
        h = record(h, "2020-01-01", 1.0, "2010-01-01");
        h = record(h, "2021-01-01", 1.0, "2020-01-01");

        // 2020-06-01 arrives late: the 2010 peak is still known, so 4.0 is not a record
        AlertTick late = h.tick(AlertTick.of(LocalDate.parse("2020-06-01"), 4.0, 5), 10);

        assertThat(late.highestSince()).isEqualTo(LocalDate.parse("2010-01-01"));
    }

    @Test
    void nothingIsSaidBeforeTheYearsAreCovered() {
        SinceHistory h = record(SinceHistory.empty(), "2020-01-01", 1.0, null);

        assertThat(h.tick(AlertTick.of(LocalDate.parse("2024-01-01"), 9.0, 5), 10).hasBaseline()).isFalse();
    }
}
