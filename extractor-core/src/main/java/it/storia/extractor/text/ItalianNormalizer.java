package it.storia.extractor.text;

import it.storia.extractor.io.DataLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Normaliser for Italian text: applies a character table (typographic quotes and dashes, odd spaces, the
 * "ᴦ." artefact), composes decomposed accents (NFC), and turns private-use, control and format characters
 * into spaces. Never expands a character, so the offset map stays exact.
 *
 * <p>Input: any string, including unpaired surrogates. Output: a {@link NormalizedText}. Immutable and
 * thread-safe; build once with {@link #fromClasspath()} or {@link #load(Path)}.
 */
public final class ItalianNormalizer implements Normalizer {
  private static final String RESOURCE = "/it/storia/extractor/text/normalization.tsv";

  /** The replacement of every UTF-16 unit, computed once from the table and the fallback rules. */
  private final char[] replacement;

  private ItalianNormalizer(Map<Character, Character> table) {
    char[] r = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      r[c] = fallback((char) c);
    }
    for (Map.Entry<Character, Character> e : table.entrySet()) {
      r[e.getKey()] = e.getValue();
    }
    this.replacement = r;
  }

  /** The bundled table. */
  public static ItalianNormalizer fromClasspath() {
    try (InputStream in = ItalianNormalizer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new ItalianNormalizer(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
          RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** A table read from a file in the format of the bundled {@code normalization.tsv}. */
  public static ItalianNormalizer load(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new ItalianNormalizer(parse(r, file.toString()));
    }
  }

  private static Map<Character, Character> parse(BufferedReader r, String name) throws IOException {
    Map<Character, Character> map = new HashMap<>();
    for (DataLines.Line dl : DataLines.read(r)) {
      int n = dl.number();
      String line = dl.text();
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalArgumentException(name + ":" + n + ": expected SOURCE<TAB>TARGET, got '" + line + "'");
      }
      char source = charOf(cols[0], name, n);
      char target = charOf(cols[1], name, n);
      Character earlier = map.put(source, target);
      if (earlier != null && earlier != target) {
        throw dl.error(name, cols[0].strip() + " is already mapped to " + String.format("U+%04X", (int) earlier));
      }
    }
    return map;
  }

  private static char charOf(String spec, String name, int line) {
    String s = spec.strip();
    if (s.startsWith("U+") && s.length() > 2) {
      int cp;
      try {
        cp = Integer.parseInt(s.substring(2), 16);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + ":" + line + ": " + s + " is not a hexadecimal code point", e);
      }
      if (cp < 0 || cp > Character.MAX_CODE_POINT) {
        throw new IllegalArgumentException(name + ":" + line + ": " + s + " is not a code point");
      }
      if (Character.charCount(cp) != 1) {
        throw new IllegalArgumentException(name + ":" + line + ": " + s + " is not a single UTF-16 unit");
      }
      return (char) cp;
    }
    if (spec.length() != 1) {
      throw new IllegalArgumentException(name + ":" + line + ": '" + spec + "' is not one character");
    }
    return spec.charAt(0);
  }

  @Override
  public NormalizedText normalize(String original) {
    int n = original.length();
    StringBuilder out = new StringBuilder(n);
    int[] map = new int[n + 1];
    int o = 0;
    int i = 0;
    while (i < n) {
      char c = original.charAt(i);
      int j = i + 1;
      while (j < n && isCombining(original.charAt(j))) {
        j++;
      }
      if (j > i + 1 && !Character.isSurrogate(c)) {
        String composed = java.text.Normalizer.normalize(original.substring(i, j), java.text.Normalizer.Form.NFC);
        if (composed.length() <= j - i) {
          for (int k = 0; k < composed.length(); k++) {
            map[o++] = i + k;
            out.append(mapChar(composed.charAt(k)));
          }
          i = j;
          continue;
        }
      }
      map[o++] = i;
      out.append(mapChar(c));
      i++;
    }
    map[o] = n;
    int[] trimmed = new int[o + 1];
    System.arraycopy(map, 0, trimmed, 0, o + 1);
    return new NormalizedText(original, out.toString(), trimmed);
  }

  private static boolean isCombining(char c) {
    if (c < '\u0300') {
      return false;
    }
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  private char mapChar(char c) {
    return replacement[c];
  }

  /** What a unit absent from the table becomes: controls, format and private-use units become a space. */
  private static char fallback(char c) {
    if (c == '\n' || c == '\t' || c == '\r') {
      return c;
    }
    int type = Character.getType(c);
    if (type == Character.PRIVATE_USE || type == Character.CONTROL || type == Character.FORMAT
        || type == Character.UNASSIGNED) {
      return ' ';
    }
    return c;
  }
}
