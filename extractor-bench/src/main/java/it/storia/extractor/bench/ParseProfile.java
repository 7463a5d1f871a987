package it.storia.extractor.bench;

import it.storia.extractor.parse.TransitionDependencyParser;
import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.tag.OpenNlpTagger;
import it.storia.extractor.text.AnalyzedText;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the dependency parser costs next to the tagger, in one process: load time and heap of the parser model,
 * then per round the thread CPU time and bytes allocated of tagging every sentence of the input texts and of
 * parsing them ({@code TransitionDependencyParser.parse} alone, on the tagged text), and the ratio of the two.
 *
 * <p>Input: text files (default {@code samples/texts/lotta-per-il-potere.txt}), optionally {@code --rounds N}
 * (default 5; the first rounds warm the JIT, the last is the one to quote). Output: {@code parse.*} lines on
 * standard output. Single-threaded; run it in a fresh JVM:
 * {@code java -Xmx1g -cp extractor-bench/target/benchmarks.jar it.storia.extractor.bench.ParseProfile FILES}.
 */
public final class ParseProfile {
  private ParseProfile() {}

  /**
   * Runs the measurement.
   *
   * @param args text files, optionally {@code --rounds N}
   */
  public static void main(String[] args) throws IOException {
    int rounds = 5;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--rounds") && i + 1 < args.length) {
        rounds = Integer.parseInt(args[++i]);
      } else {
        files.add(Path.of(args[i]));
      }
    }
    if (files.isEmpty()) {
      files.add(Path.of("samples", "texts", "lotta-per-il-potere.txt"));
    }
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Extractor extractor = Extractor.withDefaults();
    OpenNlpTagger tagger = OpenNlpTagger.fromClasspath();
    List<AnalyzedText> texts = new ArrayList<>();
    for (Path f : files) {
      texts.add(extractor.segmenter().segment(Files.readString(f, StandardCharsets.UTF_8)));
    }
    long heapBefore = usedHeap();
    long cpu0 = mx.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    TransitionDependencyParser parser = TransitionDependencyParser.fromClasspath();
    long cpu1 = mx.getCurrentThreadCpuTime();
    long wall1 = System.nanoTime();
    long heapAfter = usedHeap();
    System.out.printf(Locale.ROOT, "parse.load cpu_ms=%.0f wall_ms=%.0f heap_mb=%.1f labels=%d%n",
        (cpu1 - cpu0) / 1e6, (wall1 - wall0) / 1e6, (heapAfter - heapBefore) / 1e6, parser.labels().size());
    long sentences = 0;
    long tokens = 0;
    for (AnalyzedText t : texts) {
      sentences += t.sentences().size();
      tokens += t.tokens().size();
    }
    long tid = Thread.currentThread().getId();
    int checksum = 0;
    for (int r = 1; r <= rounds; r++) {
      List<AnalyzedText> tagged = new ArrayList<>(texts.size());
      long a0 = mx.getThreadAllocatedBytes(tid);
      long c0 = mx.getCurrentThreadCpuTime();
      for (AnalyzedText t : texts) {
        tagged.add(t.withTokens(tagger.tag(t)));
      }
      long a1 = mx.getThreadAllocatedBytes(tid);
      long c1 = mx.getCurrentThreadCpuTime();
      for (AnalyzedText t : tagged) {
        for (int s = 0; s < t.sentences().size(); s++) {
          checksum += parser.parse(t, s).words().size();
        }
      }
      long a2 = mx.getThreadAllocatedBytes(tid);
      long c2 = mx.getCurrentThreadCpuTime();
      double tagS = (c1 - c0) / 1e9;
      double parseS = (c2 - c1) / 1e9;
      System.out.printf(Locale.ROOT, "parse.round%d sentences=%d tokens=%d tag_cpu_s=%.3f parse_cpu_s=%.3f "
          + "parse_sentences_per_s=%.0f parse_tokens_per_s=%.0f tag_tokens_per_s=%.0f parse_over_tag=%.2f "
          + "parse_alloc_bytes_per_token=%.0f tag_alloc_bytes_per_token=%.0f%n", r, sentences, tokens, tagS, parseS,
          sentences / parseS, tokens / parseS, tokens / tagS, parseS / tagS, (double) (a2 - a1) / tokens,
          (double) (a1 - a0) / tokens);
    }
    System.out.println("parse.checksum words=" + checksum);
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
