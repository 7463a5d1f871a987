package it.storia.extractor.cli;

import it.storia.extractor.eval.Scores;
import it.storia.extractor.train.Component;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extractor eval}: scores a component end to end on a gold CoNLL-U file; logic in core package eval. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Evaluate a component on a gold CoNLL-U file, end to end: the documents' sentences are joined",
        "by a space into raw text, segmented (and tagged), and aligned to gold by character offsets.",
        "sentences/tokens/segmentation: sentence and token P/R/F1 (CoNLL 2018 style);",
        "pos/lemma: UPOS and lemma accuracy over gold words (and over surface tokens).",
        "Exit codes: 0 evaluated, 2 usage error."})
final class EvalCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "COMPONENT",
      description = "sentences, tokens, pos, lemma or segmentation (the rule tokenizer and splitter).")
  String component;

  @Option(names = "--data", paramLabel = "FILE", required = true, description = "A gold CoNLL-U file.")
  Path data;

  @Option(names = "--models", paramLabel = "DIR",
      description = "Model files to evaluate (default: the bundled models).")
  Path models;

  @Override
  public Integer call() throws IOException {
    Component c = Component.named(component).orElseThrow(() -> new ExitCodes.UsageException(
        "unknown component '" + component + "'; expected one of: " + Component.names()));
    if (!Files.isRegularFile(data)) {
      throw new ExitCodes.UsageException("--data: not a file: " + data);
    }
    if (models != null && !Files.isDirectory(models)) {
      throw new ExitCodes.UsageException("--models: not a directory: " + models);
    }
    Scores s = c.evaluator().evaluate(data, models);
    spec.commandLine().getOut().print(s.format());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
