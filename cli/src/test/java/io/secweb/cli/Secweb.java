package io.secweb.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in the test's JVM as ./secweb would, and keeps what it printed. */
final class Secweb {
    private Secweb() {}

    /** An exit code and what went to stdout and stderr. */
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = SecwebCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The command object a command line selects, its options parsed, nothing run. */
    static <T> T parse(Class<T> type, String... args) {
        CommandLine.ParseResult result = SecwebCommand.commandLine().parseArgs(args);
        while (result.hasSubcommand()) {
            result = result.subcommand();
        }
        return type.cast(result.commandSpec().userObject());
    }
}
