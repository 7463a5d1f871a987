package it.storia.extractor.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Before/after comparison of two (or more) builds of the extractor in ONE process: each {@code extractor.jar} is
 * loaded in its own class loader, and every round runs {@code Extractor.extract} + default JSON over the whole
 * benchmark corpus with each build in turn, timed with the thread's CPU time, with the bytes the thread allocated
 * (per corpus token). Interleaved rounds see the same machine, so the ratio of the builds holds on a loaded
 * machine; the JSON sizes are printed as a sanity check. With {@code --stage tagging|names|resolve|dates|events} a
 * round runs only that stage of each build ({@code Extractor.stages()}) over inputs that build prepared once (its
 * segmented and tagged texts, the names stage's entities and the whole pipeline's entities), as
 * {@code StageProfile} times them, and the sanity check is the number of items the stage returned (tags, names,
 * referents, dates, events).
 *
 * <p>Input: {@code --corpus DIR} (built by {@link CorpusBuilder}), {@code --rounds N} (default 5),
 * {@code --warmup N} (default 1: the first rounds, not counted),
 * {@code --stage pipeline|tagging|names|resolve|dates|events} (default pipeline)
 * and the jar files. The jars run in the given order
 * in even rounds and in reverse order in odd ones, so that neither always runs first. Output: per round and best
 * CPU ms per corpus and allocated bytes per token for each jar, and for each jar after the first the median and
 * quartiles of its per-round CPU ratio to the first jar (the figure that holds on a loaded machine), on standard
 * output.
 * Single-threaded.
 *
 * <pre>
 * git stash; ./mvnw -o -q -DskipTests package; cp extractor-cli/target/extractor.jar /tmp/before.jar; git stash pop
 * ./mvnw -o -q -DskipTests package
 * java -cp extractor-bench/target/benchmarks.jar it.storia.extractor.bench.JarComparison \
 *   --corpus target/bench-corpus /tmp/before.jar extractor-cli/target/extractor.jar
 * </pre>
 */
public final class JarComparison {
  private JarComparison() {}

  /** The values of {@code --stage}. */
  private static final List<String> STAGES = List.of("pipeline", "tagging", "names", "resolve", "dates", "events");

  /**
   * Runs the comparison.
   *
   * @param args see the class comment
   */
  public static void main(String[] args) throws Exception {
    Path corpusDir = Path.of("target/bench-corpus");
    int rounds = 5;
    int warmup = 1;
    String stage = "pipeline";
    int first = 0;
    while (first < args.length && args[first].startsWith("--")) {
      switch (args[first]) {
        case "--corpus" -> corpusDir = Path.of(CorpusBuilder.value(args, ++first, "--corpus"));
        case "--rounds" -> rounds = Integer.parseInt(CorpusBuilder.value(args, ++first, "--rounds"));
        case "--warmup" -> warmup = Integer.parseInt(CorpusBuilder.value(args, ++first, "--warmup"));
        case "--stage" -> stage = CorpusBuilder.value(args, ++first, "--stage");
        default -> throw new IllegalArgumentException("unknown argument: " + args[first]
            + " (usage: [--corpus DIR] [--rounds N] [--warmup N] [--stage " + String.join("|", STAGES) + "] JAR...)");
      }
      first++;
    }
    String[] jars = Arrays.copyOfRange(args, first, args.length);
    if (jars.length == 0 || warmup < 0 || rounds <= warmup) {
      throw new IllegalArgumentException("give at least one extractor.jar and --rounds > --warmup >= 0 (got "
          + jars.length + " jars, " + rounds + " rounds, " + warmup + " warm-up)");
    }
    if (!STAGES.contains(stage)) {
      throw new IllegalArgumentException("unknown --stage '" + stage + "', expected one of " + STAGES);
    }
    boolean oneStage = !stage.equals("pipeline");
    List<String> texts = BenchCorpus.load(corpusDir).texts();
    Build[] builds = new Build[jars.length];
    for (int j = 0; j < jars.length; j++) {
      builds[j] = new Build(Path.of(jars[j]));
      if (oneStage) {
        builds[j].prepareStages(texts);
      }
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    if (!(mx instanceof com.sun.management.ThreadMXBean alloc) || !alloc.isThreadAllocatedMemorySupported()) {
      throw new IllegalStateException("this JVM cannot measure the bytes a thread allocates");
    }
    long tokens = BenchCorpus.load(corpusDir).stats().tokens();
    long[] best = new long[jars.length];
    Arrays.fill(best, Long.MAX_VALUE);
    long[] bestAlloc = new long[jars.length];
    Arrays.fill(bestAlloc, Long.MAX_VALUE);
    long[] bytes = new long[jars.length];
    long[][] cpu = new long[rounds][jars.length];
    for (int r = 0; r < rounds; r++) {
      for (int o = 0; o < jars.length; o++) {
        int j = r % 2 == 0 ? o : jars.length - 1 - o;
        long a0 = alloc.getCurrentThreadAllocatedBytes();
        long c0 = mx.getCurrentThreadCpuTime();
        bytes[j] = oneStage ? builds[j].runStage(stage) : builds[j].run(texts);
        long c = mx.getCurrentThreadCpuTime() - c0;
        long a = alloc.getCurrentThreadAllocatedBytes() - a0;
        cpu[r][j] = c;
        if (r >= warmup) {
          best[j] = Math.min(best[j], c);
          bestAlloc[j] = Math.min(bestAlloc[j], a);
        }
        System.out.printf(Locale.ROOT, "round %d %s: %.0f ms CPU, %.0f bytes allocated per token%n", r, jars[j],
            c / 1e6, (double) a / tokens);
      }
    }
    for (int j = 0; j < jars.length; j++) {
      System.out.printf(Locale.ROOT, "best %s: %.0f ms CPU per corpus (%s), %.0f bytes allocated per token, %d %s%n",
          jars[j], best[j] / 1e6, oneStage ? stage + " stage" : "pipeline + JSON", (double) bestAlloc[j] / tokens,
          bytes[j], oneStage ? "items" : "JSON bytes");
    }
    for (int j = 1; j < jars.length; j++) {
      double[] ratios = new double[rounds - warmup];
      for (int r = warmup; r < rounds; r++) {
        ratios[r - warmup] = (double) cpu[r][j] / cpu[r][0];
      }
      Arrays.sort(ratios);
      System.out.printf(Locale.ROOT, "CPU %s / %s per round: median %.3f, quartiles %.3f-%.3f, %d rounds%n",
          jars[j], jars[0], quantile(ratios, 0.5), quantile(ratios, 0.25), quantile(ratios, 0.75), ratios.length);
    }
    System.out.printf(Locale.ROOT, "load average %.2f%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** The q-quantile of sorted values (linear interpolation between the closest ranks). */
  static double quantile(double[] sorted, double q) {
    double at = q * (sorted.length - 1);
    int lo = (int) Math.floor(at);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
  }

  /** One build: its extractor and JSON writer, reached by reflection through its own class loader. */
  private static final class Build {
    private final Object extractor;
    private final Method extract;
    private final Method write;
    private final Object options;
    private Object stages;
    private Method tag;
    private Method recognize;
    private Method resolve;
    private Method referents;
    private Method annotate;
    private Method dates;
    private Method extractEvents;
    private List<Object> segmented;
    private List<Object> tagged;
    private List<Object> found;
    private List<Object> entities;

    Build(Path jar) throws ReflectiveOperationException, IOException {
      URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> e = loader.loadClass("it.storia.extractor.pipeline.Extractor");
      extractor = e.getMethod("withDefaults").invoke(null);
      extract = e.getMethod("extract", String.class, String.class, String.class);
      Class<?> json = loader.loadClass("it.storia.extractor.json.DocumentJson");
      Class<?> opts = loader.loadClass("it.storia.extractor.json.DocumentJson$Options");
      options = opts.getField("DEFAULT").get(null);
      write = json.getMethod("write", extract.getReturnType(), opts, OutputStream.class);
    }

    long run(List<String> texts) throws ReflectiveOperationException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (String t : texts) {
        write.invoke(null, extract.invoke(extractor, t, "doc", null), options, out);
      }
      return out.size();
    }

    /**
     * Runs the build's stages once over {@code texts} and keeps what each stage reads: each text segmented and
     * tagged, the names stage's entities and the whole pipeline's entities.
     */
    void prepareStages(List<String> texts) throws ReflectiveOperationException {
      Method stagesOf = extractor.getClass().getMethod("stages");
      Object st = stagesOf.invoke(extractor);
      Class<?> stagesType = stagesOf.getReturnType();
      Object[] parts = new Object[5];
      String[] names = {"segmenter", "tagger", "names", "resolver", "dates"};
      Class<?>[] types = new Class<?>[5];
      for (int i = 0; i < names.length; i++) {
        Method m = stagesType.getMethod(names[i]);
        parts[i] = m.invoke(st);
        types[i] = m.getReturnType();
      }
      Method eventsOf = stagesType.getMethod("events");
      Method segment = types[0].getMethod("segment", String.class);
      Class<?> analyzed = segment.getReturnType();
      tag = types[1].getMethod("tag", analyzed);
      recognize = types[2].getMethod("recognize", analyzed);
      resolve = types[3].getMethod("resolve", analyzed, List.class);
      referents = resolve.getReturnType().getMethod("referents");
      annotate = types[4].getMethod("annotate", analyzed);
      dates = annotate.getReturnType().getMethod("dates");
      extractEvents = eventsOf.getReturnType().getMethod("extract", analyzed, List.class);
      Method withTokens = analyzed.getMethod("withTokens", List.class);
      Method entitiesOf = extract.getReturnType().getMethod("entities");
      List<Object> s = new java.util.ArrayList<>();
      List<Object> t = new java.util.ArrayList<>();
      List<Object> f = new java.util.ArrayList<>();
      List<Object> e = new java.util.ArrayList<>();
      for (String text : texts) {
        Object seg = segment.invoke(parts[0], text);
        s.add(seg);
        Object tg = withTokens.invoke(seg, tag.invoke(parts[1], seg));
        t.add(tg);
        f.add(recognize.invoke(parts[2], tg));
        e.add(entitiesOf.invoke(extract.invoke(extractor, text, "doc", null)));
      }
      stages = new Object[] {parts[1], parts[2], parts[3], parts[4], eventsOf.invoke(st)};
      segmented = List.copyOf(s);
      tagged = List.copyOf(t);
      found = List.copyOf(f);
      entities = List.copyOf(e);
    }

    /** One stage alone over the prepared inputs; returns the number of items it gave. */
    long runStage(String stage) throws ReflectiveOperationException {
      Object[] st = (Object[]) stages;
      long n = 0;
      for (int i = 0; i < tagged.size(); i++) {
        n += switch (stage) {
          case "tagging" -> ((List<?>) tag.invoke(st[0], segmented.get(i))).size();
          case "names" -> ((List<?>) recognize.invoke(st[1], tagged.get(i))).size();
          case "resolve" -> ((java.util.Collection<?>) referents.invoke(
              resolve.invoke(st[2], tagged.get(i), found.get(i)))).size();
          case "dates" -> ((List<?>) dates.invoke(annotate.invoke(st[3], tagged.get(i)))).size();
          case "events" -> ((List<?>) extractEvents.invoke(st[4], tagged.get(i), entities.get(i))).size();
          default -> throw new IllegalArgumentException("unknown stage '" + stage + "'");
        };
      }
      return n;
    }
  }
}
