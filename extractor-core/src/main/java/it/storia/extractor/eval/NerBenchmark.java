package it.storia.extractor.eval;

import it.storia.extractor.corpus.ColumnNerReader;
import it.storia.extractor.corpus.NameSentence;
import it.storia.extractor.corpus.NameSpan;
import it.storia.extractor.ner.OpenNlpNameFinder;
import it.storia.extractor.text.ItalianNormalizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates one or more name finder models on gold files and, optionally, measures load time and throughput of
 * each model on the same tokens in one run (so models can be compared fairly).
 *
 * <p>Input: model files (none = the bundled model), gold files readable by {@link ColumnNerReader}. Output: a
 * report on the writer: per model and file the {@link NerScores} table (the finder as built: with its
 * document-level consistency pass) and the micro F1 of the same model tagging each sentence alone; with
 * {@code speed}, load time and tokens per second (best of three passes over all files after a warm-up pass).
 * Stateless; thread-safe.
 */
public final class NerBenchmark {
  private NerBenchmark() {}

  /** Runs the evaluation and prints the report. */
  public static void run(List<Path> models, List<Path> data, boolean speed, int errors, PrintWriter out)
      throws IOException {
    run(models, data, 0, speed, errors, out);
  }

  /**
   * Runs the evaluation and prints the report, each gold file cut into documents of {@code docSentences} sentences
   * for the decoder's document-consistency pass ({@code 0}: the whole file is one document).
   */
  public static void run(List<Path> models, List<Path> data, int docSentences, boolean speed, int errors,
      PrintWriter out) throws IOException {
    if (docSentences < 0) {
      throw new IllegalArgumentException("sentences per document must be ≥ 0 (0 = whole file), got " + docSentences);
    }
    ColumnNerReader reader = new ColumnNerReader(ItalianNormalizer.fromClasspath());
    Map<Path, List<NameSentence>> gold = new LinkedHashMap<>();
    for (Path p : data) {
      gold.put(p, reader.read(p));
    }
    List<Path> modelList = models.isEmpty() ? java.util.Collections.singletonList(null) : models;
    for (Path m : modelList) {
      long t0 = System.nanoTime();
      OpenNlpNameFinder finder = m == null ? OpenNlpNameFinder.fromClasspath() : OpenNlpNameFinder.load(m);
      double loadSeconds = (System.nanoTime() - t0) / 1e9;
      String name = m == null ? "bundled model" : m.toString();
      out.printf(Locale.ROOT, "== model %s (load %.2f s)%n", name, loadSeconds);
      OpenNlpNameFinder sentenceBySentence = finder.withDocumentConsistency(false);
      for (Map.Entry<Path, List<NameSentence>> e : gold.entrySet()) {
        List<NameSentence> sentences = e.getValue();
        List<List<String>> tokens = new ArrayList<>();
        sentences.forEach(s -> tokens.add(s.tokens()));
        List<List<OpenNlpNameFinder.TokenMention>> found = tagByDocument(finder, tokens, docSentences);
        List<List<NameSpan>> predicted = new ArrayList<>();
        for (List<OpenNlpNameFinder.TokenMention> f : found) {
          List<NameSpan> spans = new ArrayList<>();
          f.forEach(x -> spans.add(new NameSpan(x.start(), x.end(), x.type())));
          predicted.add(spans);
        }
        NerScores scores = NerEvaluator.score(sentences, predicted);
        out.printf(Locale.ROOT, "-- %s: %d sentences, %s, micro F1 %.4f%n", e.getKey(), sentences.size(),
            docSentences == 0 ? "one document" : "documents of " + docSentences + " sentences", scores.microF1());
        out.print(scores.format());
        out.printf(Locale.ROOT, "   each sentence alone (no document consistency): micro F1 %.4f%n",
            NerEvaluator.evaluate(sentenceBySentence, sentences).microF1());
        if (errors > 0) {
          printErrors(sentences, predicted, errors, out);
        }
      }
      if (speed) {
        List<List<String>> all = new ArrayList<>();
        gold.values().forEach(l -> l.forEach(s -> all.add(s.tokens())));
        long tokenCount = all.stream().mapToLong(List::size).sum();
        finder.tag(all);
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
          long s = System.nanoTime();
          finder.tag(all);
          best = Math.min(best, (System.nanoTime() - s) / 1e9);
        }
        out.printf(Locale.ROOT, "speed: %d tokens in %.2f s = %.0f tokens/s%n", tokenCount, best,
            tokenCount / best);
      }
      out.flush();
    }
  }

  /** The finder's mentions, one list per sentence, the sentences tagged as documents of {@code size} (0: all). */
  static List<List<OpenNlpNameFinder.TokenMention>> tagByDocument(OpenNlpNameFinder finder,
      List<List<String>> sentences, int size) {
    if (size == 0) {
      return finder.tag(sentences);
    }
    List<List<OpenNlpNameFinder.TokenMention>> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i += size) {
      out.addAll(finder.tag(sentences.subList(i, Math.min(sentences.size(), i + size))));
    }
    return out;
  }

  private static void printErrors(List<NameSentence> gold, List<List<NameSpan>> predicted, int limit,
      PrintWriter out) {
    int shown = 0;
    for (int i = 0; i < gold.size() && shown < limit; i++) {
      NameSentence s = gold.get(i);
      Set<NameSpan> g = new HashSet<>(s.names());
      Set<NameSpan> p = new HashSet<>(predicted.get(i));
      for (NameSpan x : predicted.get(i)) {
        if (!g.contains(x) && shown < limit) {
          out.printf("  FP %s '%s'%n", x.type(), s.text(x));
          shown++;
        }
      }
      for (NameSpan x : s.names()) {
        if (!p.contains(x) && shown < limit) {
          out.printf("  FN %s '%s'%n", x.type(), s.text(x));
          shown++;
        }
      }
    }
  }
}
