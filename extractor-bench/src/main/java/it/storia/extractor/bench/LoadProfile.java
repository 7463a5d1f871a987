package it.storia.extractor.bench;

import it.storia.extractor.event.PatternEventExtractor;
import it.storia.extractor.ner.HistoryEntityRecognizer;
import it.storia.extractor.ner.OpenNlpNameFinder;
import it.storia.extractor.parse.TransitionDependencyParser;
import it.storia.extractor.resolve.AliasResolver;
import it.storia.extractor.tag.LemmaDictionary;
import it.storia.extractor.tag.OpenNlpTagger;
import it.storia.extractor.text.ItalianNormalizer;
import it.storia.extractor.text.RuleSentenceSplitter;
import it.storia.extractor.time.RuleTemporalTagger;
import it.storia.extractor.token.ItalianTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;

/**
 * What loading each bundled model and data file costs, one after the other on the main thread of a fresh JVM, in
 * the order {@link it.storia.extractor.pipeline.Extractor#withDefaults()} needs them: the thread's CPU time, the
 * bytes it allocated and the wall time of every step (the two model packages split into parsing the OpenNLP
 * package and building the stage over it). A step pays for the classes it is the first to load, as it would in
 * the extractor.
 *
 * <p>Input: optionally {@code --rounds N} (default 1): the whole sequence N times in the same JVM, the later rounds
 * showing what the same steps cost once their classes are loaded and partly compiled. Output: per round, one
 * {@code load_step.<name> cpu_ms=… alloc_mb=… wall_ms=…} line per step and the totals, on standard output (round 1
 * unprefixed, later rounds prefixed {@code round<N>.}). Single-threaded; run it in a fresh JVM ({@code run.sh}
 * does).
 */
public final class LoadProfile {
  private static final String MODELS = "/it/storia/extractor/models/";

  private LoadProfile() {}

  /** One measured step. */
  private record Step(String name, double cpuMs, double allocMb, double wallMs) {}

  /**
   * Runs the measurement.
   *
   * @param args optionally {@code --rounds N}
   */
  public static void main(String[] args) {
    int rounds = args.length == 2 && args[0].equals("--rounds") ? Integer.parseInt(args[1]) : 1;
    if (args.length != 0 && rounds < 1 || args.length != 0 && args.length != 2) {
      throw new IllegalArgumentException("usage: LoadProfile [--rounds N (>= 1)], got " + String.join(" ", args));
    }
    for (int r = 1; r <= rounds; r++) {
      round(r == 1 ? "" : "round" + r + ".");
    }
  }

  private static void round(String prefix) {
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    List<Step> steps = new ArrayList<>();
    Object[] keep = new Object[12];
    keep[0] = measure(mx, steps, "normalizer", ItalianNormalizer::fromClasspath);
    keep[1] = measure(mx, steps, "tokenizer", ItalianTokenizer::fromClasspath);
    keep[2] = measure(mx, steps, "splitter", RuleSentenceSplitter::new);
    POSModel pos = measure(mx, steps, "tagger.pos-model", () -> {
      try (InputStream in = resource(OpenNlpTagger.POS_MODEL)) {
        return new POSModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    LemmaDictionary lemmas = measure(mx, steps, "tagger.lemmas", () -> {
      try (InputStream in = resource(OpenNlpTagger.LEMMA_DICTIONARY)) {
        return LemmaDictionary.read(in, MODELS + OpenNlpTagger.LEMMA_DICTIONARY);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    keep[3] = measure(mx, steps, "tagger.build", () -> new OpenNlpTagger(pos, lemmas));
    TokenNameFinderModel ner = measure(mx, steps, "names.model", () -> {
      try (InputStream in = resource("ner-it.bin")) {
        return new TokenNameFinderModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    OpenNlpNameFinder finder = measure(mx, steps, "names.build", () -> OpenNlpNameFinder.of(ner));
    keep[4] = measure(mx, steps, "names.rules", () -> HistoryEntityRecognizer.over(finder));
    keep[5] = measure(mx, steps, "resolver", AliasResolver::fromClasspath);
    keep[6] = measure(mx, steps, "dates", RuleTemporalTagger::fromClasspath);
    keep[7] = measure(mx, steps, "events", PatternEventExtractor::fromClasspath);
    keep[8] = measure(mx, steps, "events.parser", TransitionDependencyParser::fromClasspath);
    double cpu = 0;
    double alloc = 0;
    double wall = 0;
    for (Step s : steps) {
      System.out.printf(Locale.ROOT, "%sload_step.%s cpu_ms=%.1f alloc_mb=%.1f wall_ms=%.1f%n", prefix, s.name(),
          s.cpuMs(), s.allocMb(), s.wallMs());
      cpu += s.cpuMs();
      alloc += s.allocMb();
      wall += s.wallMs();
    }
    System.out.printf(Locale.ROOT, "%sload_steps_total cpu_ms=%.1f alloc_mb=%.1f wall_ms=%.1f (%d objects kept)%n",
        prefix, cpu, alloc, wall, java.util.Arrays.stream(keep).filter(java.util.Objects::nonNull).count());
  }

  private static <T> T measure(com.sun.management.ThreadMXBean mx, List<Step> steps, String name,
      Supplier<T> load) {
    long id = Thread.currentThread().getId();
    long a0 = mx.getThreadAllocatedBytes(id);
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    T value = load.get();
    long t1 = System.nanoTime();
    long c1 = mx.getCurrentThreadCpuTime();
    long a1 = mx.getThreadAllocatedBytes(id);
    steps.add(new Step(name, (c1 - c0) / 1e6, (a1 - a0) / 1048576.0, (t1 - t0) / 1e6));
    return value;
  }

  private static InputStream resource(String name) {
    InputStream in = LoadProfile.class.getResourceAsStream(MODELS + name);
    if (in == null) {
      throw new IllegalStateException("missing model " + MODELS + name);
    }
    return in;
  }
}
