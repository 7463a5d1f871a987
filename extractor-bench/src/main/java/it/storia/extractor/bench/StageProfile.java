package it.storia.extractor.bench;

import it.storia.extractor.json.DocumentJson;
import it.storia.extractor.model.Entity;
import it.storia.extractor.model.ExtractedDocument;
import it.storia.extractor.ner.OpenNlpNameFinder;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.text.AnalyzedText;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A quick, load-robust stage profile in ONE process: every round runs the baseline name finder and then each
 * stage (and the whole pipeline) over the whole benchmark corpus on the same thread, and times each with the
 * thread's CPU time ({@link ThreadMXBean}) as well as wall time, and counts the bytes the thread allocated
 * ({@code com.sun.management.ThreadMXBean}; reported per corpus token: load-independent). The best round of each
 * task is kept, so the ratios to the baseline compare runs that saw the same machine, whatever the other load on
 * it. Warm-up rounds go on until the JIT is quiet (a round's JIT compilation time, {@link VmCounters}, is at most
 * {@code --jit-quiet} percent of the round's CPU time), and every round prints its JIT time, so the measured rounds
 * are steady state and a reader can see it. Then {@link ThreadScaling} runs the baseline and the pipeline on 1 and
 * on 2 threads over the corpus (documents handed out dynamically) and reports both speed-ups: the baseline's is
 * the machine's own 2-thread ceiling for this kind of work.
 *
 * <p>Input: {@code --corpus DIR} (built by {@link CorpusBuilder}), {@code --baseline FILE} (trained from
 * {@code --data DIR} when missing, see {@link BaselineNameFinder}), {@code --rounds N} (measured rounds, default
 * 5), {@code --warmup N} (minimum warm-up rounds, default 2; at least one is run), {@code --max-warmup N} (default
 * 12), {@code --jit-quiet PERCENT} (default 2), {@code --only REGEX} (only the tasks whose name contains a match,
 * and the baseline), {@code --no-threads} (skip the 1/2-thread run), {@code --thread-rounds N} (measured rounds of
 * the 1/2-thread run, default 3), {@code --jfr FILE} (a Flight Recording of the measured 1/2-thread rounds, lock
 * and park events of any duration). Output: a table on standard output.
 * Single-threaded except the 2-thread runs.
 *
 * <pre>
 * java -cp extractor-bench/target/benchmarks.jar it.storia.extractor.bench.StageProfile \
 *   --corpus target/bench-corpus --baseline target/bench-baseline.bin --data ../shared/data
 * </pre>
 */
public final class StageProfile {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.ThreadMXBean ALLOC = allocationCounter();

  private StageProfile() {}

  /** One timed task over the whole corpus. */
  @FunctionalInterface
  private interface Task {
    long run() throws IOException;
  }

  /**
   * Runs the profile.
   *
   * @param args see the class comment
   */
  public static void main(String[] args) throws Exception {
    Path corpusDir = Path.of("target/bench-corpus");
    Path baselineFile = Path.of("target/bench-baseline.bin");
    Path data = null;
    int rounds = 5;
    int warmup = 2;
    int maxWarmup = 12;
    double jitQuiet = 2.0;
    int threadRounds = 3;
    Path jfr = null;
    java.util.regex.Pattern only = null;
    boolean threads = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpusDir = Path.of(CorpusBuilder.value(args, ++i, "--corpus"));
        case "--baseline" -> baselineFile = Path.of(CorpusBuilder.value(args, ++i, "--baseline"));
        case "--data" -> data = Path.of(CorpusBuilder.value(args, ++i, "--data"));
        case "--rounds" -> rounds = Integer.parseInt(CorpusBuilder.value(args, ++i, "--rounds"));
        case "--warmup" -> warmup = Integer.parseInt(CorpusBuilder.value(args, ++i, "--warmup"));
        case "--max-warmup" -> maxWarmup = Integer.parseInt(CorpusBuilder.value(args, ++i, "--max-warmup"));
        case "--jit-quiet" -> jitQuiet = Double.parseDouble(CorpusBuilder.value(args, ++i, "--jit-quiet"));
        case "--thread-rounds" -> threadRounds = Integer.parseInt(CorpusBuilder.value(args, ++i, "--thread-rounds"));
        case "--jfr" -> jfr = Path.of(CorpusBuilder.value(args, ++i, "--jfr"));
        case "--only" -> only = java.util.regex.Pattern.compile(CorpusBuilder.value(args, ++i, "--only"));
        case "--no-threads" -> threads = false;
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]
            + " (usage: --corpus DIR --baseline FILE [--data DIR] [--rounds N] [--warmup N] [--max-warmup N]"
            + " [--jit-quiet PERCENT] [--only REGEX] [--no-threads] [--thread-rounds N] [--jfr FILE])");
      }
    }
    if (rounds < 1 || warmup < 0 || maxWarmup < warmup || threadRounds < 1 || jitQuiet < 0) {
      throw new IllegalArgumentException("need --rounds >= 1, 0 <= --warmup <= --max-warmup, --thread-rounds >= 1,"
          + " --jit-quiet >= 0; got rounds " + rounds + ", warmup " + warmup + ", max-warmup " + maxWarmup
          + ", thread-rounds " + threadRounds + ", jit-quiet " + jitQuiet);
    }
    if (!THREADS.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time");
    }
    BenchCorpus corpus = BenchCorpus.load(corpusDir);
    long tokens = corpus.stats().tokens();
    TokenNameFinderModel baselineModel = BaselineNameFinder.loadOrTrain(baselineFile, data);

    long c0 = cpu();
    long w0 = System.nanoTime();
    Extractor extractor = Extractor.withDefaults();
    System.out.printf(Locale.ROOT, "Extractor.withDefaults(): %.0f ms wall, %.0f ms CPU (JIT cold, this JVM)%n",
        (System.nanoTime() - w0) / 1e6, (cpu() - c0) / 1e6);
    OpenNlpNameFinder modelOnly = OpenNlpNameFinder.fromClasspath();
    Extractor.Stages stages = extractor.stages();
    List<String> texts = corpus.texts();
    StageInputs in = StageInputs.prepare(extractor, texts);
    List<AnalyzedText> segmented = in.segmented();
    List<AnalyzedText> tagged = in.tagged();
    List<List<Entity>> found = in.found();
    List<List<Entity>> entities = in.entities();
    List<ExtractedDocument> documents = in.documents();
    List<List<String[]>> sentenceTokens = in.sentenceTokens();

    Map<String, Task> tasks = new LinkedHashMap<>();
    tasks.put("baseline", () -> {
      NameFinderME finder = new NameFinderME(baselineModel);
      long n = 0;
      for (List<String[]> doc : sentenceTokens) {
        n += baseline(finder, doc);
      }
      return n;
    });
    tasks.put("segmentation", () -> {
      long n = 0;
      for (String text : texts) {
        n += stages.segmenter().segment(text).tokens().size();
      }
      return n;
    });
    tasks.put("tagging", () -> {
      long n = 0;
      for (AnalyzedText t : segmented) {
        n += stages.tagger().tag(t).size();
      }
      return n;
    });
    tasks.put("names: model only", () -> {
      long n = 0;
      for (AnalyzedText t : tagged) {
        n += modelOnly.recognize(t).size();
      }
      return n;
    });
    tasks.put("names (model + rules)", () -> {
      long n = 0;
      for (AnalyzedText t : tagged) {
        n += stages.names().recognize(t).size();
      }
      return n;
    });
    tasks.put("resolve", () -> {
      long n = 0;
      for (int i = 0; i < tagged.size(); i++) {
        n += stages.resolver().resolve(tagged.get(i), found.get(i)).referents().size();
      }
      return n;
    });
    tasks.put("dates", () -> {
      long n = 0;
      for (AnalyzedText t : tagged) {
        n += stages.dates().annotate(t).dates().size();
      }
      return n;
    });
    tasks.put("events", () -> {
      long n = 0;
      for (int i = 0; i < tagged.size(); i++) {
        n += stages.events().extract(tagged.get(i), entities.get(i)).size();
      }
      return n;
    });
    tasks.put("json", () -> {
      long n = 0;
      for (ExtractedDocument doc : documents) {
        DiscardingStream out = new DiscardingStream();
        DocumentJson.write(doc, DocumentJson.Options.DEFAULT, out);
        n += out.count();
      }
      return n;
    });
    tasks.put("pipeline + json", () -> {
      long n = 0;
      for (String text : texts) {
        DiscardingStream out = new DiscardingStream();
        DocumentJson.write(extractor.extract(text, "doc", null), DocumentJson.Options.DEFAULT, out);
        n += out.count();
      }
      return n;
    });

    if (only != null) {
      java.util.regex.Pattern keep = only;
      tasks.keySet().removeIf(name -> !name.equals("baseline") && !keep.matcher(name).find());
    }
    Map<String, long[]> best = new LinkedHashMap<>();
    VmCounters measuredStart = null;
    List<Double> measuredJit = new ArrayList<>();
    int warmupDone = 0;
    int measuredDone = 0;
    while (measuredDone < rounds) {
      boolean measuring = measuredStart != null;
      VmCounters roundStart = VmCounters.now();
      long roundCpu = 0;
      for (Map.Entry<String, Task> e : tasks.entrySet()) {
        long allocStart = allocated();
        long cpuStart = cpu();
        long wallStart = System.nanoTime();
        long check = e.getValue().run();
        long c = cpu() - cpuStart;
        long w = System.nanoTime() - wallStart;
        long a = allocated() - allocStart;
        roundCpu += c;
        if (check < 0) {
          throw new IllegalStateException(e.getKey() + " returned " + check);
        }
        if (measuring) {
          long[] b = best.computeIfAbsent(e.getKey(),
              k -> new long[] {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE});
          b[0] = Math.min(b[0], c);
          b[1] = Math.min(b[1], w);
          b[2] = Math.min(b[2], a);
        }
      }
      double jit = VmCounters.now().minus(roundStart).jitMs();
      double jitShare = 100.0 * jit / (roundCpu / 1e6);
      if (measuring) {
        measuredDone++;
        measuredJit.add(jit);
        System.out.printf(Locale.ROOT, "measured round %d/%d: cpu %.0f ms, JIT compilation %.0f ms (%.1f%%)%n",
            measuredDone, rounds, roundCpu / 1e6, jit, jitShare);
      } else {
        warmupDone++;
        boolean quiet = jit >= 0 && jitShare <= jitQuiet;
        System.out.printf(Locale.ROOT, "warm-up round %d: cpu %.0f ms, JIT compilation %.0f ms (%.1f%%)%s%n",
            warmupDone, roundCpu / 1e6, jit, jitShare, quiet ? " - quiet" : "");
        if (warmupDone >= warmup && (quiet || warmupDone >= maxWarmup)) {
          if (!quiet) {
            System.out.printf(Locale.ROOT, "JIT not quiet after %d warm-up rounds (limit --max-warmup); measuring"
                + " anyway%n", warmupDone);
          }
          measuredStart = VmCounters.now();
        }
      }
    }
    VmCounters measured = VmCounters.now().minus(measuredStart);

    System.out.printf(Locale.ROOT, "%nCorpus: %d documents, %d tokens, %.3f MB; best of %d rounds after %d warm-up"
        + " (until a round's JIT time <= %.1f%% of its CPU); load average %s%n", texts.size(), tokens,
        corpus.stats().bytes() / 1e6, rounds, warmupDone, jitQuiet, loadAverage());
    System.out.printf(Locale.ROOT, "%-24s %10s %10s %14s %12s %14s%n", "task", "cpu_ms", "wall_ms", "tokens/cpu_s",
        "x baseline", "alloc_B/token");
    double baseRate = tokens / (best.get("baseline")[0] / 1e9);
    for (Map.Entry<String, long[]> e : best.entrySet()) {
      double rate = tokens / (e.getValue()[0] / 1e9);
      System.out.printf(Locale.ROOT, "%-24s %10.1f %10.1f %14.0f %12.2f %14.0f%n", e.getKey(),
          e.getValue()[0] / 1e6, e.getValue()[1] / 1e6, rate, rate / baseRate, (double) e.getValue()[2] / tokens);
    }
    System.out.println("JVM during the " + rounds + " measured rounds: " + measured.describe());
    System.out.println("JIT compilation ms per measured round: " + measuredJit.stream()
        .map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());

    if (threads) {
      ThreadScaling.run(extractor, texts, sentenceTokens, baselineModel, tokens, threadRounds, jitQuiet, maxWarmup,
          jfr);
    }
  }

  /** Runs the baseline name finder over one document's sentences, then clears its adaptive data. */
  static long baseline(NameFinderME finder, List<String[]> document) {
    long n = 0;
    for (String[] sentence : document) {
      n += finder.find(sentence).length;
    }
    finder.clearAdaptiveData();
    return n;
  }

  /** The bytes allocated so far by the current thread. */
  static long allocated() {
    return ALLOC.getCurrentThreadAllocatedBytes();
  }

  private static com.sun.management.ThreadMXBean allocationCounter() {
    if (THREADS instanceof com.sun.management.ThreadMXBean mx && mx.isThreadAllocatedMemorySupported()) {
      mx.setThreadAllocatedMemoryEnabled(true);
      return mx;
    }
    throw new IllegalStateException("this JVM cannot measure the bytes a thread allocates"
        + " (com.sun.management.ThreadMXBean)");
  }

  static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  static String loadAverage() {
    return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
