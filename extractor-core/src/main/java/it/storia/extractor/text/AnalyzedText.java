package it.storia.extractor.text;

import it.storia.extractor.model.Sentence;
import it.storia.extractor.model.Spans;
import it.storia.extractor.model.Token;
import java.util.List;
import java.util.Objects;

/**
 * A document after segmentation: what every later stage reads. Sentence and token offsets are original ones;
 * {@link Token#norm()} holds what the models see.
 *
 * @param normalized the normalised text with its map to the original
 * @param sentences sentences in order
 * @param tokens tokens in order
 * @param sentenceTokens for each sentence, the range of its tokens
 */
public record AnalyzedText(NormalizedText normalized, List<Sentence> sentences, List<Token> tokens,
    List<TokenRange> sentenceTokens) {
  public AnalyzedText {
    Objects.requireNonNull(normalized, "normalized");
    sentences = Spans.copy(sentences);
    tokens = Spans.copy(tokens);
    sentenceTokens = Spans.copy(sentenceTokens);
    if (sentences.size() != sentenceTokens.size()) {
      throw new IllegalArgumentException(
          sentences.size() + " sentences but " + sentenceTokens.size() + " token ranges");
    }
  }

  /** The original input. */
  public String original() {
    return normalized.original();
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(int sentence) {
    TokenRange r = sentenceTokens.get(sentence);
    return tokens.subList(r.first(), r.end());
  }

  /** A copy with other tokens (same count and offsets, e.g. after tagging). */
  public AnalyzedText withTokens(List<Token> newTokens) {
    if (newTokens.size() != tokens.size()) {
      throw new IllegalArgumentException("expected " + tokens.size() + " tokens, got " + newTokens.size());
    }
    return new AnalyzedText(normalized, sentences, newTokens, sentenceTokens);
  }

  /**
   * Index of the first token that ends after an original offset ({@code tokens().size()} when none does): binary
   * search, the tokens being in text order and not overlapping.
   */
  public int firstTokenEndingAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index of the sentence that contains an original offset, or -1. */
  public int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.begin()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
