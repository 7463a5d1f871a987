package it.storia.extractor.text;

import it.storia.extractor.token.TokenSpan;
import java.util.List;

/**
 * Groups tokens into sentences. Boundaries fall between tokens, so a sentence never cuts a token (an initial, an
 * abbreviation, a number).
 *
 * <p>Input: the normalised text and its tokens. Output: consecutive ranges covering every token, in order.
 * Implementations are immutable and thread-safe.
 */
public interface SentenceSplitter {
  /** The sentences; empty when there are no tokens. */
  List<TokenRange> split(NormalizedText text, List<TokenSpan> tokens);
}
