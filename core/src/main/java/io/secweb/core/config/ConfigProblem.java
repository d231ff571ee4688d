package io.secweb.core.config;

import java.util.Comparator;

/**
 * One thing wrong with a configuration file, where it is: reads {@code file:line: key: message}, e.g.
 * {@code deploy/config/local.yaml:12: indicators.allowed_lateness_days: must be ≥ 0, got -1}.
 *
 * @param file    how the file is named (its path as given, or a description such as "from the command line")
 * @param line    1-based line of the key (or of the nearest enclosing key the file has); 0 when there is no file
 * @param column  1-based column on that line; 0 when unknown
 * @param key     the dotted path of the key, list items by index ({@code scopes[1].hub}); {@code (file)} for the file
 * @param message what is wrong, one line
 */
public record ConfigProblem(String file, int line, int column, String key, String message) {
    /** By line, then column, then text: the order a reader fixes them in. */
    public static final Comparator<ConfigProblem> IN_FILE_ORDER = Comparator.comparingInt(ConfigProblem::line)
            .thenComparingInt(ConfigProblem::column).thenComparing(ConfigProblem::toString);

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + key + ": " + message;
    }
}
