package it.storia.extractor.parse;

import java.util.Objects;

/**
 * One syntactic word of a parsed sentence, with its head and its Universal Dependencies (v2) relation.
 *
 * <p>A surface token that is one word ("Trotsky") gives one word; a multi-word token ("della") gives one word per
 * part ("di", "la"), all with the same {@code token} index. Immutable; thread-safe.
 *
 * @param token index into {@code AnalyzedText.tokens()} of the surface token the word belongs to
 * @param form the word form (the token's normalised form, or the part of a multi-word token)
 * @param upos Universal POS tag of the word
 * @param lemma lemma of the word
 * @param head index into {@link DependencyTree#words()} of the head word, {@code -1} for the root
 * @param deprel the UD relation to the head, e.g. {@code nsubj}, {@code nsubj:pass}, {@code obj}, {@code obl:agent},
 *     {@code conj}, {@code acl:relcl}; {@code root} for the root
 */
public record Word(int token, String form, String upos, String lemma, int head, String deprel) {
  public Word {
    if (token < 0) {
      throw new IllegalArgumentException("negative token index " + token + " for word '" + form + "'");
    }
    if (form == null || form.isEmpty()) {
      throw new IllegalArgumentException("empty form for the word of token " + token);
    }
    Objects.requireNonNull(upos, "upos");
    Objects.requireNonNull(lemma, "lemma");
    if (head < -1) {
      throw new IllegalArgumentException("bad head " + head + " for word '" + form + "'");
    }
    if (deprel == null || deprel.isEmpty()) {
      throw new IllegalArgumentException("empty relation for word '" + form + "'");
    }
  }
}
