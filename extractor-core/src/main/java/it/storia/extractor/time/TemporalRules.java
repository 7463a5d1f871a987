package it.storia.extractor.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The compiled rule file of a {@link RuleTemporalTagger}: a lexicon (month names, seasons, modifiers, number
 * words...), macros, and rules, each a {@link Pattern} with the {@link Normalization} that reads its groups.
 *
 * <p>Input: the text of a rule file (format in the header of the bundled {@code temporal-rules.txt}). Output:
 * compiled rules. Immutable and thread-safe.
 */
final class TemporalRules {
  private static final Pattern MACRO = Pattern.compile("\\{@([A-Z0-9_]+)\\}");
  /** The macro naming future-tense verb forms. */
  static final String FUTURE_MACRO = "FUTURE";
  /** The macro naming the auxiliaries of the pluperfect ("aveva", "erano"). */
  static final String PLUPERFECT_MACRO = "PLUPERFECT";
  /** The macro naming past participles ("dimostrato", "giunti"). */
  static final String PARTICIPLE_MACRO = "PARTICIPLE";
  /** The macro naming the auxiliaries that also make a passive imperfect ("era", "erano", "fosse"). */
  static final String ESSERE_MACRO = "ESSERE";
  /** The macro naming the participles that take "essere" in the pluperfect ("partito", "stato", "giunti"). */
  static final String ESSERE_PARTICIPLE_MACRO = "ESSEREPARTICIPLE";
  /** The macro naming what stands before a day that recurs every year ("si festeggia il", "commemorato il"). */
  static final String RECURRING_MACRO = "RECURRING";
  /** The macro naming the verb forms that tell a past story: the passato remoto and the imperfect ("fu", "parlava"). */
  static final String NARRATIVE_PAST_MACRO = "NARRATIVEPAST";
  /** The macro naming the verb forms of the present ("è", "ha", "preme", "dicono"). */
  static final String PRESENT_MACRO = "PRESENT";
  private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  /**
   * One compiled rule; {@code starts} are the characters a match can start with (derived from the expanded regex
   * at load: the tagger skips the token starts no match can begin at).
   */
  record Rule(String name, Normalization normalization, Pattern pattern, List<String> groups, StartChars starts) {}

  private final Map<String, Map<String, String>> lexicon;
  private final List<Rule> rules;
  private final Set<String> triggers;
  private final Pattern future;
  private final Pattern pluperfect;
  private final Pattern participle;
  private final Pattern essere;
  private final Pattern essereParticiple;
  private final Pattern recurring;
  private final Pattern narrativePast;
  private final Pattern present;

  private TemporalRules(Map<String, Map<String, String>> lexicon, List<Rule> rules, Pattern future,
      Pattern pluperfect, Pattern participle, Pattern essere, Pattern essereParticiple, Pattern recurring,
      Pattern narrativePast, Pattern present) {
    Map<String, Map<String, String>> copy = new HashMap<>();
    Set<String> words = new HashSet<>();
    lexicon.forEach((k, v) -> {
      copy.put(k, Map.copyOf(v));
      for (String w : v.keySet()) {
        for (String part : w.split(" ")) {
          words.add(part.toLowerCase(Locale.ROOT));
        }
      }
    });
    this.lexicon = Map.copyOf(copy);
    this.rules = List.copyOf(rules);
    this.triggers = Set.copyOf(words);
    this.future = future;
    this.pluperfect = pluperfect;
    this.participle = participle;
    this.essere = essere;
    this.essereParticiple = essereParticiple;
    this.recurring = recurring;
    this.narrativePast = narrativePast;
    this.present = present;
  }

  /**
   * True when a word is a future-tense verb form ("avremo", "sarà"): the macro {@code FUTURE} of the rule file, a
   * whole-word pattern; always false when the file defines none.
   */
  boolean isFutureVerb(String word) {
    return future != null && future.matcher(word).matches();
  }

  /**
   * True when a word is an auxiliary of the pluperfect ("aveva", "erano"): the macro {@code PLUPERFECT}, a
   * whole-word pattern; always false when the file defines none (or no {@code PARTICIPLE}).
   */
  boolean isPluperfectAuxiliary(String word) {
    return pluperfect != null && participle != null && pluperfect.matcher(word).matches();
  }

  /** True when a word is a past participle: the macro {@code PARTICIPLE}, a whole-word pattern. */
  boolean isParticiple(String word) {
    return participle != null && participle.matcher(word).matches();
  }

  /**
   * True when a pluperfect auxiliary also makes a passive imperfect ("era convocata"): the macro {@code ESSERE}, a
   * whole-word pattern; after such an auxiliary only a participle of {@link #isEssereParticiple} (or a reflexive
   * pronoun before the auxiliary) makes a pluperfect. Always false when the file defines none (the auxiliary then
   * makes a pluperfect with any participle).
   */
  boolean isEssereAuxiliary(String word) {
    return essere != null && essereParticiple != null && essere.matcher(word).matches();
  }

  /**
   * True when a participle takes "essere" in the pluperfect ("era partito", "era stata convocata"): the macro
   * {@code ESSEREPARTICIPLE}, a whole-word pattern.
   */
  boolean isEssereParticiple(String word) {
    return essereParticiple != null && essereParticiple.matcher(word).matches();
  }

  /**
   * True when the text before a yearless date says that the day recurs every year ("L'onomastico si festeggia il",
   * "commemorato il 7 agosto dai cappuccini e l'"): the macro {@code RECURRING}, a pattern that must match at the
   * end of {@code before}; always false when the file defines none.
   */
  boolean recursAfter(String before) {
    return recurring != null && recurring.matcher(before).find();
  }

  /**
   * True when a word is a verb form of a past story, a passato remoto or an imperfect ("fu", "venne", "parlava",
   * "recava"): the macro {@code NARRATIVEPAST}, a whole-word pattern; always false when the file defines none.
   */
  boolean isNarrativePastVerb(String word) {
    return narrativePast != null && narrativePast.matcher(word).matches();
  }

  /**
   * True when a word is a verb form of the present ("è", "ha", "preme", "dicono"): the macro {@code PRESENT}, a
   * whole-word pattern; always false when the file defines none.
   */
  boolean isPresentVerb(String word) {
    return present != null && present.matcher(word).matches();
  }

  List<Rule> rules() {
    return rules;
  }

  /**
   * True when a token may be the heart of a date: it holds a digit, or it (or a hyphenated part of it, as in
   * "estate-autunno") is a lexicon word. Rules are only tried a few tokens before such a token.
   */
  boolean isTrigger(String tokenNorm) {
    for (int i = 0; i < tokenNorm.length(); i++) {
      if (Character.isDigit(tokenNorm.charAt(i))) {
        return true;
      }
    }
    String k = tokenNorm.toLowerCase(Locale.ROOT);
    if (triggers.contains(k)) {
      return true;
    }
    if (k.indexOf('-') >= 0) {
      for (String part : k.split("-")) {
        if (triggers.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The value of a word of a lexicon class, or null. Case and inner spacing are ignored. */
  String lookup(String lexClass, String word) {
    Map<String, String> words = lexicon.get(lexClass);
    if (words == null || word == null) {
      return null;
    }
    return words.get(key(word));
  }

  private static String key(String word) {
    return word.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static TemporalRules parse(BufferedReader reader, String name) throws IOException {
    Map<String, Map<String, String>> lexicon = new LinkedHashMap<>();
    Map<String, List<String>> spellings = new HashMap<>();
    Map<String, String> macros = new HashMap<>();
    List<Rule> rules = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      String where = name + ":" + n + ": ";
      switch (cols[0]) {
        case "lex":
          if (cols.length != 4) {
            throw new IllegalArgumentException(where + "expected lex<TAB>CLASS<TAB>word<TAB>value, got '" + line
                + "'");
          }
          if (macros.containsKey(cols[1])) {
            throw new IllegalArgumentException(where + "lexicon class " + cols[1] + " is already a macro");
          }
          if (cols[2].isBlank() || cols[3].isBlank()) {
            throw new IllegalArgumentException(where + "empty word or value in '" + line + "'");
          }
          String earlier = lexicon.computeIfAbsent(cols[1], k -> new LinkedHashMap<>())
              .put(key(cols[2]), cols[3].strip());
          if (earlier != null && !earlier.equals(cols[3].strip())) {
            throw new IllegalArgumentException(where + "'" + cols[2].strip() + "' of lexicon class " + cols[1]
                + " is already '" + earlier + "', got '" + cols[3].strip() + "'");
          }
          spellings.computeIfAbsent(cols[1], k -> new ArrayList<>()).add(cols[2].strip());
          break;
        case "define":
          if (cols.length != 3) {
            throw new IllegalArgumentException(where + "expected define<TAB>NAME<TAB>regex, got '" + line + "'");
          }
          if (macros.containsKey(cols[1]) || lexicon.containsKey(cols[1])) {
            throw new IllegalArgumentException(where + "macro " + cols[1] + " is defined twice");
          }
          macros.put(cols[1], expand(cols[2], macros, spellings, where));
          break;
        case "rule":
          if (cols.length != 4) {
            throw new IllegalArgumentException(where + "expected rule<TAB>NAME<TAB>NORMALISER<TAB>regex, got '"
                + line + "'");
          }
          Normalization normalization;
          try {
            normalization = Normalization.valueOf(cols[2]);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "unknown normaliser '" + cols[2] + "' in rule " + cols[1], e);
          }
          String regex = expand(cols[3], macros, spellings, where);
          Pattern pattern;
          try {
            pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
          } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(where + "bad pattern in rule " + cols[1] + ": " + e.getMessage(), e);
          }
          List<String> groups = new ArrayList<>();
          Matcher g = GROUP.matcher(regex);
          while (g.find()) {
            groups.add(g.group(1));
          }
          rules.add(new Rule(cols[1], normalization, pattern, groups, StartChars.of(regex)));
          break;
        default:
          throw new IllegalArgumentException(where + "unknown line kind '" + cols[0] + "' (lex, define or rule)");
      }
    }
    if (rules.isEmpty()) {
      throw new IllegalArgumentException(name + ": no rules");
    }
    return new TemporalRules(lexicon, rules, wordPattern(macros, FUTURE_MACRO, name),
        wordPattern(macros, PLUPERFECT_MACRO, name), wordPattern(macros, PARTICIPLE_MACRO, name),
        wordPattern(macros, ESSERE_MACRO, name), wordPattern(macros, ESSERE_PARTICIPLE_MACRO, name),
        wordPattern(macros, RECURRING_MACRO, name), wordPattern(macros, NARRATIVE_PAST_MACRO, name),
        wordPattern(macros, PRESENT_MACRO, name));
  }

  /** The compiled macro the tagger reads by name (whole words, or a cue before a date), or null when absent. */
  private static Pattern wordPattern(Map<String, String> macros, String macro, String name) {
    if (!macros.containsKey(macro)) {
      return null;
    }
    try {
      return Pattern.compile(macros.get(macro), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(name + ": bad pattern in macro " + macro + ": " + e.getMessage(), e);
    }
  }

  /** Replaces each {@code {@NAME}} by its macro, or by the alternation of a lexicon class's words as written. */
  private static String expand(String regex, Map<String, String> macros, Map<String, List<String>> lexicon,
      String where) {
    Matcher m = MACRO.matcher(regex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String ref = m.group(1);
      String body = macros.get(ref);
      if (body == null) {
        List<String> words = lexicon.get(ref);
        if (words == null) {
          throw new IllegalArgumentException(where + "unknown macro or lexicon class {@" + ref + "}");
        }
        body = words.stream().distinct()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(w -> Pattern.quote(w).replace(" ", "\\E\\s{1,2}\\Q"))
            .collect(Collectors.joining("|"));
      }
      m.appendReplacement(out, Matcher.quoteReplacement("(?:" + body + ")"));
    }
    m.appendTail(out);
    return out.toString();
  }
}
