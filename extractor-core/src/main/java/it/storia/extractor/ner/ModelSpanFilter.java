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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Drops capitalised common words that only the statistical model calls names (session 17): a model span of a
 * type in {@code types} that no list knows and whose silver counts ({@link NameTypeCounts}) give it fewer than
 * {@code min-silver} mentions of that type is dropped when every capitalised word of it is a common word, or when
 * it is a Roman numeral alone ("XIX"). A common word is written in lower case at least {@code min-lower} times and
 * in at least {@code min-lower-share} of its occurrences inside sentences of unlabelled text ("Pontificato",
 * "Monarchia", "Seminario"; the counts file {@code common-words.tsv.gz}, {@code WORD<TAB>LOWER<TAB>CAP}, written
 * by {@code dev/common_words.py}). With {@code sentence-initial-only} only spans that open a sentence are dropped
 * for common words.
 *
 * <p>Configuration: {@code ner/model-filter.properties}; {@code enabled=false} keeps every span (the shipped
 * behaviour until session 24, which turned it on for one-word persons). Unknown keys and bad values are errors naming
 * the file, line and value. Immutable and thread-safe.
 */
public final class ModelSpanFilter {
  /** The bundled configuration. */
  public static final String CONFIG_RESOURCE = "/it/storia/extractor/ner/model-filter.properties";
  /** The bundled common-word counts, packaged with the models. */
  public static final String WORDS_RESOURCE = CommonWordCounts.RESOURCE;
  private static final Set<String> KEYS = Set.of("enabled", "types", "min-lower", "min-lower-share", "min-silver",
      "roman-numerals", "sentence-initial-only", "unattested-types", "cues", "min-person", "min-person-share", "max-words");
  private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");
  private static final ModelSpanFilter OFF = new ModelSpanFilter(CountTable.empty(5), EnumSet.noneOf(EntityType.class), 1, 1,
      1, false, false, EnumSet.noneOf(EntityType.class), Set.of(), 0, 1, 1);

  private final CountTable words;
  private final Set<EntityType> types;
  private final int minLower;
  private final double minLowerShare;
  private final int minSilver;
  private final boolean romanNumerals;
  private final boolean sentenceInitialOnly;
  private final Set<EntityType> unattested;
  private final Set<String> cues;
  private final int minPerson;
  private final double minPersonShare;
  private final int maxWords;

  /** Takes an unmodifiable count table that nothing writes (shared, not copied). */
  private ModelSpanFilter(CountTable words, Set<EntityType> types, int minLower, double minLowerShare,
      int minSilver, boolean romanNumerals, boolean sentenceInitialOnly, Set<EntityType> unattested,
      Set<String> cues, int minPerson, double minPersonShare, int maxWords) {
    this.words = words;
    this.types = Set.copyOf(types);
    this.minLower = minLower;
    this.minLowerShare = minLowerShare;
    this.minSilver = minSilver;
    this.romanNumerals = romanNumerals;
    this.sentenceInitialOnly = sentenceInitialOnly;
    this.unattested = Set.copyOf(unattested);
    this.cues = Set.copyOf(cues);
    this.minPerson = minPerson;
    this.minPersonShare = minPersonShare;
    this.maxWords = maxWords;
  }

  /** Drops nothing. */
  public static ModelSpanFilter off() {
    return OFF;
  }

  /** The bundled configuration and counts ({@link #off()} when the configuration says {@code enabled=false}). */
  public static ModelSpanFilter fromClasspath() {
    KeyValues v;
    try (InputStream in = resource(CONFIG_RESOURCE)) {
      v = KeyValues.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), CONFIG_RESOURCE,
          KEYS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CONFIG_RESOURCE, e);
    }
    if (!v.bool("enabled")) {
      return OFF;
    }
    return configured(v, CommonWordCounts.bundled().orElseThrow(
        () -> new IllegalStateException("missing resource " + WORDS_RESOURCE)));
  }

  /** A filter from a configuration and a counts table ({@code WORD<TAB>LOWER<TAB>CAP}); for tests and tools. */
  public static ModelSpanFilter read(Reader config, String configSource, Reader counts, String countsSource)
      throws IOException {
    KeyValues v = KeyValues.read(new BufferedReader(config), configSource, KEYS);
    return v.bool("enabled") ? configured(v, readWords(counts, countsSource)) : OFF;
  }

  private static ModelSpanFilter configured(KeyValues v, CountTable words) {
    Set<EntityType> types = typeList(v, "types");
    Set<EntityType> unattested = typeList(v, "unattested-types");
    types.addAll(unattested);
    int minLower = v.integer("min-lower");
    if (minLower < 1) {
      throw v.error("min-lower", "must be at least 1: " + minLower, null);
    }
    double share = v.decimal("min-lower-share");
    if (!(share >= 0 && share <= 1)) {
      throw v.error("min-lower-share", "must be in [0, 1]: " + share, null);
    }
    int minSilver = v.integer("min-silver");
    if (minSilver < 1) {
      throw v.error("min-silver", "must be at least 1: " + minSilver, null);
    }
    Set<String> cues = new HashSet<>();
    for (String c : v.string("cues").trim().split("\\s+")) {
      if (!c.isEmpty()) {
        cues.add(NameKeys.fold(c));
      }
    }
    int minPerson = v.integer("min-person");
    if (minPerson < 0) {
      throw v.error("min-person", "must be at least 0 (0: off): " + minPerson, null);
    }
    double personShare = v.decimal("min-person-share");
    if (!(personShare > 0.5 && personShare <= 1)) {
      throw v.error("min-person-share", "must be above 0.5 and at most 1: " + personShare, null);
    }
    int maxWords = v.integer("max-words");
    if (maxWords < 1) {
      throw v.error("max-words", "must be at least 1: " + maxWords, null);
    }
    return new ModelSpanFilter(words, types, minLower, share, minSilver, v.bool("roman-numerals"),
        v.bool("sentence-initial-only"), unattested, cues, minPerson, personShare, maxWords);
  }

  /** A space-separated list of name types (PERSON, ORGANIZATION, LOCATION), or {@code none}. */
  private static Set<EntityType> typeList(KeyValues v, String key) {
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    String list = v.string(key).trim();
    if (list.equalsIgnoreCase("none")) {
      return types;
    }
    for (String t : list.split("\\s+")) {
      EntityType type;
      try {
        type = EntityType.valueOf(t.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw v.error(key, "lists an unknown type: '" + t + "'", e);
      }
      if (type == EntityType.DATE) {
        throw v.error(key, "lists a type that is no name: '" + t + "'", null);
      }
      types.add(type);
    }
    return types;
  }

  private static CountTable readWords(Reader reader, String source) throws IOException {
    return NameTypeCounts.countTable(reader, source, 5);
  }

  private static InputStream resource(String name) {
    InputStream in = ModelSpanFilter.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return in;
  }

  /** Whether this filter drops anything at all. */
  public boolean enabled() {
    return !types.isEmpty();
  }

  /**
   * The spans without the model's common words: a span in {@code modelOnly} (identity) is dropped when it is of a
   * filtered type, {@code listed} does not know its text, its silver counts do not vouch for its type, and it is a
   * common word run or a Roman numeral as the class comment says; every other span is kept in order. A model place
   * re-typed PERSON replaces the place in the output and is added to {@code modelOnly}.
   */
  public List<Entity> apply(AnalyzedText text, List<Entity> found, Set<Entity> modelOnly, NameTypeCounts silver,
      Predicate<String> listed) {
    if (!enabled()) {
      return found;
    }
    List<Entity> out = new ArrayList<>(found.size());
    for (Entity e : found) {
      boolean model = modelOnly.contains(e) && types.contains(e.type());
      if (model && drops(text, e, silver, listed)) {
        continue;
      }
      if (model && e.type() == EntityType.LOCATION && namesPerson(e, silver, listed)) {
        Entity person = new Entity(EntityType.PERSON, e.text(), e.begin(), e.end(), e.sentence(), null,
            e.confidence(), null, null);
        modelOnly.add(person);
        out.add(person);
      } else {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Whether a model place opens with a word that tagged text writes inside persons: at least {@code min-person}
   * times and in at least {@code min-person-share} of its typed occurrences ("Eugenio di Beauharnais"); the place
   * is then a person. Never for a listed name or one the silver counts know as a place.
   */
  private boolean namesPerson(Entity e, NameTypeCounts silver, Predicate<String> listed) {
    if (minPerson == 0 || listed.test(e.text()) || silver.mentions(e.text(), EntityType.LOCATION) > 0) {
      return false;
    }
    int space = e.text().indexOf(' ');
    int r = words.row(NameKeys.fold(space < 0 ? e.text() : e.text().substring(0, space)));
    if (r < 0) {
      return false;
    }
    int person = words.count(r, 2);
    return person >= minPerson && person >= minPersonShare * (person + words.count(r, 3) + words.count(r, 4));
  }

  private boolean drops(AnalyzedText text, Entity e, NameTypeCounts silver, Predicate<String> listed) {
    if (listed.test(e.text()) || silver.mentions(e.text(), e.type()) >= minSilver) {
      return false;
    }
    if (romanNumerals && ROMAN.matcher(e.text()).matches()) {
      return true;
    }
    List<Token> tokens = text.tokens();
    int first = text.firstTokenEndingAfter(e.begin());
    if (unattested.contains(e.type()) && silver.mentions(e.text(), EntityType.PERSON)
        + silver.mentions(e.text(), EntityType.ORGANIZATION) + silver.mentions(e.text(), EntityType.LOCATION) == 0
        && !(first > 0 && tokens.get(first - 1).sentence() == tokens.get(first).sentence()
            && cues.contains(NameKeys.fold(tokens.get(first - 1).norm())))) {
      return true;
    }
    boolean opensSentence = first < tokens.size() && tokens.get(first).begin() == e.begin()
        && (first == 0 || tokens.get(first - 1).sentence() != tokens.get(first).sentence());
    int capitalised = 0;
    int words = 0;
    for (int i = first; i < tokens.size() && tokens.get(i).begin() < e.end(); i++) {
      String w = tokens.get(i).norm();
      if (Character.isLetter(w.charAt(0))) {
        words++;
      }
      if (Character.isUpperCase(w.charAt(0))) {
        if (allCapitals(w) || !common(w)) {
          return false;
        }
        capitalised++;
      }
    }
    return capitalised > 0 && words <= maxWords && (!sentenceInitialOnly || opensSentence);
  }

  /** Whether a word of two or more characters is written in capitals only ("MI", "VA": an acronym, not a word). */
  private static boolean allCapitals(String w) {
    return w.length() >= 2 && NameKeys.allCaps(w);
  }

  /** Whether unlabelled text writes the word in lower case often enough to make it a common word. */
  boolean common(String word) {
    int r = words.row(NameKeys.fold(word));
    if (r < 0) {
      return false;
    }
    int lower = words.count(r, 0);
    return lower >= minLower && lower >= minLowerShare * (lower + words.count(r, 1));
  }

  @Override
  public String toString() {
    return "ModelSpanFilter" + (enabled() ? types + " min-lower=" + minLower + " min-lower-share=" + minLowerShare
        + " min-silver=" + minSilver + " roman-numerals=" + romanNumerals + " sentence-initial-only="
        + sentenceInitialOnly : " off");
  }
}
