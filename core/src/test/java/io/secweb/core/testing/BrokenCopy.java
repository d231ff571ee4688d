package io.secweb.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A copy of a shipped file (deploy/config/…) with one line broken, and the number of that line: tests of the loaders'
 * messages find the line by its text, so they keep passing when the shipped file gains a comment.
 *
 * @param file the copy
 * @param line 1-based number of the changed line
 */
public record BrokenCopy(Path file, int line) {

    /**
     * Copies {@code shipped} into {@code dir}, replacing {@code text} on the one line that holds it by {@code replacement}
     * (which may hold a line break, to add a line after it).
     */
    public static BrokenCopy of(Path shipped, Path dir, String text, String replacement) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(shipped));
            int line = lineOf(shipped, text);
            lines.set(line - 1, lines.get(line - 1).replace(text, replacement));
            Path copy = dir.resolve(shipped.getFileName());
            Files.writeString(copy, String.join("\n", lines) + "\n");
            return new BrokenCopy(copy, line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based number of the one line of {@code file} that holds {@code text}. */
    public static int lineOf(Path file, String text) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<Integer> holding = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    holding.add(i + 1);
                }
            }
            if (holding.size() != 1) {
                throw new AssertionError(file + ": expected one line holding '" + text + "', found " + holding.size());
            }
            return holding.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the loaders name a problem on the changed line: {@code file:line: key: message}. */
    public String problem(String key, String message) {
        return problemOn(0, key, message);
    }

    /** The same for a problem {@code linesAfter} lines below the changed one (a line the replacement added). */
    public String problemOn(int linesAfter, String key, String message) {
        return file + ":" + (line + linesAfter) + ": " + key + ": " + message;
    }
}
