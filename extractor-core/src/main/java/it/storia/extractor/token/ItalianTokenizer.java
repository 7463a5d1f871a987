package it.storia.extractor.token;

import it.storia.extractor.io.DataLines;
import it.storia.extractor.text.NormalizedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based tokenizer for Italian, driven by three data files: abbreviations (with the class that tells whether
 * they may end a sentence), elided words ("dell'", "l'") and multi-word tokens ("della" → "di la").
 *
 * <p>Handles elisions ("dell'RCP" → "dell'" "RCP", but "Zinov'ev" stays whole), initials ("V.I.", "I.", "IV."
 * before a capitalised word), abbreviations ("ecc.", "Kam.", "D.r" with an inner period only), "(b)", numbers
 * ("1.500", "24.09.2019", "14°", "100mila"), "E'" for "È", years written "'27", hyphenated words (split when both sides are
 * capitalised names: "Stalin-Zinoviev"), runs of terminal punctuation ("...", "!!!"), URLs and supplementary characters.
 *
 * <p>Immutable and thread-safe; build once with {@link #fromClasspath()} or {@link #load(Path, Path, Path)}.
 */
public final class ItalianTokenizer implements Tokenizer {
  private static final String BASE = "/it/storia/extractor/token/";

  private final Map<String, TokenSpan.Kind> abbreviations;
  private final int maxAbbreviationLength;
  private final Set<String> elisions;
  private final Map<String, List<String>> multiwords;
  /** The last words of the multi-word expansions: the articles ("il", "la", "l'", ...). */
  private final Set<String> articles;

  private ItalianTokenizer(Map<String, TokenSpan.Kind> abbreviations, Set<String> elisions,
      Map<String, List<String>> multiwords) {
    this.abbreviations = Map.copyOf(abbreviations);
    this.maxAbbreviationLength = abbreviations.keySet().stream().mapToInt(String::length).max().orElse(0);
    this.elisions = Set.copyOf(elisions);
    this.multiwords = Map.copyOf(multiwords);
    Set<String> last = new HashSet<>();
    for (List<String> words : multiwords.values()) {
      last.add(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
    }
    this.articles = Set.copyOf(last);
  }

  /** The bundled data files. */
  public static ItalianTokenizer fromClasspath() {
    try {
      return new ItalianTokenizer(
          parseAbbreviations(resource("abbreviations.tsv"), "abbreviations.tsv"),
          parseElisions(resource("elisions.txt"), "elisions.txt"),
          parseMultiwords(resource("multiword.tsv"), "multiword.tsv"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tokenizer's bundled data", e);
    }
  }

  /** Data files in the formats of the bundled ones. */
  public static ItalianTokenizer load(Path abbreviations, Path elisions, Path multiwords) throws IOException {
    try (BufferedReader a = Files.newBufferedReader(abbreviations, StandardCharsets.UTF_8);
        BufferedReader e = Files.newBufferedReader(elisions, StandardCharsets.UTF_8);
        BufferedReader m = Files.newBufferedReader(multiwords, StandardCharsets.UTF_8)) {
      return new ItalianTokenizer(parseAbbreviations(a, abbreviations.toString()),
          parseElisions(e, elisions.toString()), parseMultiwords(m, multiwords.toString()));
    }
  }

  private static BufferedReader resource(String name) {
    InputStream in = ItalianTokenizer.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + BASE + name);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  private static Map<String, TokenSpan.Kind> parseAbbreviations(BufferedReader r, String name) throws IOException {
    try (r) {
      Map<String, TokenSpan.Kind> map = new HashMap<>();
      for (DataLines.Line dl : DataLines.read(r)) {
        int n = dl.number();
        String line = dl.text();
        String[] cols = line.split("\t");
        if (cols.length != 2 || cols[0].indexOf('.') < 1) {
          throw new IllegalArgumentException(name + ":" + n + ": expected ABBREVIATION.<TAB>inner|final, got '"
              + line + "'");
        }
        TokenSpan.Kind kind;
        switch (cols[1].strip()) {
          case "inner":
            kind = TokenSpan.Kind.ABBREVIATION;
            break;
          case "final":
            kind = TokenSpan.Kind.FINAL_ABBREVIATION;
            break;
          default:
            throw new IllegalArgumentException(name + ":" + n + ": unknown class '" + cols[1] + "'");
        }
        TokenSpan.Kind earlier = map.put(cols[0].strip().toLowerCase(Locale.ROOT), kind);
        if (earlier != null && earlier != kind) {
          throw dl.error(name, "'" + cols[0].strip() + "' is already listed as "
              + (earlier == TokenSpan.Kind.ABBREVIATION ? "inner" : "final"));
        }
      }
      return map;
    }
  }

  private static Set<String> parseElisions(BufferedReader r, String name) throws IOException {
    try (r) {
      Set<String> set = new HashSet<>();
      for (DataLines.Line dl : DataLines.read(r)) {
        String word = dl.word(name);
        if (word.indexOf('\'') >= 0 || word.indexOf('’') >= 0) {
          throw dl.error(name, "write the elided word without its apostrophe");
        }
        set.add(word.toLowerCase(Locale.ROOT));
      }
      return set;
    }
  }

  private static Map<String, List<String>> parseMultiwords(BufferedReader r, String name) throws IOException {
    try (r) {
      Map<String, List<String>> map = new HashMap<>();
      for (DataLines.Line dl : DataLines.read(r)) {
        int n = dl.number();
        String line = dl.text();
        String[] cols = line.split("\t");
        if (cols.length != 2) {
          throw new IllegalArgumentException(name + ":" + n + ": expected FORM<TAB>WORDS, got '" + line + "'");
        }
        if (cols[0].isBlank() || cols[1].isBlank()) {
          throw dl.error(name, "expected FORM<TAB>WORDS with neither empty");
        }
        List<String> words = List.of(cols[1].strip().split(" +"));
        List<String> earlier = map.put(cols[0].strip().toLowerCase(Locale.ROOT), words);
        if (earlier != null && !earlier.equals(words)) {
          throw dl.error(name, "'" + cols[0].strip() + "' is already listed as '" + String.join(" ", earlier) + "'");
        }
      }
      return map;
    }
  }

  @Override
  public List<String> words(String normalizedToken) {
    List<String> w = multiwords.get(normalizedToken.toLowerCase(Locale.ROOT));
    return w == null ? List.of() : w;
  }

  @Override
  public List<TokenSpan> tokenize(NormalizedText normalized) {
    String t = normalized.text();
    int n = t.length();
    List<TokenSpan> out = new ArrayList<>(n / 5 + 4);
    int i = 0;
    while (i < n) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      int end;
      TokenSpan.Kind kind = TokenSpan.Kind.WORD;
      if (startsUrl(t, i)) {
        end = urlEnd(t, i);
      } else if (isWordChar(t, i)) {
        int abbr = abbreviationEnd(t, i);
        if (abbr > 0) {
          end = abbr;
          kind = abbreviations.get(t.substring(i, end).toLowerCase(Locale.ROOT));
        } else {
          int ini = initialsEnd(t, i, afterArticle(t, i));
          if (ini > 0) {
            end = ini;
            kind = TokenSpan.Kind.INITIALS;
          } else {
            end = wordEnd(t, i);
          }
        }
      } else if (c == '(' && i + 2 < n && Character.isLowerCase(t.charAt(i + 1)) && t.charAt(i + 2) == ')'
          && (i + 3 >= n || !Character.isLetterOrDigit(t.charAt(i + 3)))) {
        end = i + 3; // "(b)" as in "PCUS (b)"
      } else if (c == '\'' && i + 2 < n && isDigit(t.charAt(i + 1)) && isDigit(t.charAt(i + 2))
          && (i + 3 >= n || !isDigit(t.charAt(i + 3)))
          && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))) {
        end = i + 3; // "'27"
      } else if (c == '.' || c == '!' || c == '?' || c == '…') {
        end = i + 1;
        while (end < n && (t.charAt(end) == '.' || t.charAt(end) == '!' || t.charAt(end) == '?'
            || t.charAt(end) == '…')) {
          end++;
        }
        kind = TokenSpan.Kind.TERMINAL;
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(t.charAt(i + 1))) {
        end = i + 2;
        kind = TokenSpan.Kind.PUNCT;
      } else {
        end = i + 1;
        kind = TokenSpan.Kind.PUNCT;
      }
      out.add(new TokenSpan(i, end, kind));
      i = end;
    }
    return out;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWordChar(String t, int i) {
    char c = t.charAt(i);
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    if (Character.isHighSurrogate(c) && i + 1 < t.length()) {
      return Character.isLetterOrDigit(t.codePointAt(i));
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean startsUrl(String t, int i) {
    return t.startsWith("http://", i) || t.startsWith("https://", i) || t.startsWith("www.", i);
  }

  private static int urlEnd(String t, int i) {
    int e = i;
    while (e < t.length() && !Character.isWhitespace(t.charAt(e)) && t.charAt(e) != '"' && t.charAt(e) != '>') {
      e++;
    }
    while (e > i + 4 && ".,;:!?)]'".indexOf(t.charAt(e - 1)) >= 0) {
      e--;
    }
    return e;
  }

  /** End of the longest abbreviation of the list starting at i, or -1. */
  private int abbreviationEnd(String t, int i) {
    if (i > 0 && (Character.isLetterOrDigit(t.charAt(i - 1)))) {
      return -1;
    }
    int limit = Math.min(t.length(), i + maxAbbreviationLength);
    int best = -1;
    for (int e = i + 1; e <= limit; e++) {
      char c = t.charAt(e - 1);
      if (Character.isWhitespace(c)) {
        break;
      }
      if (c == '.' && abbreviations.containsKey(t.substring(i, e).toLowerCase(Locale.ROOT))
          && (e >= t.length() || !Character.isLetterOrDigit(t.charAt(e)) || t.charAt(e - 2) == '.')) {
        best = e;
      } else if (c != '.' && (e >= t.length() || !Character.isLetterOrDigit(t.charAt(e)))
          && t.substring(i, e).indexOf('.') > 0
          && abbreviations.containsKey(t.substring(i, e).toLowerCase(Locale.ROOT))) {
        best = e; // a period inside only: "D.r"
      }
    }
    if (best > 0 && best < t.length() && Character.isLetterOrDigit(t.charAt(best))) {
      return -1;
    }
    return best;
  }

  /**
   * End of initials at i: "V." or "V.I." (uppercase letters each followed by a period), or two uppercase letters
   * and a period before a capitalised word ("IV. Stalin") unless an article or articled preposition precedes them
   * ({@code afterArticle}: "della DC. La" is an acronym that ends a sentence); -1 otherwise.
   */
  private static int initialsEnd(String t, int i, boolean afterArticle) {
    int n = t.length();
    int e = i;
    int letters = 0;
    while (e + 1 < n && Character.isUpperCase(t.charAt(e)) && t.charAt(e + 1) == '.'
        && (e + 2 >= n || !Character.isLetter(t.charAt(e + 2)) || Character.isUpperCase(t.charAt(e + 2))
            && e + 3 < n && t.charAt(e + 3) == '.')) {
      e += 2;
      letters++;
    }
    if (letters > 0) {
      return e;
    }
    if (i + 2 < n && Character.isUpperCase(t.charAt(i)) && Character.isUpperCase(t.charAt(i + 1))
        && t.charAt(i + 2) == '.' && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))
        && !afterArticle && nextWordCapitalised(t, i + 3)) {
      return i + 3;
    }
    return -1;
  }

  /**
   * True when the word right before {@code i} (over spaces, or joined by an apostrophe: "dell'") is an article or an
   * articled preposition: a form of the multi-word list ("della" → "di la") or one of the articles its expansions end
   * with ("la", "il", "l'"). Initials of a person follow no article: "della DC. La ..." ends a sentence on an acronym.
   */
  private boolean afterArticle(String t, int i) {
    int e = i;
    boolean elided = e > 0 && (t.charAt(e - 1) == '\'' || t.charAt(e - 1) == '’');
    if (elided) {
      e--;
    } else {
      while (e > 0 && t.charAt(e - 1) == ' ') {
        e--;
      }
    }
    int b = e;
    while (b > 0 && Character.isLetter(t.charAt(b - 1))) {
      b--;
    }
    if (b == e) {
      return false;
    }
    String w = t.substring(b, e).toLowerCase(Locale.ROOT) + (elided ? "'" : "");
    return multiwords.containsKey(w) || articles.contains(w);
  }

  private static boolean nextWordCapitalised(String t, int from) {
    int j = from;
    if (j >= t.length() || t.charAt(j) != ' ') {
      return false;
    }
    while (j < t.length() && t.charAt(j) == ' ') {
      j++;
    }
    return j + 1 < t.length() && Character.isUpperCase(t.charAt(j)) && Character.isLowerCase(t.charAt(j + 1));
  }

  private int wordEnd(String t, int i) {
    int n = t.length();
    int e = i;
    boolean digits = isDigit(t.charAt(i));
    while (e < n) {
      char c = t.charAt(e);
      if (isWordChar(t, e)) {
        e += Character.isHighSurrogate(c) ? 2 : 1;
        continue;
      }
      if (digits && (c == '.' || c == ',') && e + 1 < n && isDigit(t.charAt(e + 1)) && isDigit(t.charAt(e - 1))) {
        e++; // 1.500, 24.09.2019, 3,5
        continue;
      }
      if (c == '°' && isDigit(t.charAt(e - 1))) {
        e++; // 14°
        break;
      }
      if (c == '-' && e + 1 < n && Character.isLetter(t.charAt(e - 1)) && Character.isLetter(t.charAt(e + 1))) {
        if (Character.isUpperCase(t.charAt(wordStart(t, e - 1))) && Character.isUpperCase(t.charAt(e + 1))) {
          break; // "Stalin-Zinoviev": names stay apart
        }
        e++;
        continue;
      }
      if (c == '\'') {
        String prefix = t.substring(wordStart(t, e - 1), e).toLowerCase(Locale.ROOT);
        boolean letterAfter = e + 1 < n && Character.isLetterOrDigit(t.charAt(e + 1));
        if (elisions.contains(prefix)) {
          if (letterAfter || prefix.length() > 1 || spacedElision(t, e)) {
            e++; // "dell'" + "RCP"; "dell' URSS" keeps its apostrophe too; so does "d' Italia"
          }
          break;
        }
        if (letterAfter && Character.isLetter(t.charAt(e - 1))) {
          e++; // "Zinov'ev"
          continue;
        }
        if ("po".equals(prefix) || "e".equals(prefix) && !letterAfter) {
          e++; // "po'", "E'" (for "È")
        }
        break;
      }
      break;
    }
    return e;
  }

  /**
   * True when the one-letter word before the apostrophe at {@code e} stands alone after a space (or opens the
   * text) and a space and a letter follow: the elision of typeset or re-tokenised text, "Regno d' Italia",
   * "l' on. De Gasperi", not a quoted letter ("la 'd' finale").
   */
  private static boolean spacedElision(String t, int e) {
    int start = e - 1;
    return (start == 0 || Character.isWhitespace(t.charAt(start - 1))) && e + 2 < t.length()
        && t.charAt(e + 1) == ' ' && Character.isLetter(t.charAt(e + 2));
  }

  private static int wordStart(String t, int e) {
    int s = e;
    while (s > 0 && (Character.isLetterOrDigit(t.charAt(s - 1)))) {
      s--;
    }
    return s;
  }
}
