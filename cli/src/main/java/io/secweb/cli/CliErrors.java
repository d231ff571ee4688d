package io.secweb.cli;

import io.secweb.core.alerts.RuleFileException;
import io.secweb.core.config.ConfigException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.util.List;

/**
 * How every {@code ./secweb} command fails. A usage error (unknown option, missing or bad value) prints the error and
 * the command's usage to stderr and exits {@link #USAGE}. A failure while running prints one line to stderr saying what
 * failed and what to do — a {@link ConfigException}'s message as it is, it already says both; anything else with the
 * log file holding the details — and exits {@link #FAILED}. No stack trace reaches the console.
 */
final class CliErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        ParameterException reported = e;
        if (!(e instanceof UnmatchedArgumentException) && !command.getUnmatchedArguments().isEmpty()) {
            // picocli checks the required arguments first, but a mistyped option is what to fix ("replay --bogus": not "FILE missing")
            reported = new UnmatchedArgumentException(command, command.getUnmatchedArguments());
        }
        err.println(command.getCommandSpec().qualifiedName() + ": " + reported.getMessage());
        UnmatchedArgumentException.printSuggestions(reported, err);
        command.usage(err);
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        String name = command.getCommandSpec().qualifiedName();
        // the logger is looked up only now: by then the run's log file is named (see RunLog)
        LoggerFactory.getLogger(CliErrors.class).error("{} failed", name, e);
        String details = userFacing(e) ? "" : RunLog.file().map(f -> " (details in " + f + ")").orElse("");
        command.getErr().println(name + ": " + oneLine(e) + details);
        return FAILED;
    }

    /** What failed, in one line: the message of a configuration or rule problem as it is, else the failure and its root cause. */
    static String oneLine(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConfigException) {
                return t.getMessage();
            }
            if (t instanceof RuleFileException r) {
                List<String> problems = r.problems();
                return problems.get(0) + (problems.size() > 1
                        ? " (and " + (problems.size() - 1) + " more problems: ./secweb rules check lists them)" : "");
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        if (root != e) {
            String cause = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
            if (!what.contains(cause)) {
                what += ": " + cause;
            }
        }
        return "failed: " + what.replaceAll("\\s*\\R\\s*", " ");
    }

    private static boolean userFacing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConfigException || t instanceof RuleFileException) {
                return true;
            }
        }
        return false;
    }
}
