package io.secweb.core.alerts;

import java.util.List;

/** A rule file that cannot be used; each problem names the file, the line and the field. */
public class RuleFileException extends RuntimeException {
    private final List<String> problems;

    public RuleFileException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, one "file:line: field: message" each. */
    public List<String> problems() {
        return problems;
    }
}
