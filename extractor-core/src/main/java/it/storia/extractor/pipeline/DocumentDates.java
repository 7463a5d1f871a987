package it.storia.extractor.pipeline;

import it.storia.extractor.io.DataLines;
import it.storia.extractor.io.Input;
import it.storia.extractor.time.TemporalTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * When each document of a batch was written: a table from document to date ("1921", "1921-01" or "1921-01-15"),
 * for batches whose documents have different dates (a folder of letters or articles, a corpus with a year per
 * document). The date anchors the document's yearless and deictic dates ("il 15 maggio", "l'anno scorso") and is its
 * {@code documentDate}, exactly as {@link Extractor#extract(String, String, String, String)} does for one text.
 *
 * <p>File format (UTF-8, {@code #} comments and blank lines skipped): one document per line, {@code NAME<TAB>DATE},
 * where NAME is the input's file name ("dg1921-livorno.txt") or its document id, the file name without ".txt"
 * ("dg1921-livorno"). Inputs in different directories with the same file name share the entry. A name listed twice
 * and a date that is not YYYY, YYYY-MM or YYYY-MM-DD are errors naming the file, the line and the value. Names that
 * match no input are allowed (one table can serve many batches); inputs without an entry keep the extractor's own
 * document date (or the dated header line of the text).
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentDates {
  /** No per-document dates. */
  public static final DocumentDates NONE = new DocumentDates(Map.of());

  private final Map<String, String> byName;

  private DocumentDates(Map<String, String> byName) {
    this.byName = Map.copyOf(byName);
  }

  /**
   * A table from names (file names or document ids) to dates.
   *
   * @throws IllegalArgumentException naming the entry when a name is blank or a date is not YYYY, YYYY-MM or
   *     YYYY-MM-DD
   */
  public static DocumentDates of(Map<String, String> datesByName) {
    Map<String, String> copy = new LinkedHashMap<>();
    datesByName.forEach((name, date) -> {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("document name must not be blank (date '" + date + "')");
      }
      try {
        copy.put(name, TemporalTagger.checkDocumentDate(date));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
      }
    });
    return new DocumentDates(copy);
  }

  /**
   * Reads a table file (format in the class comment).
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException naming the file and line when a line is malformed, a date invalid or a name
   *     listed twice
   */
  public static DocumentDates load(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Map<String, String> dates = new HashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (DataLines.Line line : DataLines.read(r)) {
        String where = file + ":" + line.number() + ": ";
        String[] cols = line.text().split("\t", -1);
        if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
          throw new IllegalArgumentException(where + "expected NAME<TAB>DATE, got '" + line.text() + "'");
        }
        String name = cols[0].strip();
        String date;
        try {
          date = TemporalTagger.checkDocumentDate(cols[1].strip());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + name + ": " + e.getMessage(), e);
        }
        Integer earlier = lineOf.putIfAbsent(name, line.number());
        if (earlier != null) {
          throw new IllegalArgumentException(where + "'" + name + "' is already dated on line " + earlier);
        }
        dates.put(name, date);
      }
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(file + ": not valid UTF-8 text", e);
    }
    return new DocumentDates(dates);
  }

  /** The date of this input: its file name's entry, else its document id's, else null (also for standard input). */
  public String dateFor(Input input) {
    if (input.isStdin() || byName.isEmpty()) {
      return null;
    }
    String byFile = byName.get(input.path().getFileName().toString());
    return byFile != null ? byFile : byName.get(input.id());
  }

  /** The number of entries. */
  public int size() {
    return byName.size();
  }
}
