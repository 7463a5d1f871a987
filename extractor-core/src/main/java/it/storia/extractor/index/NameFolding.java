package it.storia.extractor.index;

import it.storia.extractor.io.DataLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Folds a person or organisation name to a search key: lowercase, accents removed, whitespace collapsed, then the
 * transliteration rules of a data file applied in order, so that spellings of the same name meet ("Trockij",
 * "Trotskij" and "Trotsky" all become {@code trotsky}; "Zinov'ev" and "Zinoviev" become {@code zinovev}).
 *
 * <p>The bundled rules are {@code it/storia/extractor/index/name-folding.tsv}; {@link #load(Path)} reads a
 * replacement. Input: a name. Output: its key (never null). Immutable; thread-safe.
 */
public final class NameFolding {
  /** Classpath location of the bundled rules. */
  public static final String RESOURCE = "/it/storia/extractor/index/name-folding.tsv";

  /** A word of one or two letters ending in a dot, or a run of them: "l.", "l.d.", "iv.". */
  private static final Pattern INITIAL = Pattern.compile("(?<![^ ])(\\p{L}{1,2}\\.)+(?![^ ])");

  private final List<String[]> rules;

  private NameFolding(List<String[]> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The bundled rules. */
  public static NameFolding fromClasspath() {
    try (InputStream in = NameFolding.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      return parse(RESOURCE, in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Rules read from a file: one {@code FROM<TAB>TO} per line, {@code #} comments. */
  public static NameFolding load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(file.toString(), in);
    }
  }

  private static NameFolding parse(String name, InputStream in) throws IOException {
    List<String[]> rules = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (DataLines.Line dl : DataLines.read(r)) {
      int n = dl.number();
      String line = dl.text();
      String[] parts = line.split("\t", -1);
      if (parts.length != 2 || parts[0].isEmpty()) {
        throw new IllegalArgumentException(name + ":" + n + ": expected FROM<TAB>TO, got '" + line + "'");
      }
      rules.add(new String[] {parts[0].toLowerCase(Locale.ROOT), parts[1].toLowerCase(Locale.ROOT)});
    }
    return new NameFolding(rules);
  }

  /** The search key of a name: lowercase, accent-free, single-spaced, transliteration-folded. */
  public String fold(String name) {
    Objects.requireNonNull(name, "name");
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Z}]+", " ").strip();
    for (String[] rule : rules) {
      s = s.replace(rule[0], rule[1]);
    }
    return s;
  }

  /**
   * The keys a name is indexed under: the folded whole name, the same without initials ("l.d. trotsky" →
   * "trotsky") and, for a name of several words, its last word (the surname), so that {@code --person Trotsky}
   * finds "Lev Trotsky".
   */
  public List<String> keys(String name) {
    List<String> keys = new ArrayList<>(queryKeys(name));
    String whole = keys.isEmpty() ? "" : keys.get(keys.size() - 1);
    int space = whole.lastIndexOf(' ');
    if (space > 0 && whole.length() - space > 3 && !keys.contains(whole.substring(space + 1))) {
      keys.add(whole.substring(space + 1));
    }
    return keys;
  }

  /** The keys a searched name is looked up under: the folded whole name and the same without initials. */
  public List<String> queryKeys(String name) {
    String whole = fold(name);
    List<String> keys = new ArrayList<>(2);
    if (whole.isEmpty()) {
      return keys;
    }
    keys.add(whole);
    String bare = INITIAL.matcher(whole).replaceAll(" ").strip().replaceAll(" +", " ");
    if (!bare.isEmpty() && !bare.equals(whole)) {
      keys.add(bare);
    }
    return keys;
  }
}
