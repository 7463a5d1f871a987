package it.storia.extractor.decode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

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
  public static final String RESOURCE = "/it/storia/extractor/models/common-words.tsv.gz";
  /** How many lower-case words (by LOWER count) the bundled list takes. */
  static final int LOWER_WORDS = 2000;
  /** How many capitalised words (by CAP count) the bundled list takes. */
  static final int CAPITALISED_WORDS = 500;

  private FrequentWords() {}

  /** Read once, on first use. */
  private static final class Bundled {
    static final List<String> WORDS = load();

    private static List<String> load() {
      try (InputStream in = FrequentWords.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          return List.of();
        }
        return read(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8), RESOURCE,
            LOWER_WORDS, CAPITALISED_WORDS);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
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
    record Count(String word, long lower, long cap) {}
    List<Count> counts = new ArrayList<>();
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
      counts.add(new Count(f[0], count(f[1], source, n), count(f[2], source, n)));
    }
    Set<String> out = new LinkedHashSet<>();
    counts.sort(Comparator.comparingLong(Count::lower).reversed().thenComparing(Count::word));
    for (int i = 0; i < Math.min(lower, counts.size()) && counts.get(i).lower() > 0; i++) {
      out.add(counts.get(i).word());
    }
    counts.sort(Comparator.comparingLong(Count::cap).reversed().thenComparing(Count::word));
    for (int i = 0; i < Math.min(capitalised, counts.size()) && counts.get(i).cap() > 0; i++) {
      String w = counts.get(i).word();
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
