package it.storia.extractor.index;

import it.storia.extractor.resolve.Transliteration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The search keys of a person or organisation name, built on the one spelling-folding table of the project,
 * {@link Transliteration} ({@code resolve/transliteration.tsv}): the key is the transliteration key (lower case,
 * accents removed, whitespace collapsed, variant spellings folded), so that "Trockij", "Trotskij" and "Trotsky"
 * meet in the index exactly as they meet in the referent resolver.
 *
 * <p>Input: a name. Output: its key or keys (never null). Immutable; thread-safe.
 */
public final class NameFolding {
  /** A word of one or two letters ending in a dot, or a run of them: "l.", "l.d.", "iv.". */
  private static final Pattern INITIAL = Pattern.compile("(?<![^ ])(\\p{L}{1,2}\\.)+(?![^ ])");
  /** Hyphens and dashes between words, with the spaces around them ("Alma-Ata", "Alma - Ata"). */
  private static final Pattern HYPHEN = Pattern.compile(" ?[-\u2010\u2011\u2012\u2013] ?");

  private final Transliteration transliteration;

  private NameFolding(Transliteration transliteration) {
    this.transliteration = Objects.requireNonNull(transliteration, "transliteration");
  }

  /** The bundled transliteration table ({@link Transliteration#fromClasspath()}). */
  public static NameFolding fromClasspath() {
    return new NameFolding(Transliteration.fromClasspath());
  }

  /** A transliteration table in the {@link Transliteration} format ({@code REGEX<TAB>REPLACEMENT}). */
  public static NameFolding load(Path file) throws IOException {
    return new NameFolding(Transliteration.load(file));
  }

  /** Keys of the given table: pass the resolver's table to make index and referents agree. */
  public static NameFolding of(Transliteration transliteration) {
    return new NameFolding(transliteration);
  }

  /**
   * The search key of a name: its transliteration key, a hyphen between words read as a space (since index format
   * 3), so that "Alma Ata" finds "Alma-Ata" and "Jean Paul Sartre" finds "Jean-Paul Sartre".
   */
  public String fold(String name) {
    Objects.requireNonNull(name, "name");
    return HYPHEN.matcher(transliteration.key(name)).replaceAll(" ").strip();
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
