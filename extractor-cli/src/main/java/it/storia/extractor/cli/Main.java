package it.storia.extractor.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code extractor} command: picocli subcommands over the extractor-core library. Holds no extraction
 * logic. Exit codes are mapped in {@link ExitCodes}.
 */
@Command(name = "extractor", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Extract sentences, entities, dates and events from Italian history texts.",
    subcommands = {ExtractCommand.class, IndexCommand.class, SearchCommand.class, TrainCommand.class,
        EvalCommand.class, BenchIndexCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /** Runs the command line and returns the exit code (no {@code System.exit}). */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    ExitCodes.configure(cl);
    return cl.execute(args);
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out,
        java.nio.charset.StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err,
        java.nio.charset.StandardCharsets.UTF_8), true);
    int code = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"extractor " + (v == null ? "dev" : v)};
    }
  }
}
