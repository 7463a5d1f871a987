package it.storia.extractor.cli;

import it.storia.extractor.eval.NerBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code extractor eval-ner} (temporary name, to become {@code eval ner}): exact-span precision/recall/F1 per
 * type of one or more name finder models on gold files; optionally load time and throughput. The logic lives in
 * {@link NerBenchmark}.
 */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
    description = {"Evaluate name finder models on gold NER files (token TAB tag, IOB2/IO, CoNLL-like).",
        "Prints P/R/F1 per type and micro-averaged, per file and model."})
final class EvalNerCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, arity = "1..*", paramLabel = "FILE", description = "Gold files.")
  List<Path> data = new ArrayList<>();

  @Option(names = "--model", paramLabel = "PATH",
      description = "Model files (repeatable); default: the bundled model.")
  List<Path> models = new ArrayList<>();

  @Option(names = "--speed", description = "Also measure load time and tagging throughput (tokens/s).")
  boolean speed;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "Print up to N wrong or missed mentions per file (default: ${DEFAULT-VALUE}).")
  int errors;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try {
      NerBenchmark.run(models, data, speed, errors, out);
    } catch (IllegalArgumentException e) {
      throw new ExitCodes.UsageException(e.getMessage());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
