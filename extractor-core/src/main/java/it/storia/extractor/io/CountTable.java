package it.storia.extractor.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Reads a table of counts: {@code NAME<TAB>COUNT...} lines with a fixed number of counts each, {@code #} comment
 * lines and blank lines skipped (the format of the models' count files, {@code common-words.tsv.gz},
 * {@code name-types.tsv.gz}, {@code person-words.tsv.gz}, and of {@code ner/counted-names}). A wrong number of
 * fields, a count that is no whole number or is negative, and a name listed twice are errors naming the source, the
 * line and the value.
 *
 * <p>The whole text is read first and cut at line breaks and tabs by hand (lines end at {@code \n}, {@code \r} or
 * {@code \r\n}, as {@link java.io.BufferedReader#readLine()} ends them; fields are split at every tab, empty ones
 * kept): at model loading this costs a third of a {@code BufferedReader} with a {@code String.split} per line and
 * builds the same table.
 *
 * <p>Output: an immutable table of names and their counts ({@link #counts(String)} gives a copy, so one table can be
 * shared by every reader in a process, as {@code decode.CommonWordCounts} shares the common-word counts). Immutable
 * and thread-safe.
 */
public final class CountTable {
  private final Map<String, Integer> rows;
  /** Row {@code r}'s counts at {@code values[r * columns .. r * columns + columns)}. */
  private final int[] values;
  private final int columns;

  private CountTable(Map<String, int[]> table, int columns) {
    Map<String, Integer> index = new HashMap<>(table.size() * 4 / 3 + 1);
    int[] flat = new int[table.size() * columns];
    int r = 0;
    for (Map.Entry<String, int[]> e : table.entrySet()) {
      System.arraycopy(e.getValue(), 0, flat, r * columns, columns);
      index.put(e.getKey(), r++);
    }
    this.rows = Collections.unmodifiableMap(index);
    this.values = flat;
    this.columns = columns;
  }

  /** A table without names, of {@code columns} counts a line. */
  public static CountTable empty(int columns) {
    if (columns < 1) {
      throw new IllegalArgumentException("a count table has at least one count a line: " + columns);
    }
    return new CountTable(Map.of(), columns);
  }

  /** The counts a line has after its name. */
  public int columns() {
    return columns;
  }

  /** The number of names. */
  public int size() {
    return rows.size();
  }

  /** The names, unmodifiable. */
  public Set<String> names() {
    return rows.keySet();
  }

  /** Whether the name has a line. */
  public boolean contains(String name) {
    return rows.containsKey(name);
  }

  /**
   * The name's row, for {@link #count(int, int)}: one lookup, then its counts without copying (the hot paths of the
   * names stage read two or three counts of a word); -1 when the name has no line.
   */
  public int row(String name) {
    Integer r = rows.get(name);
    return r == null ? -1 : r;
  }

  /**
   * One count of a row of {@link #row(String)} ({@code column} from 0, in file order).
   *
   * @throws IndexOutOfBoundsException naming the row or the column when it is not one of this table's
   */
  public int count(int row, int column) {
    if (row < 0 || row >= rows.size() || column < 0 || column >= columns) {
      throw new IndexOutOfBoundsException("row " + row + ", column " + column + " of a table with " + rows.size()
          + " rows of " + columns + " counts");
    }
    return values[row * columns + column];
  }

  /** A copy of the name's {@link #columns()} counts, in file order; an empty array when the name has no line. */
  public int[] counts(String name) {
    int r = row(name);
    return r < 0 ? new int[0] : Arrays.copyOfRange(values, r * columns, r * columns + columns);
  }

  /**
   * One count of the name ({@code column} from 0, in file order); 0 when the name has no line.
   *
   * @throws IndexOutOfBoundsException naming the column when it is not one of this table's
   */
  public int count(String name, int column) {
    if (column < 0 || column >= columns) {
      throw new IndexOutOfBoundsException("column " + column + " of a table with " + columns + " counts");
    }
    int r = row(name);
    return r < 0 ? 0 : values[r * columns + column];
  }

  /**
   * The table of a reader (read to its end, not closed): name → its {@code columns} counts.
   *
   * @throws IllegalArgumentException naming the source and the line of a bad line
   */
  public static CountTable read(Reader reader, String source, int columns) throws IOException {
    StringWriter all = new StringWriter();
    reader.transferTo(all);
    return parse(all.toString().getBytes(StandardCharsets.UTF_8), source, columns);
  }

  /** The table of a gzip-compressed UTF-8 stream (read to its end, not closed); as {@link #read(Reader, String, int)}. */
  public static CountTable readGzip(InputStream gz, String source, int columns) throws IOException {
    return parse(new GZIPInputStream(gz).readAllBytes(), source, columns);
  }

  /**
   * The table of a whole UTF-8 text; as {@link #read(Reader, String, int)}. Line breaks, tabs, {@code #} and digits
   * are ASCII bytes, which never occur inside the encoding of another character, so the text is cut as bytes and
   * only the names are decoded (malformed input replaced as {@link java.io.InputStreamReader} replaces it).
   */
  public static CountTable parse(byte[] text, String source, int columns) {
    if (columns < 1) {
      throw new IllegalArgumentException("a count table has at least one count a line: " + columns);
    }
    // a line of the bundled count files is about 20 bytes long
    Map<String, int[]> out = new HashMap<>(Math.max(16, text.length / 12));
    int length = text.length;
    int start = 0;
    int n = 0;
    while (start < length) {
      int end = start;
      byte c = 0;
      while (end < length && (c = text[end]) != '\n' && c != '\r') {
        end++;
      }
      n++;
      line(text, start, end, source, n, columns, out);
      start = end + (c == '\r' && end + 1 < length && text[end + 1] == '\n' ? 2 : 1);
    }
    return new CountTable(out, columns);
  }

  /** Adds the line {@code text[start, end)} (line number {@code n}) to the table, unless it is blank or a comment. */
  private static void line(byte[] text, int start, int end, String source, int n, int columns,
      Map<String, int[]> out) {
    if (start == end || text[start] == '#' || blank(text, start, end)) {
      return;
    }
    int tabs = 0;
    int tab = -1;
    for (int i = start; i < end; i++) {
      if (text[i] == '\t') {
        tabs++;
        if (tab < 0) {
          tab = i;
        }
      }
    }
    if (tabs != columns) {
      throw fields(text, start, end, source, n, columns);
    }
    String name = new String(text, start, tab - start, StandardCharsets.UTF_8);
    int[] v = new int[columns];
    int from = tab + 1;
    for (int i = 0; i < columns; i++) {
      int to = from;
      while (to < end && text[to] != '\t') {
        to++;
      }
      v[i] = count(text, from, to, source, n);
      from = to + 1;
    }
    if (out.put(name, v) != null) {
      throw new IllegalArgumentException(source + " line " + n + ": name '" + name + "' is listed twice");
    }
  }

  /**
   * The count of {@code text[from, to)}: ASCII digits read here, anything else as {@link Integer#parseInt} reads it
   * (so that the same fields are accepted and refused).
   */
  private static int count(byte[] text, int from, int to, String source, int n) {
    int value = 0;
    boolean plain = to > from && to - from <= 9;
    for (int i = from; plain && i < to; i++) {
      byte d = text[i];
      if (d >= '0' && d <= '9') {
        value = value * 10 + (d - '0');
      } else {
        plain = false;
      }
    }
    if (plain) {
      return value;
    }
    String field = new String(text, from, to - from, StandardCharsets.UTF_8);
    try {
      value = Integer.parseInt(field);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + " line " + n + ": not a count: " + field, e);
    }
    if (value < 0) {
      throw new IllegalArgumentException(source + " line " + n + ": not a count: " + field);
    }
    return value;
  }

  private static IllegalArgumentException fields(byte[] text, int start, int end, String source, int n,
      int columns) {
    return new IllegalArgumentException(source + " line " + n + ": expected " + (columns + 1)
        + " tab-separated fields: " + new String(text, start, end - start, StandardCharsets.UTF_8));
  }

  /**
   * As {@link String#isBlank()} of the decoded line: false at its first ASCII byte that is no white space, decoded
   * only when it holds other bytes and no such ASCII byte.
   */
  private static boolean blank(byte[] text, int start, int end) {
    boolean ascii = true;
    for (int i = start; i < end; i++) {
      int b = text[i];
      if (b < 0) {
        ascii = false;
      } else if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return ascii || new String(text, start, end - start, StandardCharsets.UTF_8).isBlank();
  }
}
