package io.secweb.cli;

import io.secweb.core.config.ConfigException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a main class of a module's tests in a JVM of its own, on this console: the benchmarks live with the tests (they
 * need the test fixtures), on the test classpath the build writes to {@code <module>/target/test-classpath.txt}.
 */
final class ChildJava {
    private ChildJava() {}

    static int runTestMain(String module, List<String> jvmOptions, String mainClass, List<String> args) throws IOException, InterruptedException {
        Path target = Path.of(module, "target");
        Path classpathFile = target.resolve("test-classpath.txt");
        if (!Files.isRegularFile(classpathFile)) {
            throw new ConfigException("no test classpath at " + classpathFile + ": the benchmarks are built with the tests (./secweb build)");
        }
        String classpath = target.resolve("test-classes") + java.io.File.pathSeparator + target.resolve("classes")
                + java.io.File.pathSeparator + Files.readString(classpathFile).trim();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(args);
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
