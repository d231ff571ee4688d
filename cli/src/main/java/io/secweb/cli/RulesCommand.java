package io.secweb.cli;

import io.secweb.core.alerts.AlertRule;
import io.secweb.core.alerts.RuleFileException;
import io.secweb.core.alerts.RuleLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code ./secweb rules check FILE|DIR…}: the alert rule files. */
@Command(name = "rules", synopsisSubcommandLabel = "COMMAND", description = "Alert rule files.",
        subcommands = RulesCommand.Check.class)
final class RulesCommand {

    /** Validates rule files: every problem as {@code file:line: field: message}, exit code 1 when there is any. */
    @Command(name = "check",
        description = {"Validates alert rule files and prints every problem as file:line: field: message.",
            "Exit code 1 when any rule file is invalid."})
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "rule files, or directories of *.yaml / *.yml rules")
        List<Path> paths;

        @Override
        public Integer call() throws IOException {
            List<Path> files = new ArrayList<>();
            for (Path p : paths) {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> s = Files.list(p)) {
                        s.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().forEach(files::add);
                    }
                } else {
                    files.add(p);
                }
            }
            try {
                List<AlertRule> rules = new RuleLoader().loadAll(files);
                rules.forEach(r -> System.out.println("ok  " + r.id()));
                System.out.println(rules.size() + " rules valid");
                return 0;
            } catch (RuleFileException e) {
                e.problems().forEach(System.err::println);
                return CliErrors.FAILED;
            }
        }
    }
}
