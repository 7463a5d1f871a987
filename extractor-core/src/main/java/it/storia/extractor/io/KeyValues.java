package it.storia.extractor.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A strict reader of small {@code KEY=VALUE} configuration files (such as {@code ner/name-types.properties}): one
 * setting a line, blank lines and {@code #} comments skipped (as {@link DataLines} does), spaces around key and value
 * stripped. Unlike {@link java.util.Properties} it rejects what would otherwise be read silently: a line without
 * {@code =}, a key the reader does not know, a key set twice, an empty value, and, through the typed getters, a
 * missing key, a value that is not a whole number, a number or {@code true}/{@code false}. Every error names the
 * source (file or resource), the line where there is one, the key and the bad value.
 *
 * <p>Input: the lines of a reader and the keys its caller accepts; output: the values by key. Immutable once read;
 * thread-safe.
 */
public final class KeyValues {
  private final String source;
  private final Map<String, String> values;
  private final Map<String, Integer> lineOf;

  private KeyValues(String source, Map<String, String> values, Map<String, Integer> lineOf) {
    this.source = source;
    this.values = Map.copyOf(values);
    this.lineOf = Map.copyOf(lineOf);
  }

  /**
   * Reads every setting of a reader (not closed).
   *
   * @param source the file or resource, for error messages
   * @param keys the keys the caller knows; any other key is an error
   * @throws IllegalArgumentException naming the source, line and value of a malformed line, an unknown key, a key
   *     set twice or an empty value
   */
  public static KeyValues read(BufferedReader reader, String source, Set<String> keys) throws IOException {
    Objects.requireNonNull(source, "source");
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    for (DataLines.Line line : DataLines.read(reader)) {
      String where = source + ":" + line.number() + ": ";
      int eq = line.text().indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException(where + "expected KEY=VALUE, got '" + line.text() + "'");
      }
      String key = line.text().substring(0, eq).strip();
      String value = line.text().substring(eq + 1).strip();
      if (!keys.contains(key)) {
        throw new IllegalArgumentException(where + "unknown key '" + key + "', expected one of "
            + new TreeSet<>(keys));
      }
      Integer earlier = lineOf.putIfAbsent(key, line.number());
      if (earlier != null) {
        throw new IllegalArgumentException(where + "key '" + key + "' is already set on line " + earlier);
      }
      if (value.isEmpty()) {
        throw new IllegalArgumentException(where + "empty value for '" + key + "'");
      }
      values.put(key, value);
    }
    return new KeyValues(source, values, lineOf);
  }

  /**
   * The value of a key.
   *
   * @throws IllegalArgumentException naming the source when the key is not set
   */
  public String string(String key) {
    String v = values.get(key);
    if (v == null) {
      throw new IllegalArgumentException(source + ": missing key '" + key + "'");
    }
    return v;
  }

  /** The value of a key as a whole number; throws naming the source, line, key and value otherwise. */
  public int integer(String key) {
    String v = string(key);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw error(key, "is not a whole number: '" + v + "'", e);
    }
  }

  /** The value of a key as a finite number; throws naming the source, line, key and value otherwise. */
  public double decimal(String key) {
    String v = string(key);
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw error(key, "is not a number: '" + v + "'", e);
    }
    if (!Double.isFinite(d)) {
      throw error(key, "is not a finite number: '" + v + "'", null);
    }
    return d;
  }

  /**
   * The value of a key as {@code true} or {@code false} (any case); anything else ("yes", "1") is an error naming
   * the source, line, key and value, never a silent {@code false}.
   */
  public boolean bool(String key) {
    String v = string(key);
    if (v.equalsIgnoreCase("true")) {
      return true;
    }
    if (v.equalsIgnoreCase("false")) {
      return false;
    }
    throw error(key, "must be true or false: '" + v + "'", null);
  }

  /**
   * An error about a key's value, prefixed with the source and the key's line ({@code SOURCE:LINE: KEY MESSAGE}),
   * for checks the caller makes itself (ranges).
   */
  public IllegalArgumentException error(String key, String message, Throwable cause) {
    Integer line = lineOf.get(key);
    String where = line == null ? source + ": " : source + ":" + line + ": ";
    return new IllegalArgumentException(where + key + " " + message, cause);
  }

  /** The source named in errors. */
  public String source() {
    return source;
  }
}
