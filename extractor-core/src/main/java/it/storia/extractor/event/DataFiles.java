package it.storia.extractor.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the event package's data files: UTF-8 lines, {@code #} comments and blank lines skipped.
 *
 * <p>Stateless; thread-safe.
 */
final class DataFiles {
  static final String BASE = "/it/storia/extractor/event/";

  private DataFiles() {}

  /** One data line with its origin, for error messages. */
  record Line(String source, int number, String text) {
    IllegalArgumentException error(String message) {
      return new IllegalArgumentException(source + ":" + number + ": " + message + " in '" + text + "'");
    }
  }

  static List<Line> classpath(String name) {
    InputStream in = DataFiles.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + BASE + name);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return lines(r, name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + BASE + name, e);
    }
  }

  static List<Line> file(Path path) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return lines(r, path.toString());
    }
  }

  private static List<Line> lines(BufferedReader r, String source) throws IOException {
    List<Line> out = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      out.add(new Line(source, n, line.stripTrailing()));
    }
    return out;
  }
}
