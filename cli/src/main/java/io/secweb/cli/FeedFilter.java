package io.secweb.cli;

import picocli.CommandLine.Option;

import java.time.LocalDate;

/** The options that choose what of a feed to read: its format and the range of event days. */
final class FeedFilter {
    @Option(names = "--format", paramLabel = "F",
            description = "canonical (JSONL), mme, dcad, atop, mie, csm, cameo, icews, gdelt (default: detected from the file)")
    String format;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = OptionValues.Day.class,
            description = "only events starting on or after this day (agreements signed before it are kept: they may still be in force)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = OptionValues.Day.class,
            description = "only events starting on or before this day")
    LocalDate to;
}
