package it.storia.extractor.token;

import it.storia.extractor.text.NormalizedText;
import java.util.List;

/**
 * Splits a normalised text into surface tokens.
 *
 * <p>Input: the whole normalised document. Output: non-overlapping tokens in text order, in normalised
 * coordinates. Implementations are immutable and thread-safe.
 */
public interface Tokenizer {
  /** Tokenises the text; never throws on any input. */
  List<TokenSpan> tokenize(NormalizedText text);

  /** The syntactic words of a multi-word token ("della" → "di", "la"), or an empty list. */
  List<String> words(String normalizedToken);
}
