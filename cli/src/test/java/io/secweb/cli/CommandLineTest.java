package io.secweb.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The conventions every command follows: help on stdout with exit 0, usage errors on stderr with exit 2, failures in one line with exit 1. */
class CommandLineTest {

    /** Every command and subcommand as its words, e.g. [cluster, up]; the root is []. */
    private static List<List<String>> allCommands() {
        List<List<String>> all = new ArrayList<>();
        collect(SecwebCommand.commandLine(), new ArrayList<>(), all);
        return all;
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> all) {
        all.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            List<String> next = new ArrayList<>(path);
            next.add(name);
            collect(sub, next, all);
        });
    }

    /** What a command needs besides its options, so that only the bogus option is wrong. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "replay", List.of("f.jsonl"),
            "backfill", List.of("f.jsonl"),
            "backtest", List.of("--rules", "r", "--feed", "f.jsonl"),
            "rules check", List.of("r.yaml"));

    private static String[] args(List<String> command, String... more) {
        return Stream.concat(command.stream(), Stream.of(more)).toArray(String[]::new);
    }

    @Test
    void everyCommandOfTheIssueIsThere() {
        assertThat(allCommands()).extracting(c -> String.join(" ", c)).contains("local", "stop", "replay", "backfill", "backtest",
                "rules check", "dashboard", "cluster up", "cluster down", "cluster status", "deploy", "bench", "bench-indicators",
                "bench-dashboard", "build");
    }

    @TestFactory
    Stream<DynamicTest> helpGoesToStdoutAndExitsZero() {
        return allCommands().stream().map(command -> DynamicTest.dynamicTest("secweb " + String.join(" ", command) + " --help", () -> {
            Secweb.Run run = Secweb.run(args(command, "--help"));

            assertThat(run.exit()).isZero();
            assertThat(run.out()).startsWith("Usage: secweb" + (command.isEmpty() ? "" : " " + String.join(" ", command)))
                    // picocli may wrap between a '.' and what follows it: never inside ./secweb or .secweb/
                    .doesNotContainPattern("\\.\\R(/|secweb/)");
            assertThat(run.err()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> aBogusOptionPrintsTheErrorAndTheUsageToStderrAndExitsTwo() {
        // bench hands every argument it does not know to JMH
        return allCommands().stream().filter(c -> !c.equals(List.of("bench"))).map(command ->
                DynamicTest.dynamicTest("secweb " + String.join(" ", command) + " --bogus", () -> {
                    List<String> required = REQUIRED.getOrDefault(String.join(" ", command), List.of());
                    Secweb.Run run = Secweb.run(args(command, Stream.concat(required.stream(), Stream.of("--bogus")).toArray(String[]::new)));

                    assertThat(run.exit()).isEqualTo(2);
                    assertThat(run.err()).contains("Unknown option: '--bogus'").contains("Usage: secweb");
                    assertThat(run.out()).isEmpty();
                }));
    }

    @Test
    void aBogusOptionIsNamedBeforeWhatItLeftMissing() {
        Secweb.Run run = Secweb.run("replay", "--bogus");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("secweb replay: Unknown option: '--bogus'").contains("Usage: secweb replay");
    }

    @Test
    void aGroupWithoutItsCommandIsAUsageError() {
        for (String group : List.of("cluster", "rules")) {
            Secweb.Run run = Secweb.run(group);

            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).startsWith("secweb " + group + ": Missing required subcommand").contains("Usage: secweb " + group);
        }
        assertThat(Secweb.run().exit()).isEqualTo(2);
    }

    @Test
    void aReplayOfAFileThatDoesNotExistFailsWithOneLineNamingIt() {
        Secweb.Run run = Secweb.run("replay", "missing.jsonl");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString().startsWith("secweb replay: ").contains("missing.jsonl")
                .contains("does not exist").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }
}
