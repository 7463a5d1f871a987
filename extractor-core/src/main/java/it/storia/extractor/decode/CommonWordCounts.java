package it.storia.extractor.decode;

import it.storia.extractor.io.CountTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The bundled common-word counts ({@code common-words.tsv.gz}: {@code WORD LOWER CAP PER ORG LOC}, the silver-corpus
 * counts of {@code dev/name_type_counts.py --lower}), read once per process for every part that needs them: the
 * frequent words of both models ({@link FrequentWords}) and the names stage's given-name step and common-word filter
 * ({@code ner.PersonWords}, {@code ner.ModelSpanFilter}). Before session 20 each of them read and parsed the 27,756
 * lines itself.
 *
 * <p>Output: {@link #bundled()}, an immutable {@link CountTable} from the word to its five counts, shared by every
 * reader. Thread-safe (read by the first caller, under the class-initialisation lock).
 */
public final class CommonWordCounts {
  /** The bundled counts resource. */
  public static final String RESOURCE = "/it/storia/extractor/models/common-words.tsv.gz";
  /** The counts of a line after its word. */
  public static final int COLUMNS = 5;

  private CommonWordCounts() {}

  /** Read once, on first use. */
  private static final class Bundled {
    static final Optional<CountTable> TABLE = load();

    private static Optional<CountTable> load() {
      try (InputStream in = CommonWordCounts.class.getResourceAsStream(RESOURCE)) {
        return in == null ? Optional.empty() : Optional.of(CountTable.readGzip(in, RESOURCE, COLUMNS));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /**
   * The bundled table, empty when the models' counts are not on the classpath; a bad line is an error naming the
   * resource and the line.
   */
  public static Optional<CountTable> bundled() {
    return Bundled.TABLE;
  }
}
