package it.storia.extractor.resolve;

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
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Given names that are one name in several languages ("Carlo", "Karl", "Charles"), for telling whether a person's
 * mention may name a listed person of the same surname.
 *
 * <p>Data file ({@code resolve/given-names.tsv}, UTF-8, {@code #} comments): one group a line, forms separated by
 * {@code |}. Forms are compared by their {@link Transliteration} keys. A form may stand in several groups. Input:
 * two given names; output: whether a group holds both. Immutable and thread-safe.
 */
public final class GivenNames {
  private static final String RESOURCE = "/it/storia/extractor/resolve/given-names.tsv";

  private final Transliteration transliteration;
  /** Per key, the numbers of the groups it is in. */
  private final Map<String, Set<Integer>> groups;

  private GivenNames(Transliteration transliteration, Map<String, Set<Integer>> groups) {
    this.transliteration = transliteration;
    Map<String, Set<Integer>> copy = new HashMap<>();
    groups.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    this.groups = Map.copyOf(copy);
  }

  /** The bundled groups, keyed by the given transliteration rules. */
  public static GivenNames fromClasspath(Transliteration transliteration) {
    InputStream in = GivenNames.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(r, "given-names.tsv", transliteration);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Groups in the bundled format. */
  public static GivenNames load(Path file, Transliteration transliteration) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString(), transliteration);
    }
  }

  private static GivenNames parse(BufferedReader r, String name, Transliteration transliteration)
      throws IOException {
    Map<String, Set<Integer>> groups = new HashMap<>();
    for (DataLines.Line dl : DataLines.read(r)) {
      String[] forms = dl.text().split("\\|", -1);
      if (forms.length < 2) {
        throw new IllegalArgumentException(name + ":" + dl.number() + ": expected two or more forms separated by"
            + " '|', got '" + dl.text() + "'");
      }
      for (String f : forms) {
        String key = transliteration.key(f.strip());
        if (key.isEmpty() || key.indexOf(' ') >= 0) {
          throw new IllegalArgumentException(name + ":" + dl.number() + ": bad given name '" + f + "'");
        }
        groups.computeIfAbsent(key, k -> new HashSet<>()).add(dl.number());
      }
    }
    return new GivenNames(transliteration, groups);
  }

  /** True when both names are the same given name in some group (or have the same key). */
  public boolean same(String a, String b) {
    return sameKeys(transliteration.key(a), transliteration.key(b));
  }

  /** {@link #same} of two names given by their {@link Transliteration#key keys}. */
  boolean sameKeys(String ka, String kb) {
    if (ka.equals(kb)) {
      return true;
    }
    Set<Integer> ga = groups.get(ka);
    Set<Integer> gb = groups.get(kb);
    if (ga == null || gb == null) {
      return false;
    }
    for (Integer g : ga) {
      if (gb.contains(g)) {
        return true;
      }
    }
    return false;
  }
}
