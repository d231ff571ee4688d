package io.secweb.cli;

import io.secweb.cluster.SecwebJob;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The option values that need more checking than their type: days, run ids, speeds, ports and bounded counts, job names. */
final class OptionValues {
    private OptionValues() {}

    /** A day like 2020-01-31. */
    static final class Day implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("needs a date like 2020-01-31, got '" + value + "'");
            }
        }
    }

    /** A run id: it names topics and indices, so lower case letters, digits, '-' and '_'. */
    static final class RunId implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!value.matches("[a-z0-9][a-z0-9_-]{0,40}")) {
                throw new TypeConversionException("must be lower-case letters, digits, '-' or '_' (it names indices), got '" + value + "'");
            }
            return value;
        }
    }

    /** Event days per second; "max" (0) is as fast as possible. */
    static final class Speed implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            if (value.equals("max")) {
                return 0.0;
            }
            try {
                double d = Double.parseDouble(value);
                if (d > 0 && Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException ignored) {
                // the message below says what is wanted
            }
            throw new TypeConversionException("takes 'max' or a positive number of event days per second, got '" + value + "'");
        }
    }

    /** A whole number within bounds. */
    abstract static class Bounded implements ITypeConverter<Integer> {
        private final int min;
        private final int max;

        Bounded(int min, int max) {
            this.min = min;
            this.max = max;
        }

        @Override
        public Integer convert(String value) {
            int n;
            try {
                n = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("needs a number from " + min + " to " + max + ", not '" + value + "'");
            }
            if (n < min || n > max) {
                throw new TypeConversionException("must be from " + min + " to " + max + ", not " + value);
            }
            return n;
        }
    }

    static final class Port extends Bounded {
        Port() {
            super(1, 65535);
        }
    }

    static final class TaskManagers extends Bounded {
        TaskManagers() {
            super(1, 8);
        }
    }

    static final class Parallelism extends Bounded {
        Parallelism() {
            super(1, 64);
        }
    }

    static final class Requests extends Bounded {
        Requests() {
            super(1, 100_000);
        }
    }

    /** A job of {@link SecwebJob} by its short name. */
    static final class Job implements ITypeConverter<SecwebJob> {
        @Override
        public SecwebJob convert(String value) {
            try {
                return SecwebJob.named(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
