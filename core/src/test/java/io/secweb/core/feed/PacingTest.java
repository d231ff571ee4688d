package io.secweb.core.feed;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PacingTest {
    private static final LocalDate JAN_1 = LocalDate.of(2020, 1, 1);

    @Test
    void recordsAreDueAtTheirEventDayDividedByTheSpeed() {
        Pacing pacing = new Pacing(10, 30);

        assertThat(pacing.dueSeconds(JAN_1)).isZero();
        assertThat(pacing.dueSeconds(JAN_1.plusDays(5))).isCloseTo(0.5, within(1e-9));
        assertThat(pacing.dueSeconds(JAN_1.plusDays(5))).isCloseTo(0.5, within(1e-9));
        assertThat(pacing.dueSeconds(JAN_1.plusDays(25))).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void aQuietStretchCountsAsAtMostTheCap() {
        Pacing pacing = new Pacing(100, 30);

        pacing.dueSeconds(LocalDate.of(1951, 9, 1));
        double firstAfterTheGap = pacing.dueSeconds(LocalDate.of(2000, 1, 31));
        double nextDay = pacing.dueSeconds(LocalDate.of(2000, 2, 1));

        assertThat(firstAfterTheGap).as("49 quiet years wait 30 days, not 17,684").isCloseTo(0.30, within(1e-9));
        assertThat(nextDay).isCloseTo(0.31, within(1e-9));
    }

    @Test
    void asFastAsPossibleIsNeverPaced() {
        Pacing pacing = new Pacing(0, 30);

        assertThat(pacing.paced()).isFalse();
        assertThat(pacing.dueSeconds(JAN_1)).isZero();
        assertThat(pacing.dueSeconds(JAN_1.plusYears(10))).isZero();
    }

    @Test
    void aRecordOutOfOrderIsDueAtOnceAndDoesNotMoveTheClockBack() {
        Pacing pacing = new Pacing(1, 30);

        pacing.dueSeconds(JAN_1);
        pacing.dueSeconds(JAN_1.plusDays(10));
        assertThat(pacing.dueSeconds(JAN_1.plusDays(3))).isEqualTo(10);
        assertThat(pacing.dueSeconds(JAN_1.plusDays(12))).as("2 days after the latest day seen").isEqualTo(12);
    }

    @Test
    void theCuratedFeedIsPublishedInAboutItsEventDaysNotItsCalendarSpan() {
        List<ReplayRecord> feed = FeedInput.load(List.of(Path.of("../deploy/local/feeds/curated-2000-2026.jsonl")), FeedInput.CANONICAL,
                null, null).records();
        Pacing pacing = new Pacing(100, Pacing.DEFAULT_MAX_QUIET_DAYS);

        double last = 0;
        for (ReplayRecord r : feed) {
            last = pacing.dueSeconds(r.start());
        }

        long calendarDays = ChronoUnit.DAYS.between(feed.get(0).start(), feed.get(feed.size() - 1).start());
        assertThat(calendarDays / 100.0).as("the calendar span at 100 days/s").isGreaterThan(250);
        assertThat(last).as("seconds until the last record").isBetween(60.0, 110.0);
    }

    @Test
    void rejectsANegativeSpeedAndAnEmptyCap() {
        assertThatThrownBy(() -> new Pacing(-1, 30)).hasMessageContaining("daysPerSecond");
        assertThatThrownBy(() -> new Pacing(1, 0)).hasMessageContaining("maxQuietDays");
    }
}
