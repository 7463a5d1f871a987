package it.storia.extractor.event;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Named word classes ({@code word-classes.tsv}: {@code NAME<TAB>word word ...}) used by patterns as
 * {@code [class=NAME]}. Words are lower-case; the apostrophe is the plain one. Besides the sets of names, each
 * word's classes are a bit set (bit = the class's index in sorted name order), so that a pattern condition naming
 * several classes is one AND per 64 classes.
 *
 * <p>Immutable (the bit sets are never written after parsing and never handed outside the package); thread-safe.
 */
final class WordClasses {
  private static final long[] NONE = new long[0];

  private final Map<String, Set<String>> byWord;
  private final Set<String> names;
  private final Map<String, Integer> index;
  private final Map<String, long[]> bitsByWord;

  private WordClasses(Map<String, Set<String>> byWord, Set<String> names) {
    this.byWord = Map.copyOf(byWord);
    this.names = Set.copyOf(names);
    List<String> sorted = names.stream().sorted().toList();
    Map<String, Integer> idx = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      idx.put(sorted.get(i), i);
    }
    this.index = Map.copyOf(idx);
    Map<String, long[]> bits = new HashMap<>();
    byWord.forEach((w, classes) -> bits.put(w, maskOf(classes, index)));
    this.bitsByWord = Map.copyOf(bits);
  }

  private static long[] maskOf(Iterable<String> classNames, Map<String, Integer> index) {
    long[] out = new long[(index.size() + 63) / 64];
    for (String n : classNames) {
      int i = index.get(n);
      out[i >> 6] |= 1L << (i & 63);
    }
    return out;
  }

  /**
   * The bit set of the given classes, for {@link #intersects}.
   *
   * @throws IllegalArgumentException naming the first class that is not defined
   */
  long[] mask(List<String> classNames) {
    for (String n : classNames) {
      if (!names.contains(n)) {
        throw new IllegalArgumentException("unknown word class '" + n + "'");
      }
    }
    return maskOf(classNames, index);
  }

  /** The classes of a lower-case word as a bit set (empty when none); shared, never to be written. */
  long[] bits(String lowerWord) {
    return bitsByWord.getOrDefault(lowerWord, NONE);
  }

  /** Whether a word's bit set ({@link #bits}) and a class mask ({@link #mask}) share a class. */
  static boolean intersects(long[] wordBits, long[] mask) {
    for (int i = 0; i < wordBits.length; i++) {
      if ((wordBits[i] & mask[i]) != 0) {
        return true;
      }
    }
    return false;
  }

  static WordClasses parse(List<DataFiles.Line> lines) {
    Map<String, Set<String>> byWord = new HashMap<>();
    Set<String> names = new HashSet<>();
    for (DataFiles.Line line : lines) {
      String[] f = line.text().split("\t");
      if (f.length != 2 || f[0].isBlank()) {
        throw line.error("expected NAME<TAB>words");
      }
      String name = f[0].strip();
      names.add(name);
      for (String w : f[1].strip().split("\\s+")) {
        byWord.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(name);
      }
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    byWord.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return new WordClasses(frozen, names);
  }

  /** The classes of a lower-case word (empty when none). */
  Set<String> of(String lowerWord) {
    return byWord.getOrDefault(lowerWord, Set.of());
  }

  boolean has(String lowerWord, String className) {
    return of(lowerWord).contains(className);
  }

  boolean defines(String className) {
    return names.contains(className);
  }
}
