package io.secweb.cli;

import picocli.CommandLine.Command;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code ./secweb build}: builds everything, tests left out (the launcher also builds by itself when a source changed). */
@Command(name = "build",
        description = {"Builds every module, without running the tests (mvn -q package -DskipTests).",
        "The launcher does this by itself before a command when a source, pom or resource changed; mvn verify runs the tests."})
final class BuildCommand implements Callable<Integer> {
    static final List<String> MAVEN = List.of("mvn", "-q", "package", "-DskipTests");

    @Override
    public Integer call() throws Exception {
        return new ProcessBuilder(MAVEN).inheritIO().start().waitFor();
    }
}
