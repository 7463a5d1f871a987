package it.storia.extractor.ner;

import it.storia.extractor.io.CountTable;
import it.storia.extractor.io.KeyValues;
import it.storia.extractor.model.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * How often silver corpora tag a name string PERSON, ORGANIZATION or LOCATION, and the type those counts make clear
 * ("Saratov" is a place, "Plutarco" a person wherever they occur).
 *
 * <p>The counts file ({@code name-types.tsv.gz}, written by {@code dev/name_type_counts.py}, a model artefact: see
 * models/README.md) has one name a line: {@code NAME<TAB>PER<TAB>ORG<TAB>LOC<TAB>SRC_PER<TAB>SRC_ORG<TAB>SRC_LOC<TAB>
 * SURNAME}, NAME folded by {@link #key}, SRC_T the number of corpora in which T is the name's majority, SURNAME the
 * persons of two or more words ending in the (one-word) name. The thresholds ({@code ner/name-types.properties}):
 * {@code min-count} (mentions in all), {@code min-share} (of the majority type), {@code min-sources} (corpora where
 * it is the majority) and {@code surnames} (whether a one-word name's SURNAME count adds to its PER count, a
 * surname being a source of its own).
 *
 * <p>Immutable and thread-safe.
 */
public final class NameTypeCounts {
  /** The bundled counts, packaged with the models. */
  public static final String COUNTS_RESOURCE = "/it/storia/extractor/models/name-types.tsv.gz";
  /** The bundled thresholds. */
  public static final String CONFIG_RESOURCE = "/it/storia/extractor/ner/name-types.properties";
  /** The keys of the thresholds file; any other key is an error. */
  private static final Set<String> THRESHOLD_KEYS = Set.of("min-count", "min-share", "min-sources", "surnames");
  private static final Pattern APOSTROPHE_SPACE = Pattern.compile("'\\s+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final NameTypeCounts NONE = new NameTypeCounts(Map.of(), new Thresholds(Integer.MAX_VALUE, 1, 0,
      false));

  /** The thresholds a name's counts must pass before its majority type is taken. */
  public record Thresholds(int minCount, double minShare, int minSources, boolean surnames) {
    /** Checks the values: counts at least 1, a share in (0.5, 1]. */
    public Thresholds {
      if (minCount < 1) {
        throw new IllegalArgumentException("min-count must be at least 1: " + minCount);
      }
      if (!(minShare > 0.5 && minShare <= 1)) {
        throw new IllegalArgumentException("min-share must be above 0.5 and at most 1: " + minShare);
      }
      if (minSources < 0) {
        throw new IllegalArgumentException("min-sources must be at least 0: " + minSources);
      }
    }
  }

  private record Counts(int per, int org, int loc, int srcPer, int srcOrg, int srcLoc, int surname) {}

  private final Map<String, Counts> counts;
  private final Thresholds thresholds;

  private NameTypeCounts(Map<String, Counts> counts, Thresholds thresholds) {
    this.counts = Map.copyOf(counts);
    this.thresholds = thresholds;
  }

  /** No counts: no name has a clear type. */
  public static NameTypeCounts none() {
    return NONE;
  }

  /** The bundled counts and thresholds; an error names the resource that failed. */
  public static NameTypeCounts fromClasspath() {
    Map<String, Counts> counts;
    try (InputStream c = resource(COUNTS_RESOURCE)) {
      counts = counts(CountTable.readGzip(c, COUNTS_RESOURCE, 7));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + COUNTS_RESOURCE, e);
    }
    try (InputStream t = resource(CONFIG_RESOURCE)) {
      return new NameTypeCounts(counts, thresholds(new InputStreamReader(t, StandardCharsets.UTF_8), CONFIG_RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + CONFIG_RESOURCE, e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = NameTypeCounts.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    return in;
  }

  /** Counts (gzip when the file name ends in ".gz") and thresholds in the bundled formats. */
  public static NameTypeCounts load(Path countsFile, Path thresholdsFile) throws IOException {
    try (InputStream in = Files.newInputStream(countsFile);
        Reader r = new InputStreamReader(countsFile.toString().endsWith(".gz") ? new GZIPInputStream(in) : in,
            StandardCharsets.UTF_8);
        Reader t = Files.newBufferedReader(thresholdsFile, StandardCharsets.UTF_8)) {
      return new NameTypeCounts(read(r, countsFile.toString()), thresholds(t, thresholdsFile.toString()));
    }
  }

  /** Given thresholds over the counts of another instance (for measuring thresholds). */
  public NameTypeCounts withThresholds(Thresholds other) {
    return new NameTypeCounts(counts, other);
  }

  /** The thresholds in use. */
  public Thresholds thresholds() {
    return thresholds;
  }

  /** The lookup key: {@link NameKeys#fold}, no space after an apostrophe, spaces collapsed ("D' Annunzio"). */
  public static String key(String name) {
    String folded = NameKeys.fold(name);
    if (alreadyKey(folded)) {
      return folded;
    }
    String s = APOSTROPHE_SPACE.matcher(folded).replaceAll("'");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /**
   * Whether the two replacements and the strip of {@link #key} would leave a folded name as it is: no ASCII
   * whitespace but single spaces, no space after an apostrophe, no whitespace at either end (the common case, which
   * then needs no regex).
   */
  private static boolean alreadyKey(String f) {
    int n = f.length();
    if (n == 0) {
      return true;
    }
    if (Character.isWhitespace(f.charAt(0)) || Character.isWhitespace(f.charAt(n - 1))) {
      return false;
    }
    for (int i = 1; i < n - 1; i++) {
      char c = f.charAt(i);
      if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        return false;
      }
      if (c == ' ' && (f.charAt(i - 1) == ' ' || f.charAt(i - 1) == '\'')) {
        return false;
      }
    }
    return true;
  }

  /**
   * How many silver mentions tag the name with the given type (a one-word name's surname count adds to PERSON
   * when the thresholds say {@code surnames=true}); 0 for a name never counted and for DATE.
   */
  public int mentions(String name, EntityType type) {
    Counts c = counts.get(key(name));
    if (c == null) {
      return 0;
    }
    return switch (type) {
      case PERSON -> c.per() + (thresholds.surnames() && key(name).indexOf(' ') < 0 ? c.surname() : 0);
      case ORGANIZATION -> c.org();
      case LOCATION -> c.loc();
      default -> 0;
    };
  }

  /**
   * The type the counts make clear for a name: the majority type (strictly more mentions than each other type) when
   * the mentions reach {@code min-count}, the majority's share {@code min-share} and the corpora where it is the
   * majority {@code min-sources}; empty otherwise.
   */
  public Optional<EntityType> clearType(String name) {
    String key = key(name);
    Counts c = counts.get(key);
    if (c == null) {
      return Optional.empty();
    }
    boolean oneWord = key.indexOf(' ') < 0;
    int surname = thresholds.surnames() && oneWord ? c.surname() : 0;
    int per = c.per() + surname;
    int total = per + c.org() + c.loc();
    EntityType type;
    int top;
    int sources;
    if (per > c.org() && per > c.loc()) {
      type = EntityType.PERSON;
      top = per;
      sources = c.srcPer() + (surname > 0 ? 1 : 0);
    } else if (c.loc() > per && c.loc() > c.org()) {
      type = EntityType.LOCATION;
      top = c.loc();
      sources = c.srcLoc();
    } else if (c.org() > per && c.org() > c.loc()) {
      type = EntityType.ORGANIZATION;
      top = c.org();
      sources = c.srcOrg();
    } else {
      return Optional.empty();
    }
    boolean clear = total >= thresholds.minCount() && top >= thresholds.minShare() * total
        && sources >= thresholds.minSources();
    return clear ? Optional.of(type) : Optional.empty();
  }

  /** The PERSON, ORGANIZATION and LOCATION mentions of a name in all (0 for a name not counted). */
  public int mentions(String name) {
    Counts c = counts.get(key(name));
    return c == null ? 0 : c.per() + c.org() + c.loc();
  }

  private static Map<String, Counts> read(Reader reader, String source) throws IOException {
    return counts(countTable(reader, source, 7));
  }

  private static Map<String, Counts> counts(CountTable table) {
    Map<String, Counts> out = new HashMap<>(table.size() * 4 / 3 + 1);
    for (String name : table.names()) {
      int[] v = table.counts(name);
      out.put(name, new Counts(v[0], v[1], v[2], v[3], v[4], v[5], v[6]));
    }
    return out;
  }

  /**
   * A table of {@code NAME<TAB>COUNT...} lines with {@code columns} counts each ({@code #} comments and blank lines
   * skipped), shared by the count files of this package: a wrong number of fields, a count that is no whole number
   * or is negative, and a name listed twice are errors naming the source, the line and the value ({@link CountTable}).
   */
  static CountTable countTable(Reader reader, String source, int columns) throws IOException {
    return CountTable.read(reader, source, columns);
  }

  private static Thresholds thresholds(Reader reader, String source) throws IOException {
    KeyValues v = KeyValues.read(new BufferedReader(reader), source, THRESHOLD_KEYS);
    int minCount = v.integer("min-count");
    double minShare = v.decimal("min-share");
    int minSources = v.integer("min-sources");
    boolean surnames = v.bool("surnames");
    try {
      return new Thresholds(minCount, minShare, minSources, surnames);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }
}
