package org.meridian.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure inside a subcommand into one readable line and exit code 1; the stack trace is shown
 * only with {@code MERIDIAN_DEBUG=1}.
 */
class FriendlyErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        commandLine.getErr().println("meridian " + commandLine.getCommandName() + ": " + cause.getMessage());
        if ("1".equals(System.getenv("MERIDIAN_DEBUG"))) {
            failure.printStackTrace(commandLine.getErr());
        }
        return 1;
    }
}
