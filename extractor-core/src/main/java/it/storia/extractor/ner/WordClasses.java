package it.storia.extractor.ner;

import it.storia.extractor.io.DataLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word classes that drive the genre rules ({@code rules.tsv}): titles, organisation heads and modifiers,
 * party adjectives, ordinals, faction heads, derived-word suffixes, words that are never names.
 *
 * <p>File format (UTF-8, {@code #} comments): {@code CLASS<TAB>WORD}, class names as in {@link WordClass}
 * written in lower case with hyphens ({@code org-head}). Words are compared {@link NameKeys#fold folded}, except
 * {@code ordinal-regex} lines, which are Java regular expressions matched against a whole token.
 *
 * <p>Immutable and thread-safe; build once with {@link #fromClasspath()} or {@link #load(Path)}.
 */
public final class WordClasses {
  /** The classes of {@code rules.tsv}. */
  public enum WordClass {
    TITLE, PARTICLE, ORG_HEAD, ORG_ALONE, ORG_DETERMINER, ORG_MODIFIER, ORG_COMPLEMENT, OF, PARTY_ADJECTIVE, CONGRESS,
    ORDINAL_REGEX, FACTION_HEAD, NEWSPAPER_NOUN, SAINT_PREFIX, PERSON_PLURAL, DERIVED_SUFFIX, DERIVED_ALWAYS, NOT_NAME,
    STATE_HEAD, GEO_HEAD, ORG_PRE_ADJECTIVE, WORK_NOUN, NEWSPAPER_CUE, PERSON_SUFFIX, SIGN_VERB,
    EPITHET, KIN_NOUN, PERSON_VERB, GEO_NOUN, PAIR_CUE, PATRONYMIC_SUFFIX, PARTY_NOUN, ORG_LINK,
    EVENT_HEAD, STREET_NOUN, ROUTE_NOUN, ADVERB_SUFFIX, TITLE_INITIAL, LABEL_NOUN, PLACE_ADJECTIVE, CORRELATIVE,
    SURNAME_ARTICLE, PLACE_NOUN, CLERGY_INITIAL, PERSON_OBJECT_VERB, ORG_FINAL, BODY_LINK, BODY_PARTNER, NOT_ALONE,
    PORTFOLIO_NOUN, PORTFOLIO_TITLE;

    static WordClass parse(String name, String where) {
      try {
        return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": unknown word class '" + name + "'", e);
      }
    }
  }

  private final Map<WordClass, Set<String>> words;
  /**
   * The classes of every listed word (bit {@code c.ordinal()} for class {@code c}), keyed by each of the three
   * spellings that {@link NameKeys#fold fold} to a plain-ASCII listed word: as listed (lower case), capitalised and
   * in capitals. {@link #is} answers a plain-ASCII word in one of those three casings with one lookup of the word
   * itself (its hash is usually cached in the token's string), without building its folded copy: such a word folds
   * to a listed word exactly when it is one of that word's three spellings.
   */
  private final Map<String, Long> byCasing;
  private final List<Pattern> ordinals;
  /**
   * The ordinal patterns as one alternation {@code (?:p1)|(?:p2)|...} (one matcher per token instead of one per
   * pattern; {@code matches()} backtracks into the next branch, so it matches exactly when one pattern matches the
   * whole token), or null when a pattern has inline flags, groups with options (any "(?" but the plain non-capturing
   * "(?:") or back-references, whose meaning could change inside an alternation: then the patterns are tried one by
   * one, a matcher each.
   */
  private final Pattern anyOrdinal;

  private WordClasses(Map<WordClass, Set<String>> words, List<Pattern> ordinals) {
    Map<WordClass, Set<String>> copy = new EnumMap<>(WordClass.class);
    for (WordClass c : WordClass.values()) {
      copy.put(c, Set.copyOf(words.getOrDefault(c, Set.of())));
    }
    this.words = copy;
    this.byCasing = byCasing(copy);
    this.ordinals = List.copyOf(ordinals);
    this.anyOrdinal = alternation(this.ordinals);
  }

  private static Map<String, Long> byCasing(Map<WordClass, Set<String>> words) {
    if (WordClass.values().length > Long.SIZE) {
      throw new IllegalStateException("more word classes than bits in a long: " + WordClass.values().length);
    }
    Map<String, Long> out = new HashMap<>();
    for (Map.Entry<WordClass, Set<String>> e : words.entrySet()) {
      long bit = 1L << e.getKey().ordinal();
      for (String w : e.getValue()) {
        if (simpleCasedAscii(w)) {
          String capitalised = Character.toUpperCase(w.charAt(0)) + w.substring(1);
          for (String spelling : new String[] {w, capitalised, w.toUpperCase(Locale.ROOT)}) {
            out.merge(spelling, bit, (a, b) -> a | b);
          }
        }
      }
    }
    return Map.copyOf(out);
  }

  /**
   * Whether a word is non-empty ASCII without '`' (so that {@link NameKeys#fold} only lower-cases it) whose letters
   * are all lower case, all upper case, or lower case but the first character's.
   */
  private static boolean simpleCasedAscii(String w) {
    if (w.isEmpty()) {
      return false;
    }
    boolean upperAfterFirst = false;
    boolean lower = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= 0x80 || c == '`') {
        return false;
      }
      if (c >= 'a' && c <= 'z') {
        lower = true;
      } else if (c >= 'A' && c <= 'Z' && i > 0) {
        upperAfterFirst = true;
      }
    }
    if (!lower || !upperAfterFirst) {
      return true; // no lower-case letter: in capitals; else no capital after the first character
    }
    return false; // "McDonald", "d'Italia", "URSSa": left to fold
  }

  private static Pattern alternation(List<Pattern> patterns) {
    if (patterns.size() < 2) {
      return null;
    }
    StringBuilder all = new StringBuilder();
    for (Pattern p : patterns) {
      String regex = p.pattern();
      if (p.flags() != 0 || regex.replace("(?:", "").contains("(?") || BACK_REFERENCE.matcher(regex).find()) {
        return null;
      }
      all.append(all.length() == 0 ? "" : "|").append("(?:").append(regex).append(')');
    }
    return Pattern.compile(all.toString());
  }

  /** True when the ordinal patterns are matched as one alternation (one matcher per token). */
  boolean ordinalsAsOneAlternation() {
    return anyOrdinal != null;
  }

  /** A back-reference ({@code \1}, {@code \k<name>}) or anything else escaped with a digit or {@code k}. */
  private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\[0-9k]");

  /** The bundled {@code rules.tsv}. */
  public static WordClasses fromClasspath() {
    try (BufferedReader r = Gazetteer.resource("rules.tsv")) {
      return parse(r, "rules.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + Gazetteer.BASE + "rules.tsv", e);
    }
  }

  /** A file in the format of the bundled {@code rules.tsv}. */
  public static WordClasses load(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString());
    }
  }

  private static WordClasses parse(BufferedReader r, String name) throws IOException {
    Map<WordClass, Set<String>> words = new EnumMap<>(WordClass.class);
    List<Pattern> ordinals = new ArrayList<>();
    for (DataLines.Line dl : DataLines.read(r)) {
      String line = dl.text();
      int n = dl.number();
      String[] cols = line.split("\t");
      if (cols.length != 2 || cols[1].isBlank()) {
        throw new IllegalArgumentException(name + ":" + n + ": expected CLASS<TAB>WORD, got '" + line + "'");
      }
      WordClass c = WordClass.parse(cols[0], name + ":" + n);
      if (c == WordClass.ORDINAL_REGEX) {
        ordinals.add(Pattern.compile(cols[1].strip()));
      } else {
        words.computeIfAbsent(c, k -> new HashSet<>()).add(NameKeys.fold(cols[1].strip()));
      }
    }
    return new WordClasses(words, ordinals);
  }

  /** True when the word (any case) belongs to the class. */
  public boolean is(WordClass c, String word) {
    if (simpleCasedAscii(word)) {
      Long bits = byCasing.get(word);
      return bits != null && (bits & (1L << c.ordinal())) != 0;
    }
    return isFolded(c, word);
  }

  /** {@link #is} by the folded word's lookup in the class's set (what {@code is} answers for every word). */
  boolean isFolded(WordClass c, String word) {
    return words.get(c).contains(NameKeys.fold(word));
  }

  /** The folded words listed in a class (for tests). */
  Set<String> listed(WordClass c) {
    return words.get(c);
  }

  /** True when the token is an ordinal of an {@code ordinal-regex} line ("XIV", "14°"). */
  public boolean ordinal(String token) {
    if (anyOrdinal != null) {
      return anyOrdinal.matcher(token).matches();
    }
    for (Pattern p : ordinals) {
      if (p.matcher(token).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The stem of a derived word: the folded word without its {@code derived-suffix} or {@code derived-always}
   * ending when at least {@code minStem} letters remain ("trotskisti" → "trotsk"), else null.
   */
  public String derivedStem(String word, int minStem) {
    String f = NameKeys.fold(word);
    String best = null;
    for (WordClass c : List.of(WordClass.DERIVED_SUFFIX, WordClass.DERIVED_ALWAYS)) {
      for (String suffix : words.get(c)) {
        if (f.endsWith(suffix) && f.length() - suffix.length() >= minStem
            && (best == null || f.length() - suffix.length() < best.length())) {
          best = f.substring(0, f.length() - suffix.length());
        }
      }
    }
    return best;
  }

  /**
   * True when the word ends with a {@code person-suffix} ("Dostojewsky", "Mickiewicz") after at least three other
   * letters: a surname.
   */
  public boolean personSuffix(String word) {
    String f = NameKeys.fold(word);
    for (String suffix : words.get(WordClass.PERSON_SUFFIX)) {
      if (f.endsWith(suffix) && f.length() >= suffix.length() + 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the word is a Russian patronymic: capitalised and ending with a {@code patronymic-suffix}
   * ("Davidovič", "Il'ič", "Konstantinovna") after at least two other letters.
   */
  public boolean patronymic(String word) {
    if (!NameKeys.capitalised(word)) {
      return false;
    }
    String f = NameKeys.fold(word);
    for (String suffix : words.get(WordClass.PATRONYMIC_SUFFIX)) {
      if (f.endsWith(suffix) && f.length() >= suffix.length() + 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the word ends with an {@code adverb-suffix} ("Oggettivamente", "Naturalmente") after at least four
   * other letters: an adverb, never a name word ("Clemente" is none).
   */
  public boolean adverb(String word) {
    String f = NameKeys.fold(word);
    for (String suffix : words.get(WordClass.ADVERB_SUFFIX)) {
      if (f.endsWith(suffix) && f.length() >= suffix.length() + 4) {
        return true;
      }
    }
    return false;
  }

  /** True when the word ends with a {@code derived-always} suffix ("leninismo"): never a name. */
  public boolean alwaysDerived(String word) {
    String f = NameKeys.fold(word);
    for (String suffix : words.get(WordClass.DERIVED_ALWAYS)) {
      if (f.endsWith(suffix) && f.length() > suffix.length() + 2) {
        return true;
      }
    }
    return false;
  }
}
