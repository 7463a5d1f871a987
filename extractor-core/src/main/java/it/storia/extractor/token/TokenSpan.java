package it.storia.extractor.token;

import it.storia.extractor.model.Spans;

/**
 * A token found by a {@link Tokenizer}, in coordinates of the <em>normalised</em> text.
 *
 * @param begin start in the normalised text
 * @param end end (exclusive) in the normalised text
 * @param kind what the token is, used by sentence splitting
 */
public record TokenSpan(int begin, int end, Kind kind) {
  /** Token classes that sentence splitting cares about. */
  public enum Kind {
    /** A word or a number. */
    WORD,
    /** An abbreviation that never ends a sentence ("Kam.", "sig.", "1925 г."). */
    ABBREVIATION,
    /** An abbreviation that may end a sentence ("ecc."). */
    FINAL_ABBREVIATION,
    /** Initials of a name ("V.", "V.I.", "IV."): never end a sentence. */
    INITIALS,
    /** Sentence-final punctuation: ".", "!", "?", "...", "?!". */
    TERMINAL,
    /** Any other punctuation or symbol. */
    PUNCT
  }

  public TokenSpan {
    Spans.checkRange(begin, end);
    if (begin == end) {
      throw new IllegalArgumentException("empty token at " + begin);
    }
  }
}
