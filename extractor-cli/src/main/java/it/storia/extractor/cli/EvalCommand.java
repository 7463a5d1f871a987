package it.storia.extractor.cli;

import it.storia.extractor.eval.EvalRequest;
import it.storia.extractor.train.Component;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extractor eval}: scores a component end to end on gold files; logic in core package eval. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Evaluate a component on gold files. CoNLL-U components are scored end to end: the",
        "documents' sentences are joined by a space into raw text, segmented (and tagged), and aligned to gold",
        "by character offsets. sentences/tokens/segmentation: sentence and token P/R/F1 (CoNLL 2018 style);",
        "pos/lemma: UPOS and lemma accuracy over gold words (and over surface tokens);",
        "ner: exact-span P/R/F1 per type and micro-averaged on token-TAB-tag files (IOB2/IO).",
        "Exit codes: 0 evaluated, 2 usage error."})
final class EvalCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "COMPONENT",
      description = "sentences, tokens, pos, lemma, ner or segmentation (the rule tokenizer and splitter).")
  String component;

  @Option(names = "--data", paramLabel = "FILE", required = true, arity = "1..*",
      description = "Gold files: CoNLL-U, or for ner token-TAB-tag column files.")
  List<Path> data = new ArrayList<>();

  @Option(names = "--models", paramLabel = "DIR",
      description = "Model files to evaluate, by their usual names (default: the bundled models).")
  Path models;

  @Option(names = "--model", paramLabel = "FILE",
      description = "ner: a name finder model file (repeatable: models are compared in one run).")
  List<Path> modelFiles = new ArrayList<>();

  @Option(names = "--speed", description = "ner: also measure load time and tagging throughput (tokens/s).")
  boolean speed;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0",
      description = "ner: print up to N wrong or missed mentions per file (default: ${DEFAULT-VALUE}).")
  int errors;

  /** The component with this name, or a usage error listing the names ({@code extra} is appended to the list). */
  static Component lookup(String name, String extra) {
    return Component.named(name).orElseThrow(() -> new ExitCodes.UsageException(
        "unknown component '" + name + "'; expected one of: " + Component.names() + extra));
  }

  @Override
  public Integer call() throws IOException {
    Component c = lookup(component, "");
    for (Path f : data) {
      if (!Files.isRegularFile(f)) {
        throw new ExitCodes.UsageException("--data: not a file: " + f);
      }
    }
    for (Path f : modelFiles) {
      if (!Files.isRegularFile(f)) {
        throw new ExitCodes.UsageException("--model: not a file: " + f);
      }
    }
    if (models != null && !Files.isDirectory(models)) {
      throw new ExitCodes.UsageException("--models: not a directory: " + models);
    }
    PrintWriter out = spec.commandLine().getOut();
    try {
      c.evaluator().evaluate(new EvalRequest(data, models, modelFiles, speed, errors), out);
    } catch (IllegalArgumentException e) {
      throw new ExitCodes.UsageException(e.getMessage());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
