package it.storia.extractor.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link StageBenchmarks} with JMH and prints, per stage, ms per corpus pass, tokens/s, MB/s and the ratio to
 * the bare OpenNLP name-finder baseline measured in the same run (and allocation per token with {@code -prof gc}).
 *
 * <p>Input: {@code --corpus DIR} (default {@code target/bench-corpus}), {@code --baseline FILE} (default
 * {@code target/bench-baseline.bin}), {@code --data DIR} (to train a missing baseline), then any JMH options (e.g.
 * {@code -f 1 -wi 2 -i 3 -r 2s -prof gc}, or a benchmark regex). Output: the JMH log, then a table on standard
 * output. Not meant for concurrent use.
 *
 * <pre>
 * java -cp extractor-bench/target/benchmarks.jar it.storia.extractor.bench.BenchReport \
 *   --data ../shared/data -f 1 -wi 2 -i 3 -r 2s
 * </pre>
 */
public final class BenchReport {
  private BenchReport() {}

  /**
   * Runs the benchmarks and prints the table.
   *
   * @param args own options first, then JMH options
   */
  public static void main(String[] args) throws Exception {
    Path corpusDir = Path.of("target", "bench-corpus");
    Path baseline = Path.of("target", "bench-baseline.bin");
    Path data = null;
    List<String> jmhArgs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpusDir = Path.of(CorpusBuilder.value(args, ++i, "--corpus"));
        case "--baseline" -> baseline = Path.of(CorpusBuilder.value(args, ++i, "--baseline"));
        case "--data" -> data = Path.of(CorpusBuilder.value(args, ++i, "--data"));
        default -> jmhArgs.add(args[i]);
      }
    }
    BenchCorpus corpus = BenchCorpus.load(corpusDir);
    CommandLineOptions cli = new CommandLineOptions(jmhArgs.toArray(String[]::new));
    long t0 = System.nanoTime();
    BaselineNameFinder.loadOrTrain(baseline, data);
    System.err.printf(Locale.ROOT, "baseline model ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    ChainedOptionsBuilder options = new OptionsBuilder().parent(cli)
        .jvmArgsAppend("-D" + BenchCorpus.PROPERTY + "=" + corpusDir.toAbsolutePath(),
            "-D" + StageBenchmarks.BASELINE_PROPERTY + "=" + baseline.toAbsolutePath());
    if (cli.getIncludes().isEmpty()) {
      options.include(StageBenchmarks.class.getName() + "\\.");
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    System.out.print(table(results, corpus.stats()));
  }

  /** The report table for a set of results over a corpus of the given size. */
  static String table(Collection<RunResult> results, CorpusBuilder.Stats stats) {
    Map<String, RunResult> byName = new LinkedHashMap<>();
    for (RunResult r : results) {
      String label = r.getParams().getBenchmark();
      byName.put(label.substring(label.lastIndexOf('.') + 1), r);
    }
    Double baseMs = byName.containsKey("baseline") ? msPerOp(byName.get("baseline").getPrimaryResult()) : null;
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%nCorpus: %d documents, %d tokens, %.3f MB (UTF-8)%n", stats.documents(),
        stats.tokens(), stats.bytes() / 1e6));
    sb.append(String.format(Locale.ROOT, "%-14s %12s %14s %10s %12s %14s%n", "benchmark", "ms/corpus",
        "tokens/s", "MB/s", "x baseline", "alloc B/token"));
    for (Map.Entry<String, RunResult> e : byName.entrySet()) {
      double ms = msPerOp(e.getValue().getPrimaryResult());
      double seconds = ms / 1000.0;
      Result<?> alloc = e.getValue().getSecondaryResults().get("gc.alloc.rate.norm");
      sb.append(String.format(Locale.ROOT, "%-14s %12.2f %14.0f %10.2f %12s %14s%n", e.getKey(), ms,
          stats.tokens() / seconds, stats.bytes() / 1e6 / seconds,
          baseMs == null ? "n/a" : String.format(Locale.ROOT, "%.2f", baseMs / ms),
          alloc == null ? "n/a" : String.format(Locale.ROOT, "%.1f", alloc.getScore() / stats.tokens())));
    }
    sb.append("x baseline = stage tokens/s / baseline tokens/s (same run, same tokens); >1 is faster.\n");
    return sb.toString();
  }

  private static double msPerOp(Result<?> r) {
    String unit = r.getScoreUnit();
    double score = r.getScore();
    return switch (unit) {
      case "ms/op" -> score;
      case "us/op" -> score / 1000.0;
      case "ns/op" -> score / 1e6;
      case "s/op" -> score * 1000.0;
      default -> throw new IllegalStateException("unexpected score unit " + unit + " (run in AverageTime mode)");
    };
  }
}
