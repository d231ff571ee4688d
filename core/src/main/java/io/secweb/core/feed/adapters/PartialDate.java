package io.secweb.core.feed.adapters;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A date whose day may be unknown. An unknown day is read as the 1st of the month with precision {@code month}
 * (the envelope's {@code date_precision}); a known one gives precision {@code day}.
 */
record PartialDate(LocalDate date, boolean dayKnown) {
    static final String DAY = "day";
    static final String MONTH = "month";

    /** The date, or empty when year, month or day do not make a calendar date (a null day means unknown). */
    static Optional<PartialDate> of(int year, int month, Integer day) {
        try {
            return Optional.of(day == null ? new PartialDate(LocalDate.of(year, month, 1), false)
                    : new PartialDate(LocalDate.of(year, month, day), true));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    String precision() {
        return dayKnown ? DAY : MONTH;
    }

    /** The last day the date can stand for: itself when the day is known, else the last day of its month. */
    LocalDate latest() {
        return dayKnown ? date : YearMonth.from(date).atEndOfMonth();
    }
}
