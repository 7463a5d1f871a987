package it.storia.extractor.model;

import java.util.List;

/**
 * A surface token: one written word form, a number or a punctuation mark.
 *
 * @param begin start offset in the original input
 * @param end end offset (exclusive) in the original input
 * @param text the original text, {@code input.substring(begin, end)}
 * @param norm the normalised form the models see (quotes, artefacts and Unicode composition fixed);
 *     equal to {@code text} in most cases
 * @param sentence index of the sentence that holds the token
 * @param pos Universal POS tag, or null before tagging
 * @param lemma lemma, or null before lemmatisation
 * @param words the syntactic words of a multi-word token ("della" → "di", "la"); empty otherwise
 */
public record Token(int begin, int end, String text, String norm, int sentence, String pos, String lemma,
    List<String> words) {
  public Token {
    Spans.checkText(begin, end, text);
    if (norm == null || norm.isEmpty()) {
      throw new IllegalArgumentException("empty normalised form for token '" + text + "' at " + begin);
    }
    words = Spans.copy(words);
  }

  /** A copy with the given POS tag, lemma and words. */
  public Token withTags(String newPos, String newLemma, List<String> newWords) {
    return new Token(begin, end, text, norm, sentence, newPos, newLemma, newWords);
  }
}
