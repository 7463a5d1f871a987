package it.storia.extractor.bench;

import it.storia.extractor.json.DocumentJson;
import it.storia.extractor.pipeline.Extractor;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntToLongFunction;
import java.util.function.Supplier;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The 2-thread ceiling of the machine next to the pipeline's own scaling, in ONE process: every round runs the
 * bare baseline name finder and the pipeline + JSON over the corpus on 1 thread and on 2 threads (documents
 * handed out from a shared counter: a thread that finishes a document takes the next one), interleaved, so both
 * see the same machine. The baseline is a single OpenNLP model with no shared state between its threads (one
 * {@link NameFinderME} per thread): its speed-up is what two threads of this kind of work get from this machine
 * (shared caches, memory bandwidth, SMT, other load), and "pipeline speed-up ÷ baseline speed-up" is the part of
 * the pipeline's shortfall that is its own. Warm-up rounds run until the JIT is quiet, and every round prints its
 * JIT compilation time.
 *
 * <p>Input: the extractor, the corpus texts and their sentences as token strings, the baseline model. Output: a
 * table on standard output; optionally a Flight Recording of the measured rounds with every contended monitor
 * enter, monitor wait and thread park (threshold 0; it starts before the warm-up, so that the recorder's own
 * compilation is over before the measured rounds, which it spans with the warm-up). Used by {@link StageProfile}; not thread-safe itself (it
 * owns its two thread pools for the duration of {@link #run}).
 */
final class ThreadScaling {
  private static final String[] NAMES = {"baseline", "pipeline + json"};

  private ThreadScaling() {}

  /** One kind of work, made once per thread: processes corpus document {@code i}, returns a checksum. */
  private interface Job extends Supplier<IntToLongFunction> {}

  /** Wall ns, summed thread CPU ns and summed allocated bytes of one run. */
  private record Run(long wallNs, long cpuNs, long allocBytes) {}

  /**
   * Runs the comparison.
   *
   * @param extractor the pipeline
   * @param texts corpus documents
   * @param sentenceTokens each document's sentences as token strings (the baseline's input)
   * @param baselineModel the baseline name finder's model
   * @param tokens corpus tokens (for tokens/s)
   * @param rounds measured rounds
   * @param jitQuiet a warm-up round is quiet when its JIT time is at most this percent of its CPU time
   * @param maxWarmup warm-up rounds at most
   * @param jfr where to write a Flight Recording of the measured rounds, or null
   */
  static void run(Extractor extractor, List<String> texts, List<List<String[]>> sentenceTokens,
      TokenNameFinderModel baselineModel, long tokens, int rounds, double jitQuiet, int maxWarmup, Path jfr)
      throws Exception {
    Job baseline = () -> {
      NameFinderME finder = new NameFinderME(baselineModel);
      return i -> StageProfile.baseline(finder, sentenceTokens.get(i));
    };
    Job pipeline = () -> i -> {
      DiscardingStream out = new DiscardingStream();
      try {
        DocumentJson.write(extractor.extract(texts.get(i), "doc", null), DocumentJson.Options.DEFAULT, out);
      } catch (IOException e) {
        throw new IllegalStateException("JSON of document " + i + " failed: " + e.getMessage(), e);
      }
      return out.count();
    };
    Job[] jobs = {baseline, pipeline};
    ExecutorService[] pools = {Executors.newFixedThreadPool(1), Executors.newFixedThreadPool(2)};
    int documents = texts.size();
    try {
      System.out.printf(Locale.ROOT, "%n1 vs 2 threads, baseline and pipeline + json interleaved in every round%n");
      Recording recording = jfr == null ? null : startRecording();
      int warm = 0;
      while (true) {
        VmCounters start = VmCounters.now();
        long cpu = 0;
        for (Job job : jobs) {
          for (int n = 1; n <= 2; n++) {
            cpu += once(pools[n - 1], n, job, documents).cpuNs;
          }
        }
        warm++;
        double jit = VmCounters.now().minus(start).jitMs();
        double share = 100.0 * jit / (cpu / 1e6);
        boolean quiet = jit >= 0 && share <= jitQuiet;
        System.out.printf(Locale.ROOT, "warm-up round %d: cpu %.0f ms, JIT compilation %.0f ms (%.1f%%)%s%n", warm,
            cpu / 1e6, jit, share, quiet ? " - quiet" : "");
        if (quiet || warm >= Math.max(1, maxWarmup)) {
          break;
        }
      }
      Run[][] best = new Run[2][3];
      double[] pairedRatio = new double[rounds];
      VmCounters measuredStart = VmCounters.now();
      for (int r = 0; r < rounds; r++) {
        VmCounters start = VmCounters.now();
        Run[][] round = new Run[2][3];
        for (int j = 0; j < jobs.length; j++) {
          for (int n = 1; n <= 2; n++) {
            Run run = once(pools[n - 1], n, jobs[j], documents);
            round[j][n] = run;
            Run b = best[j][n];
            best[j][n] = b == null ? run : new Run(Math.min(b.wallNs, run.wallNs), Math.min(b.cpuNs, run.cpuNs),
                Math.min(b.allocBytes, run.allocBytes));
          }
        }
        double jit = VmCounters.now().minus(start).jitMs();
        double baseUp = (double) round[0][1].wallNs / round[0][2].wallNs;
        double pipeUp = (double) round[1][1].wallNs / round[1][2].wallNs;
        pairedRatio[r] = pipeUp / baseUp;
        System.out.printf(Locale.ROOT, "measured round %d/%d: speed-up 2/1 threads baseline %.2f, pipeline + json"
            + " %.2f (ratio %.2f); JIT compilation %.0f ms%n", r + 1, rounds, baseUp, pipeUp, pairedRatio[r], jit);
      }
      VmCounters measured = VmCounters.now().minus(measuredStart);
      if (recording != null) {
        recording.stop();
        recording.dump(jfr);
        recording.close();
        System.out.println("Flight Recording of the measured rounds: " + jfr);
      }
      System.out.printf(Locale.ROOT, "%n%-18s %7s %10s %10s %12s %14s%n", "task (best round)", "threads", "wall_ms",
          "cpu_ms", "tokens/s", "alloc_B/token");
      for (int j = 0; j < jobs.length; j++) {
        for (int n = 1; n <= 2; n++) {
          Run b = best[j][n];
          System.out.printf(Locale.ROOT, "%-18s %7d %10.1f %10.1f %12.0f %14.0f%n", NAMES[j], n, b.wallNs / 1e6,
              b.cpuNs / 1e6, tokens / (b.wallNs / 1e9), (double) b.allocBytes / tokens);
        }
      }
      double baseUp = (double) best[0][1].wallNs / best[0][2].wallNs;
      double pipeUp = (double) best[1][1].wallNs / best[1][2].wallNs;
      Arrays.sort(pairedRatio);
      System.out.printf(Locale.ROOT, "speed-up 2/1 threads (wall, best rounds): baseline %.2f, pipeline + json %.2f;"
          + " pipeline / baseline %.2f (median of the %d paired rounds %.2f)%n", baseUp, pipeUp, pipeUp / baseUp,
          rounds, pairedRatio[rounds / 2]);
      System.out.printf(Locale.ROOT, "CPU 2 threads / 1 thread (1.00 = no contention): baseline %.2f, pipeline +"
          + " json %.2f%n", (double) best[0][2].cpuNs / best[0][1].cpuNs,
          (double) best[1][2].cpuNs / best[1][1].cpuNs);
      System.out.println("JVM during the measured 1/2-thread rounds: " + measured.describe());
      System.out.println("load average " + StageProfile.loadAverage() + " (wall-clock speed-ups need 2 idle cores)");
    } finally {
      for (ExecutorService pool : pools) {
        pool.shutdown();
      }
    }
  }

  /** One pass of {@code job} over the corpus on the {@code n} threads of {@code pool}. */
  private static Run once(ExecutorService pool, int n, Job job, int documents) throws Exception {
    AtomicInteger next = new AtomicInteger();
    List<Future<long[]>> parts = new ArrayList<>();
    long w0 = System.nanoTime();
    for (int k = 0; k < n; k++) {
      parts.add(pool.submit(() -> {
        long c0 = StageProfile.cpu();
        long a0 = StageProfile.allocated();
        IntToLongFunction work = job.get();
        long check = 0;
        for (int i = next.getAndIncrement(); i < documents; i = next.getAndIncrement()) {
          check += work.applyAsLong(i);
        }
        if (check < 0) {
          throw new IllegalStateException("negative checksum " + check);
        }
        return new long[] {StageProfile.cpu() - c0, StageProfile.allocated() - a0};
      }));
    }
    long cpu = 0;
    long alloc = 0;
    for (Future<long[]> f : parts) {
      long[] r = f.get();
      cpu += r[0];
      alloc += r[1];
    }
    return new Run(System.nanoTime() - w0, cpu, alloc);
  }

  /** The "profile" recording settings, with lock and park events of any duration. */
  private static Recording startRecording() throws Exception {
    Recording recording = new Recording(Configuration.getConfiguration("profile"));
    for (String event : List.of("jdk.JavaMonitorEnter", "jdk.JavaMonitorWait", "jdk.ThreadPark")) {
      recording.enable(event).withThreshold(Duration.ZERO).withStackTrace();
    }
    recording.start();
    return recording;
  }
}
