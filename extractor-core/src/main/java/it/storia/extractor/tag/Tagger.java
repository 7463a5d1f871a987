package it.storia.extractor.tag;

import it.storia.extractor.model.Token;
import it.storia.extractor.text.AnalyzedText;
import java.util.List;

/**
 * Adds part-of-speech tags and lemmas to tokens.
 *
 * <p>Input: a segmented text. Output: its tokens, same count and offsets, with {@code pos} and {@code lemma}
 * filled. Implementations are immutable and thread-safe.
 */
public interface Tagger {
  /** The tagged tokens of the text. */
  List<Token> tag(AnalyzedText text);

  /** A tagger that leaves tokens untagged. */
  static Tagger none() {
    return AnalyzedText::tokens;
  }
}
