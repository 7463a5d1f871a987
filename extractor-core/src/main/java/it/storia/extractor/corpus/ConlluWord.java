package it.storia.extractor.corpus;

import java.util.Objects;

/**
 * One syntactic word of a CoNLL-U sentence (a line with an integer ID). Immutable; thread-safe.
 *
 * @param id the word's ID within its sentence, from 1
 * @param form the word form (FORM column)
 * @param lemma the lemma (LEMMA column; "_" when the treebank gives none)
 * @param upos the Universal POS tag (UPOS column)
 * @param head the ID of the head word (HEAD column; 0 for the root), or {@link #NO_HEAD} when the file gives none
 * @param deprel the dependency relation (DEPREL column, e.g. {@code nsubj:pass}; "_" when the file gives none)
 */
public record ConlluWord(int id, String form, String lemma, String upos, int head, String deprel) {
  /** The {@link #head} of a word whose HEAD column is "_". */
  public static final int NO_HEAD = -1;

  public ConlluWord {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(upos, "upos");
    Objects.requireNonNull(deprel, "deprel");
    if (head < NO_HEAD) {
      throw new IllegalArgumentException("bad head " + head + " of word " + id + " '" + form + "'");
    }
  }

  /** A word without syntax (no head, relation "_"). */
  public ConlluWord(int id, String form, String lemma, String upos) {
    this(id, form, lemma, upos, NO_HEAD, "_");
  }
}
