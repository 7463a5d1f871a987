package it.storia.extractor.cli;

import picocli.CommandLine;

/**
 * The one place that maps outcomes to exit codes: 0 all good, 1 some inputs failed (the others were written),
 * 2 usage errors (bad options, bad query, missing index). Unexpected exceptions print one line, never a stack
 * trace, and exit 3.
 */
public final class ExitCodes {
  /** Everything succeeded. */
  public static final int OK = 0;
  /** Some inputs failed; all the others were processed. */
  public static final int SOME_FAILED = 1;
  /** The command line or a request was wrong. */
  public static final int USAGE = 2;
  /** An internal error. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}

  /** A usage error raised by a command's own checks; printed as "extractor: message" with exit code 2. */
  public static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
      super(message);
    }
  }

  static void configure(CommandLine cl) {
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof UsageException) {
        commandLine.getErr().println("extractor: " + ex.getMessage());
        return USAGE;
      }
      commandLine.getErr().println("extractor: internal error: " + ex);
      return INTERNAL;
    });
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("extractor: " + ex.getMessage());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      return USAGE;
    });
    cl.setExitCodeExceptionMapper(t -> t instanceof UsageException ? USAGE : INTERNAL);
  }
}
