package it.storia.extractor.corpus;

import java.util.Objects;

/**
 * One syntactic word of a CoNLL-U sentence (a line with an integer ID). Immutable; thread-safe.
 *
 * @param id the word's ID within its sentence, from 1
 * @param form the word form (FORM column)
 * @param lemma the lemma (LEMMA column; "_" when the treebank gives none)
 * @param upos the Universal POS tag (UPOS column)
 */
public record ConlluWord(int id, String form, String lemma, String upos) {
  public ConlluWord {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(upos, "upos");
  }
}
