package it.storia.extractor.text;

import it.storia.extractor.token.TokenSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence splitter for Italian prose, by rule.
 *
 * <p>A sentence ends after terminal punctuation ("." "!" "?" "...") and any closing quote or bracket glued to it,
 * when the next token starts with an uppercase letter, a digit or an opening mark; after an abbreviation of the
 * "final" class ("ecc.") before a capitalised word; at a blank line; and at a line break before a line that does
 * not start in lowercase. Initials ("V.I.", "IV.") and "inner" abbreviations ("Kam.", "1925 г.") never end a
 * sentence except at a blank line. Following the Italian UD treebanks ISDT and VIT (where a colon almost never
 * occurs inside a sentence), a colon or a semicolon before a word or an opening quote ends a sentence too. A
 * period followed by a lowercase word ends one after a word ("della servitù. ma nei", "in Francia. e"), not
 * after a number ("nel 1928-1930. fu"); a period after a number that opens the sentence ("987. Miniere") does
 * not.
 *
 * <p>Stateless; immutable and thread-safe.
 */
public final class RuleSentenceSplitter implements SentenceSplitter {
  private static final String CLOSERS = ")]}\"'»";
  private static final String OPENERS = "([{\"'«-*•";

  @Override
  public List<TokenRange> split(NormalizedText normalized, List<TokenSpan> tokens) {
    String t = normalized.text();
    List<TokenRange> out = new ArrayList<>();
    int first = 0;
    int k = 0;
    while (k < tokens.size()) {
      int last = k;
      boolean boundary = false;
      TokenSpan tok = tokens.get(k);
      if (tok.kind() == TokenSpan.Kind.TERMINAL) {
        while (last + 1 < tokens.size() && tokens.get(last + 1).begin() == tokens.get(last).end()
            && CLOSERS.indexOf(t.charAt(tokens.get(last + 1).begin())) >= 0
            && !lineBreakBetween(t, tokens, last)) {
          last++;
        }
        boundary = last + 1 >= tokens.size() || startsSentence(t, tokens.get(last + 1))
            || periodAfterWord(t, tokens, k, first) && startsLowercaseWord(t, tokens.get(last + 1));
        if (boundary && last == k && k == first + 1 && isNumber(t, tokens.get(first))
            && tokens.get(first).end() == tok.begin()) {
          boundary = false; // "987. Miniere, cave e torbiere.": a numbered heading, not a sentence
        }
      } else if (isChar(t, tok, ':') || isChar(t, tok, ';')) {
        boundary = last + 1 < tokens.size() && (tokens.get(last + 1).kind() == TokenSpan.Kind.WORD
            || "\"«".indexOf(t.charAt(tokens.get(last + 1).begin())) >= 0);
      } else if (tok.kind() == TokenSpan.Kind.FINAL_ABBREVIATION) {
        boundary = last + 1 < tokens.size() && Character.isUpperCase(t.charAt(tokens.get(last + 1).begin()));
      }
      if (!boundary && last + 1 < tokens.size()) {
        int gap = newlinesBetween(t, tokens.get(last).end(), tokens.get(last + 1).begin());
        boundary = gap >= 2 || gap == 1 && !Character.isLowerCase(t.charAt(tokens.get(last + 1).begin()));
      }
      if (boundary || last + 1 >= tokens.size()) {
        out.add(new TokenRange(first, last + 1));
        first = last + 1;
      }
      k = last + 1;
    }
    return out;
  }

  /**
   * A single period glued to a lowercase word of two letters or more, or a capitalised one of three or more, that
   * is not an abbreviation of the list ("della servitù. ma nei", "in Francia. e a colonna"): UD treebanks end
   * the sentence there; a number before the period ("nel 1928-1930. fu") does not count.
   */
  private static boolean periodAfterWord(String t, List<TokenSpan> tokens, int k, int first) {
    TokenSpan p = tokens.get(k);
    if (p.end() - p.begin() != 1 || t.charAt(p.begin()) != '.' || k == first) {
      return false;
    }
    TokenSpan w = tokens.get(k - 1);
    int length = w.end() - w.begin();
    if (w.kind() != TokenSpan.Kind.WORD || w.end() != p.begin() || length < 2) {
      return false;
    }
    for (int i = w.begin() + 1; i < w.end(); i++) {
      if (!Character.isLowerCase(t.charAt(i))) {
        return false;
      }
    }
    return Character.isLowerCase(t.charAt(w.begin())) || length >= 3 && Character.isUpperCase(t.charAt(w.begin()));
  }

  private static boolean startsLowercaseWord(String t, TokenSpan next) {
    return next.kind() == TokenSpan.Kind.WORD && Character.isLowerCase(t.charAt(next.begin()));
  }

  private static boolean isChar(String t, TokenSpan s, char c) {
    return s.end() - s.begin() == 1 && t.charAt(s.begin()) == c;
  }

  private static boolean isNumber(String t, TokenSpan s) {
    for (int i = s.begin(); i < s.end(); i++) {
      if (!Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean lineBreakBetween(String t, List<TokenSpan> tokens, int k) {
    return newlinesBetween(t, tokens.get(k).end(), tokens.get(k + 1).begin()) > 0;
  }

  private static boolean startsSentence(String t, TokenSpan next) {
    char c = t.charAt(next.begin());
    return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0
        || Character.isTitleCase(c) || !Character.isLetter(c) && next.kind() != TokenSpan.Kind.PUNCT;
  }

  private static int newlinesBetween(String t, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (t.charAt(i) == '\n') {
        count++;
      }
    }
    return count;
  }
}
