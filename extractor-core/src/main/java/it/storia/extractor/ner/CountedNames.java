package it.storia.extractor.ner;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Places and organisations the statistical model missed, found by their silver counts ({@link NameTypeCounts}): a
 * capitalised run of one to {@code max-words} tokens, opening with a proper noun (POS PROPN) when
 * {@code proper-noun=true}, whose text is a counted name with a clear LOCATION or ORGANIZATION majority under this
 * class's own thresholds, that the same silver text rarely writes in lower case (a common word: "Stato", "Paese",
 * "Congresso"), and that no span found so far overlaps, is that place or organisation ("l'AIEA", "Orvieto",
 * "Confindustria"). The longest counted run wins at each token.
 *
 * <p>The lower-case counts ({@code name-lower.tsv.gz}, {@code NAME<TAB>LOWER}, written with the name counts by
 * {@code dev/name_type_counts.py --lower}: how often the name's words occur opening in lower case in the counted
 * units). The thresholds ({@code ner/counted-names.properties}): {@code min-count}, {@code min-share},
 * {@code min-sources} as in {@code ner/name-types.properties} (a one-word name's surname count adds to PERSON),
 * {@code max-lower-share} (LOWER / (LOWER + mentions) at most this), {@code max-words} and {@code proper-noun};
 * {@code min-count} above every count switches the step off. Unknown keys are errors.
 *
 * <p>Immutable and thread-safe.
 */
public final class CountedNames {
  /** The bundled thresholds. */
  public static final String CONFIG_RESOURCE = "/it/storia/extractor/ner/counted-names.properties";
  /** The bundled lower-case counts, packaged with the models. */
  public static final String LOWER_RESOURCE = "/it/storia/extractor/models/name-lower.tsv.gz";
  private static final Set<String> KEYS = Set.of("min-count", "min-share", "min-sources", "max-lower-share",
      "max-words", "proper-noun");
  private static final CountedNames NONE = new CountedNames(NameTypeCounts.none(), Map.of(), 0, 1, false);

  private final NameTypeCounts counts;
  private final Map<String, Integer> lower;
  private final double maxLowerShare;
  private final int maxWords;
  private final boolean properNoun;

  private CountedNames(NameTypeCounts counts, Map<String, Integer> lower, double maxLowerShare, int maxWords,
      boolean properNoun) {
    this.counts = Objects.requireNonNull(counts, "counts");
    this.lower = Map.copyOf(lower);
    if (!(maxLowerShare >= 0 && maxLowerShare <= 1)) {
      throw new IllegalArgumentException("max-lower-share must be in [0, 1]: " + maxLowerShare);
    }
    if (maxWords < 1) {
      throw new IllegalArgumentException("max-words must be at least 1: " + maxWords);
    }
    this.maxLowerShare = maxLowerShare;
    this.maxWords = maxWords;
    this.properNoun = properNoun;
  }

  /** Adds nothing. */
  public static CountedNames none() {
    return NONE;
  }

  /** The given counts with the bundled lower-case counts and thresholds of this step. */
  public static CountedNames fromClasspath(NameTypeCounts counts) {
    Map<String, Integer> lower;
    try (InputStream low = resource(LOWER_RESOURCE)) {
      lower = lower(CountTable.readGzip(low, LOWER_RESOURCE, 1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + LOWER_RESOURCE, e);
    }
    try (InputStream in = resource(CONFIG_RESOURCE)) {
      return read(counts, lower, new InputStreamReader(in, StandardCharsets.UTF_8), CONFIG_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CONFIG_RESOURCE, e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = CountedNames.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return in;
  }

  /** The given counts with lower-case counts (gzip when the name ends in ".gz") and thresholds from files. */
  public static CountedNames load(NameTypeCounts counts, Path lowerFile, Path config) throws IOException {
    try (InputStream in = Files.newInputStream(lowerFile);
        Reader low = new InputStreamReader(lowerFile.toString().endsWith(".gz") ? new GZIPInputStream(in) : in,
            StandardCharsets.UTF_8);
        Reader r = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
      return read(counts, readLower(low, lowerFile.toString()), r, config.toString());
    }
  }

  private static Map<String, Integer> readLower(Reader reader, String source) throws IOException {
    return lower(NameTypeCounts.countTable(reader, source, 1));
  }

  private static Map<String, Integer> lower(CountTable table) {
    Map<String, Integer> out = new HashMap<>();
    table.names().forEach(name -> out.put(name, table.count(name, 0)));
    return out;
  }

  private static CountedNames read(NameTypeCounts counts, Map<String, Integer> lower, Reader reader, String source)
      throws IOException {
    KeyValues v = KeyValues.read(new BufferedReader(reader), source, KEYS);
    int minCount = v.integer("min-count");
    double minShare = v.decimal("min-share");
    int minSources = v.integer("min-sources");
    double maxLowerShare = v.decimal("max-lower-share");
    int maxWords = v.integer("max-words");
    boolean properNoun = v.bool("proper-noun");
    try {
      return new CountedNames(counts.withThresholds(new NameTypeCounts.Thresholds(minCount, minShare, minSources,
          true)), lower, maxLowerShare, maxWords, properNoun);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  /**
   * The found spans with the counted places and organisations that none of them overlaps added, sorted by offset.
   * {@code known} tells names a list or rule already knows (they are not added); {@code added} receives every
   * added span.
   */
  public List<Entity> addMissed(AnalyzedText text, List<Entity> found, Predicate<String> known,
      List<Entity> added) {
    if (counts == NameTypeCounts.none()) {
      return found;
    }
    String original = text.original();
    List<Token> tokens = text.tokens();
    boolean[] covered = new boolean[tokens.size()];
    List<Entity> byBegin = new ArrayList<>(found);
    byBegin.sort(Comparator.comparingInt(Entity::begin));
    int ti = 0;
    for (Entity e : byBegin) {
      while (ti < tokens.size() && tokens.get(ti).end() <= e.begin()) {
        ti++;
      }
      for (int k = ti; k < tokens.size() && tokens.get(k).begin() < e.end(); k++) {
        covered[k] = true;
      }
    }
    List<Entity> out = new ArrayList<>(found);
    int before = out.size();
    for (int i = 0; i < tokens.size(); i++) {
      Token first = tokens.get(i);
      if (covered[i] || !Character.isUpperCase(first.text().codePointAt(0))
          || (properNoun && !"PROPN".equals(first.pos()))) {
        continue;
      }
      int free = 1; // the uncovered run of the same sentence from i, at most max-words long
      while (free < maxWords && i + free < tokens.size() && !covered[i + free]
          && tokens.get(i + free).sentence() == first.sentence()) {
        free++;
      }
      for (int n = free; n >= 1; n--) {
        Token last = tokens.get(i + n - 1);
        String name = original.substring(first.begin(), last.end());
        Optional<EntityType> type = counts.clearType(name);
        if (type.isPresent() && type.get() != EntityType.PERSON && rarelyLower(name) && !known.test(name)) {
          out.add(new Entity(type.get(), name, first.begin(), last.end(), first.sentence(), null, null, null, null));
          i += n - 1;
          break;
        }
      }
    }
    if (out.size() == before) {
      return found;
    }
    added.addAll(out.subList(before, out.size()));
    out.sort(Comparator.comparingInt(Entity::begin).thenComparingInt(Entity::end));
    return out;
  }

  /** Whether the silver text writes the name in lower case at most {@code max-lower-share} of the time. */
  private boolean rarelyLower(String name) {
    int low = lower.getOrDefault(NameTypeCounts.key(name), 0);
    return low <= maxLowerShare * (low + counts.mentions(name));
  }
}
