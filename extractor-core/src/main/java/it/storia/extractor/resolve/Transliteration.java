package it.storia.extractor.resolve;

import it.storia.extractor.io.DataLines;
import it.storia.extractor.ner.NameKeys;
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
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Folds spelling and transliteration variants of a name to one comparison key ("Trockij", "Trotskij",
 * "Trotsky" → "trotski"; "Zinov'ev" → "zinoviev"; "Bucharin", "Bukharin" → "buharin").
 *
 * <p>Rules file ({@code resolve/transliteration.tsv}, UTF-8, {@code #} comments): {@code REGEX<TAB>REPLACEMENT},
 * applied in order to the name folded by {@link NameKeys#fold}. The one spelling-folding table of the project: the
 * referent resolver and the passage index ({@code index.NameFolding}) both use it. Immutable and thread-safe.
 */
public final class Transliteration {
  private static final String RESOURCE = "/it/storia/extractor/resolve/transliteration.tsv";
  /** Runs of white space (compiled once; {@code String.replaceAll} would compile it per call). */
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  private record Rule(Pattern pattern, String replacement) {}

  private final List<Rule> rules;

  private Transliteration(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The bundled rules. */
  public static Transliteration fromClasspath() {
    InputStream in = Transliteration.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(r, "transliteration.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Rules in the bundled format. */
  public static Transliteration load(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString());
    }
  }

  private static Transliteration parse(BufferedReader r, String name) throws IOException {
    List<Rule> rules = new ArrayList<>();
    for (DataLines.Line dl : DataLines.read(r)) {
      int n = dl.number();
      String line = dl.text();
      String[] cols = line.split("\t", -1);
      if (cols.length != 2 || cols[0].isEmpty()) {
        throw new IllegalArgumentException(name + ":" + n + ": expected REGEX<TAB>REPLACEMENT, got '" + line + "'");
      }
      try {
        rules.add(new Rule(Pattern.compile(cols[0]), cols[1]));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(name + ":" + n + ": bad regular expression '" + cols[0] + "'", e);
      }
    }
    return new Transliteration(rules);
  }

  /** The comparison key of a name: folded ({@link NameKeys#fold}), single-spaced, then rewritten by the rules. */
  public String key(String name) {
    String k = SPACES.matcher(NameKeys.fold(name)).replaceAll(" ").strip();
    for (Rule rule : rules) {
      k = rule.pattern().matcher(k).replaceAll(rule.replacement());
    }
    return k;
  }
}
