package io.secweb.core.config;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration file or command line that cannot be used; the message says exactly what is wrong and where. A file
 * with problems gives one line per problem, {@code file:line: key: message}, in file order ({@link #problems()}).
 */
public class ConfigException extends RuntimeException {
    private final List<ConfigProblem> problems;

    public ConfigException(String message) {
        super(message);
        this.problems = List.of();
    }

    /** Every problem of a file, reported together, one line each, sorted by line. */
    public ConfigException(List<ConfigProblem> problems) {
        super(inFileOrder(problems).stream().map(ConfigProblem::toString).collect(Collectors.joining("\n")));
        this.problems = inFileOrder(problems);
    }

    private static List<ConfigProblem> inFileOrder(List<ConfigProblem> problems) {
        return problems.stream().distinct().sorted(ConfigProblem.IN_FILE_ORDER).toList();
    }

    /** The problems, in file order; empty when the exception has only a message (a missing file, a bad option). */
    public List<ConfigProblem> problems() {
        return problems;
    }
}
