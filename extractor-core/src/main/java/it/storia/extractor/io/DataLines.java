package it.storia.extractor.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the lines of a data file (lexicons, rules, gazetteers, gold sets): blank lines and lines starting with
 * {@code #} are skipped, every other line is returned with its 1-based line number so that parsers can name the
 * bad line in their errors.
 *
 * <p>Stateless; thread-safe.
 */
public final class DataLines {
  private DataLines() {}

  /**
   * One content line of a data file.
   *
   * @param number 1-based line number in the file
   * @param text the line as read
   */
  public record Line(int number, String text) {
    /** An error about this line: {@code SOURCE:LINE: MESSAGE, got 'TEXT'}. */
    public IllegalArgumentException error(String source, String message) {
      return new IllegalArgumentException(source + ":" + number + ": " + message + ", got '" + text + "'");
    }

    /**
     * The line as one entry of a word list (stripped).
     *
     * @throws IllegalArgumentException naming the source, line and text when the entry holds a space or a tab (a
     *     list entry that no single token could ever match)
     */
    public String word(String source) {
      String w = text.strip();
      if (WHITESPACE.matcher(w).find()) {
        throw error(source, "expected one word a line");
      }
      return w;
    }
  }

  private static final Pattern WHITESPACE = Pattern.compile("\\s");

  /** The content lines of a reader (not closed). */
  public static List<Line> read(BufferedReader reader) throws IOException {
    List<Line> out = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = reader.readLine()) != null) {
      n++;
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(new Line(n, line));
      }
    }
    return out;
  }
}
