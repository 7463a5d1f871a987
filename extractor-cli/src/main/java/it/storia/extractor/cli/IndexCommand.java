package it.storia.extractor.cli;

import it.storia.extractor.index.PassageIndex;
import it.storia.extractor.index.PassageIndexException;
import it.storia.extractor.io.Input;
import it.storia.extractor.io.InputException;
import it.storia.extractor.io.TextInputs;
import it.storia.extractor.pipeline.BatchExtractor;
import it.storia.extractor.pipeline.DocumentDates;
import it.storia.extractor.pipeline.Extractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extractor index}: extracts texts and adds their passages to a Lucene passage index. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Extract Italian texts and index their passages (one per sentence) for 'extractor search'.",
        "Re-indexing a source replaces its passages; an unchanged source is skipped. The index is committed "
            + "every --commit-every documents and at the end: an interrupted run leaves the last commit intact "
            + "and searchable, and searching while indexing works.",
        "Exit codes: 0 all good, 1 some inputs failed (the others are indexed), 2 usage error."})
final class IndexCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "The index directory.")
  Path index;

  @Option(names = "--rebuild", description = "Start a new index (the old one stays readable until the first "
      + "commit).")
  boolean rebuild;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "Documents extracted in parallel (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "200",
      description = "Commit after every N documents (default: ${DEFAULT-VALUE}).")
  int commitEvery;

  @CommandLine.Mixin
  DocumentDateOptions dateOptions = new DocumentDateOptions();

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Text files, directories (searched recursively for *.txt), or - for standard input "
          + "(the default when none is given).")
  List<String> inputs = new ArrayList<>();

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (threads < 1 || threads > 256) {
      throw new ExitCodes.UsageException("--threads must be between 1 and 256, got " + threads);
    }
    if (commitEvery < 1) {
      throw new ExitCodes.UsageException("--commit-every must be at least 1, got " + commitEvery);
    }
    Extractor extractor = dateOptions.extractor();
    DocumentDates dates = dateOptions.dates();
    PrintWriter err = spec.commandLine().getErr();
    TextInputs.Expansion expansion = TextInputs.expand(inputs.isEmpty() ? List.of("-") : inputs);
    for (InputException e : expansion.errors()) {
      err.println("extractor: " + e.getMessage());
    }
    boolean ok = expansion.errors().isEmpty();
    long start = System.nanoTime();
    Map<PassageIndex.Outcome, Integer> outcomes = new EnumMap<>(PassageIndex.Outcome.class);
    int failed = 0;
    int passages;
    try (PassageIndex idx = rebuild ? PassageIndex.create(index) : PassageIndex.open(index)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<PassageIndex.Outcome>> futures = new ArrayList<>();
        for (Input in : expansion.inputs()) {
          futures.add(pool.submit(() -> indexOne(extractor, dates.dateFor(in), idx, in)));
        }
        Progress progress = Progress.forTerminal(err, futures.size());
        int done = 0;
        for (int i = 0; i < futures.size(); i++) {
          try {
            outcomes.merge(futures.get(i).get(), 1, Integer::sum);
          } catch (ExecutionException e) {
            failed++;
            Throwable c = e.getCause();
            err.println("extractor: " + (c instanceof InputException ? c.getMessage()
                : expansion.inputs().get(i).name() + ": " + c));
          }
          progress.step();
          if (++done % commitEvery == 0) {
            idx.commit();
          }
        }
        progress.done();
      } finally {
        pool.shutdownNow();
      }
      idx.commit();
      passages = idx.size();
    } catch (PassageIndexException e) {
      throw new ExitCodes.UsageException(e.getMessage());
    }
    double secs = (System.nanoTime() - start) / 1e9;
    err.printf("indexed %d document(s) in %.1f s: %d added, %d replaced, %d unchanged, %d failed; "
            + "%d passages in %s%n", expansion.inputs().size(), secs,
        outcomes.getOrDefault(PassageIndex.Outcome.ADDED, 0),
        outcomes.getOrDefault(PassageIndex.Outcome.REPLACED, 0),
        outcomes.getOrDefault(PassageIndex.Outcome.UNCHANGED, 0), failed, passages, index);
    err.flush();
    return ok && failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private static PassageIndex.Outcome indexOne(Extractor extractor, String documentDate, PassageIndex idx,
      Input in) throws IOException {
    return idx.add(BatchExtractor.extract(extractor, in, documentDate));
  }
}
