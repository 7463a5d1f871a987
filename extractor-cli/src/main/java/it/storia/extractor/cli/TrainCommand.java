package it.storia.extractor.cli;

import it.storia.extractor.train.Component;
import it.storia.extractor.train.NerOptions;
import it.storia.extractor.train.ParseOptions;
import it.storia.extractor.train.TrainingRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extractor train}: trains model components from the corpora; the logic is in core package train. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Train Italian models from the corpora under --data (CoNLL-U treebanks; NER column files).",
        "COMPONENT: a component name or 'all'. Training is deterministic; the held-out test sets (UD ISDT/VIT/PUD test, KIND, I-CAB, ENEIDE and WikiNEuRal test) are never used.",
        "Exit codes: 0 trained, 2 usage error (unknown component, missing --data, bad option)."})
final class TrainCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "COMPONENT",
      description = "sentences, tokens, pos, lemma, parse, ner, or all (every trainable component).")
  String component;

  @Option(names = "--data", paramLabel = "DIR", required = true,
      description = "The corpora directory (e.g. ../shared/data).")
  Path data;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "models/bin",
      description = "Where model files are written (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--exclude", paramLabel = "FILE", split = ",",
      description = "CoNLL-U file names to leave out of training, e.g. it_isdt-ud-dev.conllu to tune on it.")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--clusters", paramLabel = "DIR",
      description = "pos, ner: reuse word clusters (c1.txt, c2.txt, c3.txt) from DIR instead of learning them; "
          + "ner also reads the lower-case table lc.txt from DIR when it is there (else learns it).")
  Path clusters;

  @Option(names = "--corpus", split = ",", paramLabel = "NAME", defaultValue = NerOptions.DEFAULT_CORPORA,
      description = "ner: training corpora: kind (WN+FIC+ADG train), kind-dev, moro, icab, wikineural, eneide, "
          + "names:DIR[*N] (hand-annotated names parts written by dev/names_training_set.py, N copies) "
          + "(default: ${DEFAULT-VALUE}).")
  List<String> corpora = new ArrayList<>();

  @Option(names = "--gazetteer", split = ",", paramLabel = "NAME", defaultValue = NerOptions.DEFAULT_GAZETTEERS,
      description = "ner, with --features gazetteers: silver corpora whose mentions fill the gazetteers: moro, "
          + "icab, wikineural, eneide (default: ${DEFAULT-VALUE}).")
  List<String> gazetteers = new ArrayList<>();

  @Option(names = "--features", paramLabel = "FILE|bundled|gazetteers|default",
      defaultValue = NerOptions.DEFAULT_FEATURES,
      description = "ner: feature descriptor XML; 'gazetteers' = bundled plus gazetteer features; 'default' = "
          + "OpenNLP's default features (default: ${DEFAULT-VALUE}).")
  String features;

  @Option(names = "--cluster-raw-text", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "pos, ner: learned clusters also read the raw DaDoEval and ENEIDE texts (default: "
          + "${DEFAULT-VALUE}).")
  boolean clusterRawText;

  @Option(names = "--algorithm", paramLabel = "MAXENT|PERCEPTRON", defaultValue = NerOptions.DEFAULT_ALGORITHM,
      description = "ner: training algorithm (default: ${DEFAULT-VALUE}).")
  String algorithm;

  @Option(names = "--iterations", paramLabel = "N", defaultValue = "" + NerOptions.DEFAULT_ITERATIONS,
      description = "ner: training iterations (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--cutoff", paramLabel = "N", defaultValue = "" + NerOptions.DEFAULT_CUTOFF,
      description = "ner: feature count cutoff (default: ${DEFAULT-VALUE}).")
  int cutoff;

  @Option(names = "--parse-tags", paramLabel = "gold|predicted", defaultValue = "gold",
      description = "parse: train on the treebanks' gold UPOS and lemmas or on the tagger's (default: "
          + "${DEFAULT-VALUE}).")
  String parseTags;

  @Option(names = "--parse-iterations", paramLabel = "N", defaultValue = "" + ParseOptions.DEFAULT_ITERATIONS,
      description = "parse: perceptron iterations (default: ${DEFAULT-VALUE}).")
  int parseIterations;

  @Option(names = "--parse-cutoff", paramLabel = "N", defaultValue = "" + ParseOptions.DEFAULT_CUTOFF,
      description = "parse: minimum count of a feature (default: ${DEFAULT-VALUE}).")
  int parseCutoff;

  @Option(names = "--parse-tweets", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "parse: also train on the tweet treebanks TWITTIRO and PoSTWITA (default: ${DEFAULT-VALUE}).")
  boolean parseTweets;

  @Override
  public Integer call() throws IOException {
    List<Component> todo;
    if ("all".equalsIgnoreCase(component)) {
      todo = Component.trainable();
    } else {
      Component c = EvalCommand.lookup(component, ", all");
      if (c.trainer().isEmpty()) {
        throw new ExitCodes.UsageException("component '" + component + "' cannot be trained (eval only)");
      }
      todo = List.of(c);
    }
    if (!Files.isDirectory(data)) {
      throw new ExitCodes.UsageException("--data: not a directory: " + data);
    }
    if (clusters != null && !Files.isDirectory(clusters)) {
      throw new ExitCodes.UsageException("--clusters: not a directory: " + clusters);
    }
    NerOptions ner;
    try {
      ner = new NerOptions(corpora, gazetteers, features, clusterRawText, algorithm, iterations, cutoff);
    } catch (IllegalArgumentException e) {
      throw new ExitCodes.UsageException(e.getMessage());
    }
    if (!"gold".equalsIgnoreCase(parseTags) && !"predicted".equalsIgnoreCase(parseTags)) {
      throw new ExitCodes.UsageException("--parse-tags: expected gold or predicted, got '" + parseTags + "'");
    }
    ParseOptions parse;
    try {
      parse = new ParseOptions("predicted".equalsIgnoreCase(parseTags), parseIterations, parseCutoff,
          parseTweets);
    } catch (IllegalArgumentException e) {
      throw new ExitCodes.UsageException(e.getMessage());
    }
    PrintWriter log = spec.commandLine().getErr();
    TrainingRequest request = new TrainingRequest(data, out, exclude, clusters, ner, parse);
    for (Component c : todo) {
      long t0 = System.nanoTime();
      log.println("training " + c.id() + " ...");
      log.flush();
      try {
        c.trainer().orElseThrow().train(request, log);
      } catch (NoSuchFileException e) {
        throw new ExitCodes.UsageException("missing training file " + e.getFile() + " (is --data the corpora "
            + "directory?)");
      }
      log.printf("trained %s in %.1f s%n", c.id(), (System.nanoTime() - t0) / 1e9);
      log.flush();
    }
    return ExitCodes.OK;
  }
}
