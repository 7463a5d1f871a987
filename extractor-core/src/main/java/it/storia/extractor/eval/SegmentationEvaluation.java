package it.storia.extractor.eval;

import it.storia.extractor.corpus.GoldDocument;
import it.storia.extractor.model.Sentence;
import it.storia.extractor.model.Token;
import it.storia.extractor.text.AnalyzedText;
import it.storia.extractor.text.Segmenter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * End-to-end evaluation of sentence splitting and tokenisation, CoNLL 2018 style: each gold document's raw text
 * goes through a {@link Segmenter}; predicted sentences and tokens are matched to gold ones by exact character
 * span; precision, recall and F1 are micro-averaged over all documents.
 *
 * <p>Stateless; thread-safe.
 */
public final class SegmentationEvaluation {
  private SegmentationEvaluation() {}

  /** Sentence and token P/R/F1 of a segmenter on gold documents. */
  public static Scores evaluate(String title, List<GoldDocument> docs, Segmenter segmenter) {
    Prf sentences = new Prf(0, 0, 0);
    Prf tokens = new Prf(0, 0, 0);
    long mismatches = 0;
    for (GoldDocument d : docs) {
      AnalyzedText at = segmenter.segment(d.text());
      sentences = sentences.plus(match(d.sentenceSpans(), sentenceSpans(at.sentences())));
      List<int[]> gold = d.tokenSpans().stream().flatMap(List::stream).toList();
      tokens = tokens.plus(match(gold, tokenSpans(at.tokens())));
      mismatches += d.mismatches();
    }
    return new Scores.Builder(title).prf("sentences", sentences).prf("tokens", tokens)
        .count("documents", docs.size()).count("FORM/text mismatches", mismatches).build();
  }

  /** Exact-span matches between gold and system spans. */
  static Prf match(List<int[]> gold, List<int[]> system) {
    Set<Long> g = new HashSet<>();
    for (int[] s : gold) {
      g.add(key(s[0], s[1]));
    }
    long correct = 0;
    Set<Long> seen = new HashSet<>();
    for (int[] s : system) {
      long k = key(s[0], s[1]);
      if (g.contains(k) && seen.add(k)) {
        correct++;
      }
    }
    return new Prf(correct, gold.size(), system.size());
  }

  static long key(int begin, int end) {
    return ((long) begin << 32) | (end & 0xffffffffL);
  }

  /** The spans of a sentence list (for callers that hold {@link Sentence}s). */
  static List<int[]> sentenceSpans(List<Sentence> sentences) {
    return sentences.stream().map(s -> new int[] {s.begin(), s.end()}).toList();
  }

  /** The spans of a token list. */
  static List<int[]> tokenSpans(List<Token> tokens) {
    return tokens.stream().map(t -> new int[] {t.begin(), t.end()}).toList();
  }
}
