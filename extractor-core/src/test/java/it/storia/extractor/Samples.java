package it.storia.extractor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's reference texts for tests, read from the samples module. */
public final class Samples {
  private Samples() {}

  /** samples/texts/lotta-per-il-potere.txt, the reference input. */
  public static String lotta() {
    return read("lotta-per-il-potere.txt");
  }

  /** A text of samples/texts. */
  public static String read(String name) {
    Path p = Path.of("..", "samples", "texts", name);
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sample " + p.toAbsolutePath(), e);
    }
  }
}
