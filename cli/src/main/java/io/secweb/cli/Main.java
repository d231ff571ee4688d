package io.secweb.cli;

/**
 * The {@code ./secweb} entry point: every command's log lines go to the run's log file (the launcher's console shows
 * only what the commands print), then {@link SecwebCommand} runs the command line and its exit code ends the JVM.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", RunLog.CONFIGURATION);
        }
        System.exit(SecwebCommand.commandLine().execute(args));
    }
}
