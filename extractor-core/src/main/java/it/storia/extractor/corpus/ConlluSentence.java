package it.storia.extractor.corpus;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of a CoNLL-U file. Immutable; thread-safe.
 *
 * @param id the {@code # sent_id} value, or "" when absent
 * @param text the {@code # text} value (the raw sentence), or "" when absent
 * @param newDoc true when a {@code # newdoc} comment precedes the sentence
 * @param tokens the surface tokens in order (empty nodes such as {@code 8.1} are skipped)
 */
public record ConlluSentence(String id, String text, boolean newDoc, List<ConlluToken> tokens) {
  public ConlluSentence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
  }

  /** The syntactic words of all tokens, in order. */
  public List<ConlluWord> words() {
    return tokens.stream().flatMap(t -> t.words().stream()).toList();
  }
}
