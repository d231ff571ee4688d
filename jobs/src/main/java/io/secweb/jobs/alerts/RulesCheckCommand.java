package io.secweb.jobs.alerts;

import io.secweb.core.alerts.AlertRule;
import io.secweb.core.alerts.RuleFileException;
import io.secweb.core.alerts.RuleLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code ./secweb rules check FILE|DIR…}: validates alert rule files and prints every problem as
 * {@code file:line: field: message}; exit status 1 when any file is invalid, 2 for a bad command line.
 */
public final class RulesCheckCommand {
    private RulesCheckCommand() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !args[0].equals("check")) {
            System.err.println("usage: ./secweb rules check FILE|DIR...");
            System.exit(2);
            return;
        }
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path p = Path.of(args[i]);
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
        } catch (RuleFileException e) {
            e.problems().forEach(System.err::println);
            System.exit(1);
        }
    }
}
