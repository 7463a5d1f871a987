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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A quick, load-robust stage profile in ONE process: every round runs the baseline name finder and then each
 * stage (and the whole pipeline) over the whole benchmark corpus on the same thread, and times each with the
 * thread's CPU time ({@link ThreadMXBean}) as well as wall time, and counts the bytes the thread allocated
 * ({@code com.sun.management.ThreadMXBean}; reported per corpus token: load-independent). The best round of each
 * task is kept, so the ratios to the baseline compare runs that saw the same machine, whatever the other load on
 * it. Then it runs the pipeline on 1 and on 2 threads over the corpus (documents handed out dynamically) and
 * reports the CPU time and allocation each needed (equal CPU time = no contention; the wall-time speed-up needs
 * two free cores), with the JVM's GC and JIT work during each ({@link VmCounters}).
 *
 * <p>Input: {@code --corpus DIR} (built by {@link CorpusBuilder}), {@code --baseline FILE} (trained from
 * {@code --data DIR} when missing, see {@link BaselineNameFinder}), {@code --rounds N} (measured rounds, default
 * 5), {@code --warmup N} (default 2), {@code --only REGEX} (only the tasks whose name contains a match, and the
 * baseline), {@code --no-threads} (skip the 1/2-thread run). Output: a table on standard output.
 * Single-threaded except the 2-thread run.
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
    java.util.regex.Pattern only = null;
    boolean threads = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpusDir = Path.of(CorpusBuilder.value(args, ++i, "--corpus"));
        case "--baseline" -> baselineFile = Path.of(CorpusBuilder.value(args, ++i, "--baseline"));
        case "--data" -> data = Path.of(CorpusBuilder.value(args, ++i, "--data"));
        case "--rounds" -> rounds = Integer.parseInt(CorpusBuilder.value(args, ++i, "--rounds"));
        case "--warmup" -> warmup = Integer.parseInt(CorpusBuilder.value(args, ++i, "--warmup"));
        case "--only" -> only = java.util.regex.Pattern.compile(CorpusBuilder.value(args, ++i, "--only"));
        case "--no-threads" -> threads = false;
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]
            + " (usage: --corpus DIR --baseline FILE [--data DIR] [--rounds N] [--warmup N] [--only REGEX]"
            + " [--no-threads])");
      }
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
        for (String[] sentence : doc) {
          n += finder.find(sentence).length;
        }
        finder.clearAdaptiveData();
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
    for (int r = 0; r < warmup + rounds; r++) {
      if (r == warmup) {
        measuredStart = VmCounters.now();
      }
      for (Map.Entry<String, Task> e : tasks.entrySet()) {
        long allocStart = allocated();
        long cpuStart = cpu();
        long wallStart = System.nanoTime();
        long check = e.getValue().run();
        long c = cpu() - cpuStart;
        long w = System.nanoTime() - wallStart;
        long a = allocated() - allocStart;
        if (check < 0) {
          throw new IllegalStateException(e.getKey() + " returned " + check);
        }
        if (r >= warmup) {
          long[] b = best.computeIfAbsent(e.getKey(),
              k -> new long[] {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE});
          b[0] = Math.min(b[0], c);
          b[1] = Math.min(b[1], w);
          b[2] = Math.min(b[2], a);
        }
      }
      System.out.printf(Locale.ROOT, "round %d/%d done%n", r + 1, warmup + rounds);
    }
    VmCounters measured = measuredStart == null ? null : VmCounters.now().minus(measuredStart);

    System.out.printf(Locale.ROOT, "%nCorpus: %d documents, %d tokens, %.3f MB; best of %d rounds after %d warm-up;"
        + " load average %s%n", texts.size(), tokens, corpus.stats().bytes() / 1e6, rounds, warmup, loadAverage());
    System.out.printf(Locale.ROOT, "%-24s %10s %10s %14s %12s %14s%n", "task", "cpu_ms", "wall_ms", "tokens/cpu_s",
        "x baseline", "alloc_B/token");
    double baseRate = tokens / (best.get("baseline")[0] / 1e9);
    for (Map.Entry<String, long[]> e : best.entrySet()) {
      double rate = tokens / (e.getValue()[0] / 1e9);
      System.out.printf(Locale.ROOT, "%-24s %10.1f %10.1f %14.0f %12.2f %14.0f%n", e.getKey(),
          e.getValue()[0] / 1e6, e.getValue()[1] / 1e6, rate, rate / baseRate, (double) e.getValue()[2] / tokens);
    }
    if (measured != null) {
      System.out.println("JVM during the " + rounds + " measured rounds: " + measured.describe());
    }

    if (threads) {
      threads(extractor, texts, tokens);
    }
  }

  /**
   * The pipeline + JSON over the corpus on 1 and on 2 threads, best of 3 each. Documents are handed out from a
   * shared counter (a work queue: a thread that finishes a document takes the next one), so neither thread idles
   * while documents are left. Reports wall and thread CPU time, the bytes the extraction threads allocated, and the
   * JVM's GC and JIT work during the 3 runs of each thread count.
   */
  private static void threads(Extractor extractor, List<String> texts, long tokens) throws Exception {
    System.out.printf(Locale.ROOT, "%n%-24s %10s %10s %14s %14s%n", "pipeline + json", "wall_ms", "cpu_ms", "tokens/s",
        "alloc_B/token");
    double[] wall = new double[3];
    String[] jvm = new String[3];
    for (int n = 1; n <= 2; n++) {
      ExecutorService pool = Executors.newFixedThreadPool(n);
      try {
        double bestWall = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        long bestAlloc = Long.MAX_VALUE;
        VmCounters start = VmCounters.now();
        for (int rep = 0; rep < 3; rep++) {
          List<Future<long[]>> parts = new ArrayList<>();
          AtomicInteger nextDocument = new AtomicInteger();
          long w0 = System.nanoTime();
          for (int k = 0; k < n; k++) {
            parts.add(pool.submit(() -> {
              long c0 = cpu();
              long a0 = allocated();
              for (int i = nextDocument.getAndIncrement(); i < texts.size(); i = nextDocument.getAndIncrement()) {
                DiscardingStream out = new DiscardingStream();
                DocumentJson.write(extractor.extract(texts.get(i), "doc", null), DocumentJson.Options.DEFAULT,
                    out);
              }
              return new long[] {cpu() - c0, allocated() - a0};
            }));
          }
          long cpuSum = 0;
          long allocSum = 0;
          for (Future<long[]> f : parts) {
            long[] r = f.get();
            cpuSum += r[0];
            allocSum += r[1];
          }
          bestWall = Math.min(bestWall, (System.nanoTime() - w0) / 1e6);
          bestCpu = Math.min(bestCpu, cpuSum / 1e6);
          bestAlloc = Math.min(bestAlloc, allocSum);
        }
        jvm[n] = VmCounters.now().minus(start).describe();
        wall[n] = bestWall;
        System.out.printf(Locale.ROOT, "%-24s %10.1f %10.1f %14.0f %14.0f%n", n + " thread(s)", bestWall, bestCpu,
            tokens / (bestWall / 1e3), (double) bestAlloc / tokens);
      } finally {
        pool.shutdown();
      }
    }
    for (int n = 1; n <= 2; n++) {
      System.out.println("JVM during the " + n + "-thread runs: " + jvm[n]);
    }
    System.out.printf(Locale.ROOT, "speed-up 2/1 threads (wall): %.2f; load average %s (needs 2 idle cores)%n",
        wall[1] / wall[2], loadAverage());
  }

  /** The bytes allocated so far by the current thread. */
  private static long allocated() {
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

  private static long cpu() {
    return THREADS.getCurrentThreadCpuTime();
  }

  private static String loadAverage() {
    return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
