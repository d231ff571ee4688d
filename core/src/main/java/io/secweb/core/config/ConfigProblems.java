package io.secweb.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The problems the semantic checks of a loader find, each at the key it is about (a JSON pointer such as
 * {@code /scopes/1/hub}); {@link #throwIfAny()} reports them all at once. Made by {@link YamlDocument#problems()}
 * (problems carry the line of their key) or {@link #of(String)} for a configuration that comes from no file.
 */
public final class ConfigProblems {
    private final BiFunction<String, String, ConfigProblem> locate;
    private final Predicate<String> written;
    private final List<ConfigProblem> found = new ArrayList<>();

    ConfigProblems(BiFunction<String, String, ConfigProblem> locate, Predicate<String> written) {
        this.locate = locate;
        this.written = written;
    }

    /** Problems of a configuration built without a file (overrides from the command line): {@code source: key: message}. */
    public static ConfigProblems of(String source) {
        return new ConfigProblems((pointer, message) -> new ConfigProblem(source, 0, 0, YamlDocument.key(null, pointer), message), pointer -> false);
    }

    /** Records that the key at {@code pointer} is wrong; {@code message} says how, in one line. */
    public void at(String pointer, String message) {
        found.add(locate.apply(pointer, message));
    }

    /**
     * Records a problem between keys (one duration shorter than another) at the first of them the file writes: the
     * one the reader changed, the other keeping its default. The first key when the file writes neither.
     */
    public void atFirstWritten(List<String> pointers, String message) {
        at(pointers.stream().filter(written).findFirst().orElse(pointers.get(0)), message);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** @throws ConfigException listing every problem, one per line, in file order */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ConfigException(found);
        }
    }
}
