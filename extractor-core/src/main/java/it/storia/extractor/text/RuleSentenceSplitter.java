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
 * sentence except at a blank line. A period followed by a lowercase word ("nel 1928-1930. fu") does not end one.
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
        boundary = last + 1 >= tokens.size() || startsSentence(t, tokens.get(last + 1));
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
