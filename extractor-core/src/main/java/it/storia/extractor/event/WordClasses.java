package it.storia.extractor.event;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Named word classes ({@code word-classes.tsv}: {@code NAME<TAB>word word ...}) used by patterns as
 * {@code [class=NAME]}. Words are lower-case; the apostrophe is the plain one.
 *
 * <p>Immutable; thread-safe.
 */
final class WordClasses {
  private final Map<String, Set<String>> byWord;
  private final Set<String> names;

  private WordClasses(Map<String, Set<String>> byWord, Set<String> names) {
    this.byWord = Map.copyOf(byWord);
    this.names = Set.copyOf(names);
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
