package it.storia.extractor.cli;

import it.storia.extractor.train.Component;
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
    description = {"Train Italian models from the corpora (CoNLL-U treebanks) under --data.",
        "COMPONENT: a component name or 'all'. Training is deterministic; test splits are never used.",
        "Exit codes: 0 trained, 2 usage error (unknown component, missing --data)."})
final class TrainCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "COMPONENT",
      description = "sentences, tokens, pos, lemma, or all (every trainable component).")
  String component;

  @Option(names = "--data", paramLabel = "DIR", required = true,
      description = "The corpora directory (e.g. ../shared/data).")
  Path data;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "models/bin",
      description = "Where model files are written (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--exclude", paramLabel = "FILE", split = ",",
      description = "Corpus file names to leave out of training, e.g. it_isdt-ud-dev.conllu to tune on it.")
  List<String> exclude = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(data)) {
      throw new ExitCodes.UsageException("--data: not a directory: " + data);
    }
    List<Component> todo;
    if ("all".equalsIgnoreCase(component)) {
      todo = Component.trainable();
    } else {
      Component c = Component.named(component).orElseThrow(() -> new ExitCodes.UsageException(
          "unknown component '" + component + "'; expected one of: " + Component.names() + ", all"));
      if (c.trainer().isEmpty()) {
        throw new ExitCodes.UsageException("component '" + component + "' cannot be trained (eval only)");
      }
      todo = List.of(c);
    }
    PrintWriter log = spec.commandLine().getErr();
    TrainingRequest request = new TrainingRequest(data, out, exclude);
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
