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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

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
    PORTFOLIO_NOUN, PORTFOLIO_TITLE, TOPIC_HEAD, TOPIC_LINK, ABOUT_HEAD, ABOUT_LINK, TOPIC_ARTICLE, TOPIC_JOIN,
    TOPIC_PLACE, TREATY_HEAD, NUMERAL_BODY, NUMERAL_NOUN, PORTFOLIO_ALONE, COMPASS_REGION, COMPASS_LINK;

    static WordClass parse(String name, String where) {
      try {
        return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": unknown word class '" + name + "'", e);
      }
    }
  }

  private final Map<WordClass, Set<String>> words;
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
    this.ordinals = List.copyOf(ordinals);
    this.anyOrdinal = alternation(this.ordinals);
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

  /** A title with this prefix is a title too: "l'ex-imperatore Heizei", "l'ex-ministro Heyman" (session 15). */
  private static final String FORMER = "ex-";
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
        try {
          ordinals.add(Pattern.compile(cols[1].strip()));
        } catch (PatternSyntaxException e) {
          throw new IllegalArgumentException(name + ":" + n + ": bad regular expression '" + cols[1].strip() + "': "
              + e.getDescription(), e);
        }
      } else {
        words.computeIfAbsent(c, k -> new HashSet<>()).add(NameKeys.fold(cols[1].strip()));
      }
    }
    return new WordClasses(words, ordinals);
  }

  /** True when the word (any case) belongs to the class; a {@code title} after "ex-" is a title too. */
  public boolean is(WordClass c, String word) {
    String key = NameKeys.fold(word);
    return words.get(c).contains(key)
        || c == WordClass.TITLE && key.startsWith(FORMER) && words.get(c).contains(key.substring(FORMER.length()));
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
