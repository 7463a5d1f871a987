package it.storia.extractor.ner;

import it.storia.extractor.decode.CommonWordCounts;
import it.storia.extractor.io.CountTable;
import it.storia.extractor.io.KeyValues;
import it.storia.extractor.model.Entity;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Token;
import it.storia.extractor.text.AnalyzedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Given names from silver counts (session 18): a word that the silver corpora often use as the first word of a
 * PERSON mention of two or more words ("Giovanni", "Arrigo", "Walter") and rarely write in lower case or as the
 * first word of a place or organisation ("San", "Don", "Villa" are not given names) makes a capitalised run that
 * opens with it a person:
 * <ul>
 *   <li>extended: an uncovered given name right before a person opens it ("Galileo" + "Ferraris"); a person of
 *       three or more words starts at a given name inside it that follows common or place words and precedes one
 *       more word ("Della Repubblica Giorgio Napolitano" → "Giorgio Napolitano"; with {@code extend-persons});</li>
 *   <li>added: an uncovered run GIVEN + one to {@code max-words} − 1 capitalised words, none a common word, a
 *       listed name, a Roman numeral or a word the counts know mostly inside places and organisations, not after a
 *       capitalised word or a street, place or geographic noun ("Arrigo Boito", "Stefano Bonaccini");</li>
 *   <li>re-typed: a place or organisation that only the statistical model proposed (of a type in
 *       {@code retype-types}), of two to {@code max-words} capitalised words under the same conditions, that no
 *       list knows and the silver name counts never saw as a place or organisation ("Walter Pusceddu" ORG); a
 *       place right after a {@code place-cues} word stays a place ("in Abu Dhabi", "nella Louis Vuitton Cup").</li>
 * </ul>
 * A given name is a word of at least {@code min-given-letters} letters ("El", "Al" are articles of Arabic names)
 * with GIVEN at least {@code min-given} and GIVEN at least {@code min-given-share} of GIVEN + FIRST_ORGLOC + LOWER
 * (counts file {@code person-words.tsv.gz}, written by {@code dev/person_words.py}:
 * {@code WORD GIVEN SURNAME SINGLE ORGLOC FIRST_ORGLOC LOWER CAP}). A common word is one the common-word counts
 * ({@code common-words.tsv.gz}: {@code WORD LOWER CAP PER ORG LOC}) write in lower case at least {@code min-lower}
 * times and in at least {@code min-lower-share} of its occurrences; a place word is one whose ORG + LOC there
 * exceeds its PER plus its SURNAME + SINGLE here.
 *
 * <p>Configuration: {@code ner/person-words.properties} ({@code min-given=0} switches both steps off). Unknown keys
 * and bad values are errors naming the file, line and value. Immutable and thread-safe.
 */
public final class PersonWords {
  /** The bundled configuration. */
  public static final String CONFIG_RESOURCE = "/it/storia/extractor/ner/person-words.properties";
  /** The bundled person-word counts, packaged with the models. */
  public static final String WORDS_RESOURCE = "/it/storia/extractor/models/person-words.tsv.gz";
  private static final Set<String> KEYS = Set.of("min-given", "min-given-share", "min-lower", "min-lower-share",
      "max-words", "add-missed", "retype-types", "stop-before", "place-cues", "extend-persons", "keep-before",
      "min-given-letters", "realm-names");
  private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
  private static final PersonWords NONE = new PersonWords(CountTable.empty(7), CountTable.empty(5), 0, 1, 1, 1, 2, false,
      EnumSet.noneOf(EntityType.class), Set.of(), Set.of(), false, Set.of(), 1, false);

  private final CountTable persons;
  private final CountTable common;
  private final int minGiven;
  private final double minGivenShare;
  private final int minLower;
  private final double minLowerShare;
  private final int maxWords;
  private final boolean addMissed;
  private final Set<EntityType> retypeTypes;
  private final Set<String> stopBefore;
  private final Set<String> placeCues;
  private final boolean extendPersons;
  private final Set<String> keepBefore;
  private final int minGivenLetters;
  private final boolean realmNames;

  /** Takes two immutable count tables (shared, not copied: 27,756 common words). */
  private PersonWords(CountTable persons, CountTable common, int minGiven, double minGivenShare,
      int minLower, double minLowerShare, int maxWords, boolean addMissed, Set<EntityType> retypeTypes,
      Set<String> stopBefore, Set<String> placeCues, boolean extendPersons, Set<String> keepBefore,
      int minGivenLetters, boolean realmNames) {
    this.persons = persons;
    this.common = common;
    this.minGiven = minGiven;
    this.minGivenShare = minGivenShare;
    this.minLower = minLower;
    this.minLowerShare = minLowerShare;
    this.maxWords = maxWords;
    this.addMissed = addMissed;
    this.retypeTypes = retypeTypes.isEmpty() ? Set.of() : Set.copyOf(retypeTypes);
    this.stopBefore = Set.copyOf(stopBefore);
    this.placeCues = Set.copyOf(placeCues);
    this.extendPersons = extendPersons;
    this.keepBefore = Set.copyOf(keepBefore);
    this.minGivenLetters = minGivenLetters;
    this.realmNames = realmNames;
  }

  /** Adds and re-types nothing. */
  public static PersonWords none() {
    return NONE;
  }

  /**
   * The bundled configuration and counts ({@link #none()} when the configuration says {@code min-given=0}); the
   * common-word counts are the process's one reading of them ({@link CommonWordCounts#bundled()}).
   */
  public static PersonWords fromClasspath() {
    try (InputStream config = resource(CONFIG_RESOURCE);
        InputStream words = resource(WORDS_RESOURCE)) {
      return read(new InputStreamReader(config, StandardCharsets.UTF_8), CONFIG_RESOURCE,
          () -> CountTable.readGzip(words, WORDS_RESOURCE, 7),
          () -> CommonWordCounts.bundled().orElseThrow(
              () -> new IllegalStateException("missing resource " + CommonWordCounts.RESOURCE)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the person-word counts", e);
    }
  }

  /**
   * From a configuration, the person-word counts ({@code WORD} + 7 counts) and the common-word counts
   * ({@code WORD} + 5 counts); for tests and tools.
   */
  public static PersonWords read(Reader config, String configSource, Reader words, String wordsSource,
      Reader common, String commonSource) throws IOException {
    return read(config, configSource, () -> NameTypeCounts.countTable(words, wordsSource, 7),
        () -> NameTypeCounts.countTable(common, commonSource, 5));
  }

  /** A count table, read only when the configuration switches the step on. */
  @FunctionalInterface
  private interface Table {
    CountTable get() throws IOException;
  }

  private static PersonWords read(Reader config, String configSource, Table words, Table common)
      throws IOException {
    KeyValues v = KeyValues.read(new BufferedReader(config), configSource, KEYS);
    int minGiven = v.integer("min-given");
    if (minGiven < 0) {
      throw v.error("min-given", "must be at least 0 (0: off): " + minGiven, null);
    }
    if (minGiven == 0) {
      return NONE;
    }
    double givenShare = v.decimal("min-given-share");
    if (!(givenShare > 0 && givenShare <= 1)) {
      throw v.error("min-given-share", "must be in (0, 1]: " + givenShare, null);
    }
    int minLower = v.integer("min-lower");
    if (minLower < 1) {
      throw v.error("min-lower", "must be at least 1: " + minLower, null);
    }
    double lowerShare = v.decimal("min-lower-share");
    if (!(lowerShare >= 0 && lowerShare <= 1)) {
      throw v.error("min-lower-share", "must be in [0, 1]: " + lowerShare, null);
    }
    int maxWords = v.integer("max-words");
    if (maxWords < 2) {
      throw v.error("max-words", "must be at least 2: " + maxWords, null);
    }
    int letters = v.integer("min-given-letters");
    if (letters < 1) {
      throw v.error("min-given-letters", "must be at least 1: " + letters, null);
    }
    Set<EntityType> retype = EnumSet.noneOf(EntityType.class);
    String list = v.string("retype-types").trim();
    if (!list.equalsIgnoreCase("none")) {
      for (String t : list.split("\\s+")) {
        EntityType type;
        try {
          type = EntityType.valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw v.error("retype-types", "lists an unknown type: '" + t + "'", e);
        }
        if (type != EntityType.LOCATION && type != EntityType.ORGANIZATION) {
          throw v.error("retype-types", "lists a type that is not a place or organisation: '" + t + "'", null);
        }
        retype.add(type);
      }
    }
    return new PersonWords(words.get(), common.get(), minGiven, givenShare, minLower, lowerShare, maxWords,
        v.bool("add-missed"), retype, wordList(v.string("stop-before")), wordList(v.string("place-cues")),
        v.bool("extend-persons"), wordList(v.string("keep-before")), letters, v.bool("realm-names"));
  }

  /** A space-separated word list, folded. */
  private static Set<String> wordList(String list) {
    Set<String> out = new HashSet<>();
    for (String w : list.trim().split("\\s+")) {
      if (!w.isEmpty()) {
        out.add(NameKeys.fold(w));
      }
    }
    return out;
  }

  private static InputStream resource(String name) {
    InputStream in = PersonWords.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return in;
  }

  /** Whether this step changes anything at all. */
  public boolean enabled() {
    return minGiven > 0 && (addMissed || !retypeTypes.isEmpty() || extendPersons);
  }

  /** Whether the silver counts make the word a given name (the class comment's thresholds). */
  boolean givenName(String word) {
    int r = persons.row(NameKeys.fold(word));
    if (minGiven == 0 || r < 0 || word.codePointCount(0, word.length()) < minGivenLetters) {
      return false;
    }
    int given = persons.count(r, 0);
    return given >= minGiven && given >= minGivenShare * (given + persons.count(r, 4) + persons.count(r, 5));
  }

  /**
   * Whether the silver counts have seen the word in a person at all: as a given name, a surname or a one-word person
   * ("Massimo", "Sara", "Amico"; not "Mori", "Dichiara"). Session 24: such a word is no common word for the
   * model-span filter ({@link ModelSpanFilter}).
   */
  boolean personWord(String word) {
    int r = persons.row(NameKeys.fold(word));
    return r >= 0 && persons.count(r, 0) + persons.count(r, 1) + persons.count(r, 2) > 0;
  }

  /**
   * With {@code realm-names}, whether the silver counts know the word as the first word of a person more often than
   * as a surname and at least once, under the same share as {@link #givenName} ("Isabella", "Cristina"; not
   * "Facta"): the looser test for a one-word person that opens a ruler's or a noble's name ("Isabella di
   * Gerusalemme").
   */
  boolean mostlyGivenName(String word) {
    int r = persons.row(NameKeys.fold(word));
    if (!realmNames || minGiven == 0 || r < 0 || word.codePointCount(0, word.length()) < minGivenLetters) {
      return false;
    }
    int given = persons.count(r, 0);
    return given >= 1 && given > persons.count(r, 1)
        && given >= minGivenShare * (given + persons.count(r, 4) + persons.count(r, 5));
  }

  /**
   * The found spans with the re-typed model places and organisations and the added given-name persons, sorted by
   * offset. {@code modelOnly} (identity) tells the spans only the model proposed; a re-typed span replaces its
   * original there. {@code known} tells listed names; {@code silver} gives the typed name counts; {@code added}
   * receives every added span.
   */
  public List<Entity> apply(AnalyzedText text, List<Entity> found, Set<Entity> modelOnly, NameTypeCounts silver,
      Predicate<String> known, List<Entity> added) {
    if (!enabled()) {
      return found;
    }
    List<Token> tokens = text.tokens();
    List<Entity> out = new ArrayList<>(found.size());
    boolean changed = false;
    for (Entity e : found) {
      if (modelOnly.contains(e) && retypeTypes.contains(e.type()) && retypes(text, e, silver, known)
          && !(e.type() == EntityType.LOCATION && afterPlaceCue(text, e))) {
        Entity person = new Entity(EntityType.PERSON, e.text(), e.begin(), e.end(), e.sentence(), null,
            e.confidence(), null, null);
        modelOnly.add(person);
        out.add(person);
        changed = true;
      } else {
        out.add(e);
      }
    }
    if (extendPersons) {
      List<Entity> extended = extended(text, out, modelOnly, known);
      changed |= extended != out;
      out = extended;
    }
    if (addMissed) {
      boolean[] covered = covered(text, out);
      int before = out.size();
      for (int i = 0; i < tokens.size(); i++) {
        if (covered[i] || !givenName(tokens.get(i).norm()) || !capitalised(tokens.get(i)) || !freeBefore(tokens, i)) {
          continue;
        }
        int n = 1;
        while (n < maxWords && i + n < tokens.size() && !covered[i + n]
            && tokens.get(i + n).sentence() == tokens.get(i).sentence() && nameWord(tokens.get(i + n), known)) {
          n++;
        }
        if (n < 2) {
          continue;
        }
        Token first = tokens.get(i);
        Token last = tokens.get(i + n - 1);
        String name = text.original().substring(first.begin(), last.end());
        if (known.test(name) || placeWord(last.norm()) || placed(name, silver)) {
          continue;
        }
        Entity person = new Entity(EntityType.PERSON, name, first.begin(), last.end(), first.sentence(), null, null,
            null, null);
        out.add(person);
        added.add(person);
        i += n - 1;
      }
      if (out.size() > before) {
        out.sort(Comparator.comparingInt(Entity::begin).thenComparingInt(Entity::end));
        changed = true;
      }
    }
    return changed ? out : found;
  }

  /**
   * Persons whose given name was left out or whose span opens with other capitalised words: an uncovered given name
   * right before a person of the same sentence opens that person ("Galileo" + "Ferraris"), and a person of three or
   * more words that is no listed name and has a given name inside, after words that are each a common word or a
   * place word (so no unknown given name: "Clemens August Droste zu Vischering" stays) and no {@code keep-before}
   * word (saints' prefixes), and before at least one more word, starts at the given name ("Della Repubblica Giorgio
   * Napolitano" → "Giorgio Napolitano"). The new span keeps the old one's place in {@code modelOnly}.
   */
  private List<Entity> extended(AnalyzedText text, List<Entity> found, Set<Entity> modelOnly,
      Predicate<String> known) {
    List<Token> tokens = text.tokens();
    boolean[] covered = covered(text, found);
    List<Entity> out = new ArrayList<>(found.size());
    boolean changed = false;
    for (Entity e : found) {
      int first = text.firstTokenEndingAfter(e.begin());
      int begin = e.begin();
      if (e.type() == EntityType.PERSON && first > 0 && first < tokens.size() && tokens.get(first).begin() == begin
          && !covered[first - 1] && tokens.get(first - 1).sentence() == tokens.get(first).sentence()
          && givenName(tokens.get(first - 1).norm()) && capitalised(tokens.get(first - 1))
          && freeBefore(tokens, first - 1) && capitalised(tokens.get(first))) {
        begin = tokens.get(first - 1).begin();
      } else if (e.type() == EntityType.PERSON && !known.test(e.text())) {
        int last = first;
        while (last + 1 < tokens.size() && tokens.get(last + 1).begin() < e.end()) {
          last++;
        }
        for (int k = first; k < last && last - first >= 2; k++) {
          Token t = tokens.get(k);
          if (givenName(t.norm()) && capitalised(t)) {
            if (k > first) {
              begin = t.begin();
            }
            break;
          }
          if (keepBefore.contains(NameKeys.fold(t.norm()))
              || !(commonWord(t.norm()) || placeWord(t.norm()))) {
            break;
          }
        }
      }
      if (begin == e.begin()) {
        out.add(e);
        continue;
      }
      Entity person = new Entity(EntityType.PERSON, text.original().substring(begin, e.end()), begin, e.end(),
          e.sentence(), null, e.confidence(), null, null);
      if (modelOnly.contains(e)) {
        modelOnly.add(person);
      }
      out.add(person);
      changed = true;
    }
    return changed ? out : found;
  }

  /** For each token of the text, whether one of the spans covers it. */
  private static boolean[] covered(AnalyzedText text, List<Entity> spans) {
    List<Token> tokens = text.tokens();
    boolean[] covered = new boolean[tokens.size()];
    for (Entity e : spans) {
      for (int k = text.firstTokenEndingAfter(e.begin()); k < tokens.size() && tokens.get(k).begin() < e.end(); k++) {
        covered[k] = true;
      }
    }
    return covered;
  }

  /** A model place or organisation of capitalised name words opening with a given name (the class comment). */
  private boolean retypes(AnalyzedText text, Entity e, NameTypeCounts silver, Predicate<String> known) {
    List<Token> tokens = text.tokens();
    int first = text.firstTokenEndingAfter(e.begin());
    if (first >= tokens.size() || tokens.get(first).begin() != e.begin() || !givenName(tokens.get(first).norm())
        || !capitalised(tokens.get(first)) || !freeBefore(tokens, first) || known.test(e.text())
        || placed(e.text(), silver)) {
      return false;
    }
    int n = 1;
    while (first + n < tokens.size() && tokens.get(first + n).begin() < e.end()) {
      if (n >= maxWords || !nameWord(tokens.get(first + n), known)) {
        return false;
      }
      n++;
    }
    return n >= 2 && tokens.get(first + n - 1).end() == e.end() && !placeWord(tokens.get(first + n - 1).norm());
  }

  /** Whether a {@code place-cues} word of the same sentence stands right before the span ("in Abu Dhabi"). */
  private boolean afterPlaceCue(AnalyzedText text, Entity e) {
    List<Token> tokens = text.tokens();
    int first = text.firstTokenEndingAfter(e.begin());
    return first > 0 && first < tokens.size() && tokens.get(first - 1).sentence() == tokens.get(first).sentence()
        && placeCues.contains(NameKeys.fold(tokens.get(first - 1).norm()));
  }

  /** Whether the silver counts ever saw the name as a place or organisation ("Vittorio Veneto"). */
  private static boolean placed(String name, NameTypeCounts silver) {
    return silver.mentions(name, EntityType.LOCATION) + silver.mentions(name, EntityType.ORGANIZATION) > 0;
  }

  /** The token before a given name is no capitalised word of its sentence and no {@code stop-before} word. */
  private boolean freeBefore(List<Token> tokens, int i) {
    if (i == 0 || tokens.get(i - 1).sentence() != tokens.get(i).sentence()) {
      return true;
    }
    String prev = tokens.get(i - 1).norm();
    return !(Character.isLetter(prev.codePointAt(0)) && Character.isUpperCase(prev.codePointAt(0)))
        && !stopBefore.contains(NameKeys.fold(prev));
  }

  /** A capitalised word of letters, not in capitals only ("ONU"), not a Roman numeral. */
  private static boolean capitalised(Token t) {
    String w = t.norm();
    return w.length() >= 2 && Character.isUpperCase(w.codePointAt(0)) && w.codePoints().allMatch(Character::isLetter)
        && !ROMAN.matcher(w).matches() && !NameKeys.allCaps(w);
  }

  /** A word that may continue a person after a given name: capitalised, no common word, no listed name. */
  private boolean nameWord(Token t, Predicate<String> known) {
    return capitalised(t) && !commonWord(t.norm()) && !known.test(t.norm());
  }

  private boolean commonWord(String word) {
    int r = common.row(NameKeys.fold(word));
    if (r < 0) {
      return false;
    }
    int lower = common.count(r, 0);
    return lower >= minLower && lower >= minLowerShare * (lower + common.count(r, 1));
  }

  /** A word the counts know mostly inside places and organisations ("Veneto", "Koch"). */
  private boolean placeWord(String word) {
    String key = NameKeys.fold(word);
    int c = common.row(key);
    if (c < 0) {
      return false;
    }
    int p = persons.row(key);
    int person = common.count(c, 2) + (p < 0 ? 0 : persons.count(p, 1) + persons.count(p, 2));
    return common.count(c, 3) + common.count(c, 4) > person;
  }

  @Override
  public String toString() {
    return "PersonWords" + (enabled() ? " min-given=" + minGiven + " min-given-share=" + minGivenShare
        + " add-missed=" + addMissed + " retype-types=" + retypeTypes : " off");
  }
}
