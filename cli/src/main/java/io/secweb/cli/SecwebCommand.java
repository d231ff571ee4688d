package io.secweb.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

import java.util.stream.Collectors;

/**
 * {@code ./secweb}: the root of the command line. Each subcommand is its own class; this one only lists them and sets
 * the conventions every command follows: {@code --help} prints to stdout and exits 0, a usage error prints the error
 * and the usage to stderr and exits 2, a failure prints one line and exits 1 ({@link CliErrors}), and each run logs to
 * its own file ({@link RunLog}).
 */
@Command(name = "secweb", scope = ScopeType.INHERIT, sortOptions = false, sortSynopsis = false,
        description = "Stream-processing monitor of the Indo-Pacific security web: feed files -> Kafka -> ingest, indicators "
                + "and alerts jobs (Flink) -> Elasticsearch -> dashboard.",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        subcommands = {
                LocalCommand.class, StopCommand.class,
                ReplayCommand.class, BackfillCommand.class, BacktestCommand.class, RulesCommand.class,
                DashboardCommand.class,
                ClusterCommand.class, DeployCommand.class,
                BenchCommand.class, BenchIndicatorsCommand.class, BenchDashboardCommand.class,
                BuildCommand.class},
        footerHeading = "%n",
        footer = {"Exit codes: 0 done, 1 failed (one line says why; the run's log file has the details), 2 bad command "
                + "line (the usage follows). secweb COMMAND --help shows each command's options."})
final class SecwebCommand {
    /**
     * Help is wrapped at 80 columns whatever the terminal. It names commands "secweb X", as the usage lines do: picocli
     * may wrap a line between the '.' and the '/' of "./secweb".
     */
    static final int USAGE_WIDTH = 80;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help and exit.")
    boolean help;

    /** The command line with the project's conventions; {@code execute(args)} returns the exit code. */
    static CommandLine commandLine() {
        CliErrors errors = new CliErrors();
        return new CommandLine(new SecwebCommand())
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors)
                .setExecutionStrategy(SecwebCommand::execute)
                .setUsageHelpWidth(USAGE_WIDTH);
    }

    /** Names the run's log file after the command that runs ("replay", "cluster-up") before it runs, then runs it. */
    private static int execute(ParseResult parseResult) {
        RunLog.start(parseResult.asCommandLineList().stream().skip(1).map(CommandLine::getCommandName)
                .collect(Collectors.joining("-")).transform(name -> name.isEmpty() ? "secweb" : name));
        return new CommandLine.RunLast().execute(parseResult);
    }
}
