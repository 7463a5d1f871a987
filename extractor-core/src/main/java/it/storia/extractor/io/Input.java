package it.storia.extractor.io;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One input of a batch: a file, or standard input.
 *
 * @param path the file, or null for standard input
 * @param name how errors and outputs name it ("-" for standard input)
 * @param id the document id: the file name without ".txt", or "stdin"
 */
public record Input(Path path, String name, String id) {
  /** Standard input. */
  public static final Input STDIN = new Input(null, "-", "stdin");

  /** A file input. */
  public static Input of(Path file) {
    String fn = file.getFileName().toString();
    String id = fn.toLowerCase(Locale.ROOT).endsWith(".txt") ? fn.substring(0, fn.length() - 4) : fn;
    return new Input(file, file.toString(), id);
  }

  /** True for standard input. */
  public boolean isStdin() {
    return path == null;
  }
}
