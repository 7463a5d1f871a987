package it.storia.extractor.decode;

import it.storia.extractor.io.CountTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The frequent words whose model features {@link WindowedFeatures#withWords} builds once per process instead of
 * once per document: the most frequent lower-case words and the most frequent capitalised ones of the bundled
 * common-word counts ({@code common-words.tsv.gz}: {@code WORD LOWER CAP PER ORG LOC}, the silver-corpus counts of
 * {@code dev/name_type_counts.py --lower}), and the ASCII punctuation marks. The list only decides which words'
 * features are kept ready; it changes no feature, tag or name.
 *
 * <p>Input: the counts resource. Output: {@link #bundled()}, an immutable list. Thread-safe.
 */
public final class FrequentWords {
  /** The bundled counts (the same file as the names stage's common-word filter). */
  public static final String RESOURCE = CommonWordCounts.RESOURCE;
  /** How many lower-case words (by LOWER count) the bundled list takes. */
  static final int LOWER_WORDS = 2000;
  /** How many capitalised words (by CAP count) the bundled list takes. */
  static final int CAPITALISED_WORDS = 500;

  private FrequentWords() {}

  /** Built once, on first use, from the process's one reading of the counts ({@link CommonWordCounts}). */
  private static final class Bundled {
    static final List<String> WORDS = CommonWordCounts.bundled().map(Bundled::of).orElse(List.of());

    private static List<String> of(CountTable table) {
      String[] words = new String[table.size()];
      long[] lower = new long[words.length];
      long[] cap = new long[words.length];
      int i = 0;
      for (String word : table.names()) {
        words[i] = word;
        lower[i] = table.count(word, 0);
        cap[i] = table.count(word, 1);
        i++;
      }
      return select(words, lower, cap, LOWER_WORDS, CAPITALISED_WORDS);
    }
  }

  /**
   * The bundled list (empty when the models' counts are not on the classpath: then every word's features are
   * built per document, as before).
   */
  public static List<String> bundled() {
    return Bundled.WORDS;
  }

  /**
   * The list of a counts file: the {@code lower} words with the largest LOWER counts as written there, the
   * {@code capitalised} words with the largest CAP counts with their first letter upper-cased, then the ASCII
   * punctuation marks; ties are broken by the word, duplicates dropped. Only the first three fields of a line are
   * read; a line with fewer, or a count that is not a non-negative integer, is an error naming the line.
   */
  static List<String> read(Reader reader, String source, int lower, int capitalised) throws IOException {
    List<String> words = new ArrayList<>();
    List<long[]> counts = new ArrayList<>();
    BufferedReader r = new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", 4);
      if (f.length < 3 || f[0].isEmpty()) {
        throw new IllegalArgumentException(source + " line " + n + ": expected WORD<TAB>LOWER<TAB>CAP: " + line);
      }
      words.add(f[0]);
      counts.add(new long[] {count(f[1], source, n), count(f[2], source, n)});
    }
    long[] low = new long[words.size()];
    long[] cap = new long[words.size()];
    for (int i = 0; i < low.length; i++) {
      low[i] = counts.get(i)[0];
      cap[i] = counts.get(i)[1];
    }
    return select(words.toArray(new String[0]), low, cap, lower, capitalised);
  }

  /** The list of {@link #read}, from the words and their LOWER and CAP counts (the same index in each array). */
  static List<String> select(String[] words, long[] lowerCounts, long[] capCounts, int lower, int capitalised) {
    Set<String> out = new LinkedHashSet<>();
    for (int i : top(words, lowerCounts, lower)) {
      out.add(words[i]);
    }
    for (int i : top(words, capCounts, capitalised)) {
      String w = words[i];
      int first = w.codePointAt(0);
      out.add(new StringBuilder().appendCodePoint(Character.toUpperCase(first))
          .append(w, Character.charCount(first), w.length()).toString());
    }
    for (char c = '!'; c <= '~'; c++) {
      if (!Character.isLetterOrDigit(c)) {
        out.add(String.valueOf(c));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The indexes of the (at most) {@code k} words with the largest positive counts, largest first, ties by the word:
   * the first {@code k} of all words sorted so, found without sorting them all (the k-th largest count from a sorted
   * copy of the counts; then only the words at or above it are sorted).
   */
  private static Integer[] top(String[] words, long[] counts, int k) {
    long[] positive = new long[counts.length];
    int m = 0;
    for (long c : counts) {
      if (c > 0) {
        positive[m++] = c;
      }
    }
    if (k <= 0 || m == 0) {
      return new Integer[0];
    }
    long least = 1;
    if (m > k) {
      Arrays.sort(positive, 0, m);
      least = positive[m - k];
    }
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] >= least) {
        candidates.add(i);
      }
    }
    candidates.sort((a, b) -> counts[a] != counts[b] ? Long.compare(counts[b], counts[a])
        : words[a].compareTo(words[b]));
    return candidates.subList(0, Math.min(k, candidates.size())).toArray(new Integer[0]);
  }

  private static long count(String field, String source, int line) {
    try {
      long v = Long.parseLong(field);
      if (v >= 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + " line " + line + ": not a count: " + field, e);
    }
    throw new IllegalArgumentException(source + " line " + line + ": not a count: " + field);
  }
}
