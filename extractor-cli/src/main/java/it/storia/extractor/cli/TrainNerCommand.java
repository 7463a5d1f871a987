package it.storia.extractor.cli;

import it.storia.extractor.train.NerTrainingRun;
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
 * {@code extractor train-ner} (temporary name, to become {@code train ner}): trains the PER/ORG/LOC name finder
 * from the corpora under a data directory. The logic lives in {@link NerTrainingRun}.
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
    description = {"Train the Italian PER/ORG/LOC name finder (OpenNLP) on the corpora under --data.",
        "Writes DIR/ner-it.bin and the word clusters it learned (DIR/clusters/c*.txt).",
        "Held-out test files are never read for training or clustering."})
final class TrainNerCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Data root laid out like ../shared/data.")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(names = "--corpus", split = ",", paramLabel = "NAME",
      description = "Training corpora: kind (WN+FIC+ADG train), kind-dev, moro, icab, wikineural, eneide "
          + "(default: ${DEFAULT-VALUE}).", defaultValue = "kind")
  List<String> corpora = new ArrayList<>();

  @Option(names = "--gazetteer", split = ",", paramLabel = "NAME",
      description = "With --features gazetteers: silver corpora whose mentions fill the gazetteers: moro, icab, "
          + "wikineural, eneide (default: ${DEFAULT-VALUE}).", defaultValue = "wikineural,moro,eneide")
  List<String> gazetteers = new ArrayList<>();

  @Option(names = "--features", paramLabel = "FILE|bundled|gazetteers|default", defaultValue = "bundled",
      description = "Feature descriptor XML; 'gazetteers' = bundled plus gazetteer features; 'default' = "
          + "OpenNLP's default features (default: ${DEFAULT-VALUE}).")
  String features;

  @Option(names = "--clusters", paramLabel = "DIR",
      description = "Reuse word clusters (c*.txt) from DIR instead of learning them.")
  Path clusters;

  @Option(names = "--cluster-raw-text", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also learn clusters from the raw DaDoEval and ENEIDE texts (default: ${DEFAULT-VALUE}).")
  boolean clusterRawText;

  @Option(names = "--algorithm", defaultValue = "MAXENT", description = "MAXENT or PERCEPTRON (default: ${DEFAULT-VALUE}).")
  String algorithm;

  @Option(names = "--iterations", defaultValue = "100", description = "Training iterations (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--cutoff", defaultValue = "5", description = "Feature count cutoff (default: ${DEFAULT-VALUE}).")
  int cutoff;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    NerTrainingRun run;
    try {
      run = new NerTrainingRun(data, corpora, gazetteers, features, clusters, clusterRawText, algorithm, iterations, cutoff);
    } catch (IllegalArgumentException e) {
      throw new ExitCodes.UsageException(e.getMessage());
    }
    run.execute(out, msg -> {
      err.println(msg);
      err.flush();
    });
    return ExitCodes.OK;
  }
}
