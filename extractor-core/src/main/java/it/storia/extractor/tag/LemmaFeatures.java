package it.storia.extractor.tag;

import java.util.Locale;

/**
 * What the lemmatizer sees, shared by training and tagging so that both agree: which tags keep the form as the
 * lemma, and the lower-casing of forms before the statistical lemmatizer (proper nouns keep their case).
 *
 * <p>Stateless; thread-safe.
 */
public final class LemmaFeatures {
  private LemmaFeatures() {}

  /** Whether tokens with this tag are their own lemma (punctuation, symbols, numbers). */
  public static boolean isVerbatim(String tag) {
    return "PUNCT".equals(tag) || "SYM".equals(tag) || "NUM".equals(tag);
  }

  /** The forms given to the statistical lemmatizer: lower-cased except proper nouns. */
  public static String[] lemmatizerInput(String[] forms, String[] tags) {
    String[] out = new String[forms.length];
    for (int i = 0; i < forms.length; i++) {
      out[i] = "PROPN".equals(tags[i]) ? forms[i] : forms[i].toLowerCase(Locale.ROOT);
    }
    return out;
  }
}
