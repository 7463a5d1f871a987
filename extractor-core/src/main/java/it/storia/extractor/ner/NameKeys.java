package it.storia.extractor.ner;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparison form of a word for name matching: lower case, accents stripped, typographic apostrophes
 * folded to {@code '}.
 *
 * <p>Stateless; thread-safe.
 */
public final class NameKeys {
  private NameKeys() {}

  /** The folded form of a word or phrase ("Kamenëv" → "kamenev", "Zinov’ev" → "zinov'ev"). */
  public static String fold(String s) {
    if (isPlainAscii(s)) {
      return s.toLowerCase(Locale.ROOT); // NFD leaves ASCII as it is and no mark or quote is to drop or fold
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      if (c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4' || c == '\u02bc') {
        c = '\'';
      }
      b.append(c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** True when the word starts with an upper-case letter ("Stalin", "URSS", "Kam."). */
  public static boolean capitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  /** True when the word has letters and all of them are upper case ("URSS", "TR."). */
  public static boolean allCaps(String word) {
    boolean letter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  /** Whether a string is ASCII without '`' (the one ASCII character {@link #fold} changes besides case). */
  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || c == '`') {
        return false;
      }
    }
    return true;
  }

  /** The letters of a word, folded ("TR." → "tr", "Kam." → "kam"). */
  public static String letters(String word) {
    String f = fold(word);
    StringBuilder b = new StringBuilder(f.length());
    for (int i = 0; i < f.length(); i++) {
      if (Character.isLetter(f.charAt(i))) {
        b.append(f.charAt(i));
      }
    }
    return b.toString();
  }
}
