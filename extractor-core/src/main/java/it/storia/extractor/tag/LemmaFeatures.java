package it.storia.extractor.tag;

/**
 * Lemmatisation conventions shared by training and tagging so that both agree: which tags keep the form as the
 * lemma (and are therefore left out of the lexicon).
 *
 * <p>Stateless; thread-safe.
 */
public final class LemmaFeatures {
  private LemmaFeatures() {}

  /** Whether tokens with this tag are their own lemma (punctuation, symbols). */
  public static boolean isVerbatim(String tag) {
    return "PUNCT".equals(tag) || "SYM".equals(tag);
  }
}
