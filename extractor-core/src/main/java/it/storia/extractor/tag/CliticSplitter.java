package it.storia.extractor.tag;

import it.storia.extractor.io.DataLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Splits a verb with enclitic pronouns into its syntactic words, as Universal Dependencies does: "farlo" →
 * "far", "lo"; "dandogliela" → "dando", "glie", "la". The tagger calls it for tokens whose tag joins a verb and
 * pronouns ("VERB+PRON", "AUX+PRON+PRON") and whose words the tokenizer does not list.
 *
 * <p>Data: a list of clitic forms, one per line ({@code tag/clitics.txt}), replaceable with {@link #load(Path)}.
 * Immutable and thread-safe.
 */
public final class CliticSplitter {
  private static final String RESOURCE = "/it/storia/extractor/tag/clitics.txt";

  private final List<String> clitics;

  private CliticSplitter(List<String> clitics) {
    List<String> sorted = new ArrayList<>(clitics);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.clitics = List.copyOf(sorted);
  }

  /** The bundled list. */
  public static CliticSplitter fromClasspath() {
    try (InputStream in = CliticSplitter.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new CliticSplitter(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
          RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** A list read from a file in the format of the bundled one. */
  public static CliticSplitter load(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new CliticSplitter(parse(r, file.toString()));
    }
  }

  private static List<String> parse(BufferedReader r, String source) throws IOException {
    List<String> out = new ArrayList<>();
    for (DataLines.Line line : DataLines.read(r)) {
      String clitic = line.word(source);
      if (!clitic.chars().allMatch(Character::isLetter)) {
        throw line.error(source, "a clitic is letters only");
      }
      out.add(clitic.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /**
   * The words of a verb-with-clitics token whose joined tag has {@code parts} parts (verb + parts-1 clitics), or
   * an empty list when the form does not end in that many clitics after a stem of at least two letters. Words
   * keep the form's case.
   */
  public List<String> split(String form, int parts) {
    if (parts < 2) {
      return List.of();
    }
    List<String> words = new ArrayList<>(parts);
    String rest = form;
    for (int p = 1; p < parts; p++) {
      String lower = rest.toLowerCase(Locale.ROOT);
      String found = null;
      for (String c : clitics) {
        if (lower.endsWith(c) && lower.length() - c.length() >= 2) {
          found = c;
          break;
        }
      }
      if (found == null) {
        return List.of();
      }
      words.add(rest.substring(rest.length() - found.length()));
      rest = rest.substring(0, rest.length() - found.length());
    }
    words.add(rest);
    Collections.reverse(words);
    return List.copyOf(words);
  }
}
