package it.storia.extractor.resolve;

import it.storia.extractor.io.DataLines;
import it.storia.extractor.ner.NameKeys;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Folds spelling and transliteration variants of a name to one comparison key ("Trockij", "Trotskij",
 * "Trotsky" → "trotski"; "Zinov'ev" → "zinoviev"; "Bucharin", "Bukharin" → "buharin").
 *
 * <p>Rules file ({@code resolve/transliteration.tsv}, UTF-8, {@code #} comments): {@code REGEX<TAB>REPLACEMENT},
 * applied in order to the name folded by {@link NameKeys#fold}. The one spelling-folding table of the project: the
 * referent resolver and the passage index ({@code index.NameFolding}) both use it. Immutable and thread-safe.
 */
public final class Transliteration {
  private static final String RESOURCE = "/it/storia/extractor/resolve/transliteration.tsv";
  /** Runs of white space (compiled once; {@code String.replaceAll} would compile it per call). */
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  /** The regular-expression characters that end a rule's literal prefix. */
  private static final String META = "\\^$.|?*+()[]{}";

  /**
   * A rule; {@code prefix} is the literal text every match of the pattern starts with (possibly empty), so the rule
   * cannot change a key that does not contain it.
   */
  private record Rule(Pattern pattern, String replacement, String prefix) {
    Rule(Pattern pattern, String replacement) {
      this(pattern, replacement, literalPrefix(pattern.pattern()));
    }
  }

  private final List<Rule> rules;

  private Transliteration(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The bundled rules. */
  public static Transliteration fromClasspath() {
    InputStream in = Transliteration.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(r, "transliteration.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Rules in the bundled format. */
  public static Transliteration load(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString());
    }
  }

  private static Transliteration parse(BufferedReader r, String name) throws IOException {
    List<Rule> rules = new ArrayList<>();
    for (DataLines.Line dl : DataLines.read(r)) {
      int n = dl.number();
      String line = dl.text();
      String[] cols = line.split("\t", -1);
      if (cols.length != 2 || cols[0].isEmpty()) {
        throw new IllegalArgumentException(name + ":" + n + ": expected REGEX<TAB>REPLACEMENT, got '" + line + "'");
      }
      try {
        rules.add(new Rule(Pattern.compile(cols[0]), cols[1]));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(name + ":" + n + ": bad regular expression '" + cols[0] + "'", e);
      }
    }
    return new Transliteration(rules);
  }

  /**
   * The comparison key of a name: folded ({@link NameKeys#fold}), single-spaced, then rewritten by the rules. A rule
   * runs only on a key that contains its literal prefix, and the spacing regex only on a key that is not already
   * single-spaced: both would leave such a key as it is.
   */
  public String key(String name) {
    return key(name, null);
  }

  /** {@link #key}; {@code runs[0]}, when given, counts the rules run (the regex matchers made). */
  private String key(String name, int[] runs) {
    String folded = NameKeys.fold(name);
    String k = singleSpaced(folded) ? folded : SPACES.matcher(folded).replaceAll(" ").strip();
    for (Rule rule : rules) {
      if (k.contains(rule.prefix())) {
        k = rule.pattern().matcher(k).replaceAll(rule.replacement());
        if (runs != null) {
          runs[0]++;
        }
      }
    }
    return k;
  }

  /** The same key, every rule and the spacing regex run on every call (for tests of {@link #key}). */
  String keyWithoutShortcuts(String name) {
    String k = SPACES.matcher(NameKeys.fold(name)).replaceAll(" ").strip();
    for (Rule rule : rules) {
      k = rule.pattern().matcher(k).replaceAll(rule.replacement());
    }
    return k;
  }

  /** The number of rules (each a regex matcher per key when every rule runs). */
  int keyWithoutShortcutsRuleCount() {
    return rules.size();
  }

  /** How many rules {@link #key} runs on this name (a count of the regex matchers it makes, for tests). */
  int rulesRun(String name) {
    int[] runs = new int[1];
    key(name, runs);
    return runs[0];
  }

  /**
   * Whether {@link #SPACES} replaced by one space, then {@link String#strip}, would leave the string as it is: every
   * space-like character ({@code \s} or {@code \p{Z}}) is a plain space with no space-like neighbour before it, and
   * neither end is white space.
   */
  private static boolean singleSpaced(String s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    if (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1))) {
      return false;
    }
    boolean previousSpace = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean space = spaceLike(c);
      if (space && (c != ' ' || previousSpace)) {
        return false;
      }
      previousSpace = space;
    }
    return true;
  }

  /** A character of {@link #SPACES}: {@code [ \t\n\x0B\f\r]} or a separator ({@code \p{Z}}). */
  private static boolean spaceLike(char c) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * The literal characters a regex starts with, up to its first metacharacter; a character that a quantifier
   * follows is left out (it may be absent). Empty when the regex opens with a metacharacter (a group, a class, an
   * escape, inline flags) or has an alternation anywhere: such a rule runs on every key.
   */
  static String literalPrefix(String regex) {
    if (regex.indexOf('|') >= 0) {
      return "";
    }
    int end = 0;
    while (end < regex.length() && META.indexOf(regex.charAt(end)) < 0) {
      end++;
    }
    if (end < regex.length() && end > 0 && "?*{".indexOf(regex.charAt(end)) >= 0) {
      end--;
    }
    return regex.substring(0, end);
  }
}
