package it.storia.extractor.cli;

import it.storia.extractor.eval.EvalRequest;
import it.storia.extractor.eval.Evaluations;
import it.storia.extractor.eval.NamesRecognizer;
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
        "parse: dependency UAS/LAS over gold words end to end, with gold tokens, and with gold tags;",
        "ner: exact-span P/R/F1 per type and micro-averaged on token-TAB-tag files (IOB2/IO).",
        "names: the shipped pipeline (name finder + history rules), exact-span P/R/F1 of PERSON, ORGANIZATION,",
        "LOCATION on a gold TSV (--gold FILE --texts DIR) or a CoNLL IOB2 file (--conll FILE, 40 sentences a document unless --doc-sentences N).",
        "Exit codes: 0 evaluated, 2 usage error."})
final class EvalCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "COMPONENT",
      description = "sentences, tokens, pos, lemma, parse, ner, segmentation (the rule tokenizer and splitter) or names.")
  String component;

  @Option(names = "--data", paramLabel = "FILE", arity = "1..*",
      description = "Gold files: CoNLL-U, or for ner token-TAB-tag column files (required but for names).")
  List<Path> data = new ArrayList<>();

  @Option(names = "--gold", paramLabel = "FILE", arity = "1..*",
      description = "names: gold TSV files (DOC TAB BEGIN TAB END TAB TYPE TAB TEXT, offsets into DOC.txt).")
  List<Path> gold = new ArrayList<>();

  @Option(names = "--texts", paramLabel = "DIR", description = "names: the directory of the gold TSV's DOC.txt files.")
  Path texts;

  @Option(names = "--conll", paramLabel = "FILE", arity = "1..*",
      description = "names: gold CoNLL IOB2 files (TOKEN TAB TAG; KIND, EVALITA).")
  List<Path> conll = new ArrayList<>();

  @Option(names = "--doc-sentences", paramLabel = "N",
      description = "ner, names --conll: cut each column file into documents of N sentences; 0 = the whole file is "
          + "one document (default: ner 0, names 40).")
  Integer docSentences;

  @Option(names = "--recognizer", paramLabel = "NAME", defaultValue = "shipped",
      description = "names: the recogniser in the pipeline: shipped (names layer over the model), model (the model "
          + "alone), context (names layer trusting the model's context), rules (names layer alone) "
          + "(default: ${DEFAULT-VALUE}).")
  String recognizer;

  @Option(names = "--models", paramLabel = "DIR",
      description = "Model files to evaluate, by their usual names (default: the bundled models).")
  Path models;

  @Option(names = "--model", paramLabel = "FILE",
      description = "ner: a name finder model file (repeatable: models are compared in one run).")
  List<Path> modelFiles = new ArrayList<>();

  @Option(names = "--speed", description = "ner: also measure load time and tagging throughput (tokens/s).")
  boolean speed;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0", arity = "0..1", fallbackValue = "2147483647",
      description = "ner, names: print up to N wrong or missed mentions per file; without N all of them "
          + "(default: ${DEFAULT-VALUE}).")
  int errors;

  /** The component name that is no model component: the shipped names pipeline. */
  static final String NAMES = "names";

  /** The component with this name, or a usage error listing the names ({@code extra} is appended to the list). */
  static Component lookup(String name, String extra) {
    return Component.named(name).orElseThrow(() -> new ExitCodes.UsageException(
        "unknown component '" + name + "'; expected one of: " + Component.names() + extra));
  }

  @Override
  public Integer call() throws IOException {
    boolean names = NAMES.equalsIgnoreCase(component);
    Component c = names ? null : lookup(component, ", " + NAMES);
    EvalRequest request = names ? namesRequest() : modelRequest();
    PrintWriter out = spec.commandLine().getOut();
    try {
      if (names) {
        Evaluations.names(request, out);
      } else {
        c.evaluator().evaluate(request, out);
      }
    } catch (IllegalArgumentException e) {
      throw new ExitCodes.UsageException(e.getMessage());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private EvalRequest modelRequest() {
    if (!gold.isEmpty() || texts != null || !conll.isEmpty()) {
      throw new ExitCodes.UsageException("--gold, --texts and --conll apply to 'names' only; use --data FILE");
    }
    if (data.isEmpty()) {
      throw new ExitCodes.UsageException("missing --data FILE for component '" + component + "'");
    }
    requireFiles("--data", data);
    requireFiles("--model", modelFiles);
    if (models != null && !Files.isDirectory(models)) {
      throw new ExitCodes.UsageException("--models: not a directory: " + models);
    }
    if (docSentences != null && !"ner".equalsIgnoreCase(component)) {
      throw new ExitCodes.UsageException("--doc-sentences applies to 'ner' and 'names' only");
    }
    if (!"shipped".equalsIgnoreCase(recognizer)) {
      throw new ExitCodes.UsageException("--recognizer applies to 'names' only");
    }
    return new EvalRequest(data, models, modelFiles, speed, errors, null, docSentences(),
        NamesRecognizer.SHIPPED);
  }

  private EvalRequest namesRequest() {
    if (!data.isEmpty()) {
      throw new ExitCodes.UsageException("names reads --gold FILE --texts DIR or --conll FILE, not --data");
    }
    if (gold.isEmpty() == conll.isEmpty()) {
      throw new ExitCodes.UsageException("names needs either --gold FILE with --texts DIR or --conll FILE");
    }
    if (!gold.isEmpty() && texts == null) {
      throw new ExitCodes.UsageException("--gold needs --texts DIR, the directory of its documents' DOC.txt");
    }
    if (texts != null && conll.size() > 0) {
      throw new ExitCodes.UsageException("--texts applies to --gold files only, not to --conll");
    }
    if (texts != null && !Files.isDirectory(texts)) {
      throw new ExitCodes.UsageException("--texts: not a directory: " + texts);
    }
    requireFiles("--gold", gold);
    requireFiles("--conll", conll);
    if (docSentences != null && conll.isEmpty()) {
      throw new ExitCodes.UsageException("--doc-sentences applies to --conll files, not to --gold");
    }
    return new EvalRequest(gold.isEmpty() ? conll : gold, models, modelFiles, speed, errors, texts, docSentences(),
        namesRecognizer());
  }

  private int docSentences() {
    if (docSentences == null) {
      return EvalRequest.DEFAULT_DOC_SENTENCES;
    }
    if (docSentences < 0) {
      throw new ExitCodes.UsageException("--doc-sentences must be ≥ 0 (0 = the whole file), got " + docSentences);
    }
    return docSentences;
  }

  private NamesRecognizer namesRecognizer() {
    for (NamesRecognizer r : NamesRecognizer.values()) {
      if (r.name().equalsIgnoreCase(recognizer)) {
        return r;
      }
    }
    throw new ExitCodes.UsageException("--recognizer: unknown recogniser '" + recognizer
        + "'; expected shipped, model, context or rules");
  }

  private static void requireFiles(String option, List<Path> files) {
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new ExitCodes.UsageException(option + ": not a file: " + f);
      }
    }
  }
}
