package it.storia.extractor.ner;

import it.storia.extractor.io.DataLines;
import it.storia.extractor.model.EntityType;
import it.storia.extractor.model.Token;
import it.storia.extractor.text.NormalizedText;
import it.storia.extractor.token.ItalianTokenizer;
import it.storia.extractor.token.TokenSpan;
import it.storia.extractor.token.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Name lists of one or more types compiled into a token trie: every alias of every referent, tokenised like
 * the texts, keyed by {@link NameKeys#fold folded} token forms. Also the alias table of the resolve stage.
 *
 * <p>File format (UTF-8, one referent a line, {@code #} comments): {@code CANONICAL<TAB>ALIAS|ALIAS|...}; the
 * canonical form is an alias too. An alias token that starts with an upper-case letter only matches a text
 * token that does too, so "Stato" never matches "stato".
 *
 * <p>Immutable and thread-safe; build once with {@link #fromClasspath()} or {@link #load}.
 */
public final class Gazetteer {
  /** Classpath folder of the bundled lists. */
  public static final String BASE = "/it/storia/extractor/ner/";

  /** One referent of a list. */
  public record Entry(EntityType type, String canonical) {
    public Entry {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(canonical, "canonical");
    }
  }

  /** One written form of a referent, as listed. */
  public record Alias(String text, Entry entry) {}

  /** A match of an alias over tokens {@code [first, end)}. */
  public record Match(int first, int end, Entry entry) {}

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    Entry entry;
    boolean[] capitals;
  }

  private final Node root;
  private final Map<String, Entry> byCanonical;
  private final List<Alias> aliases;

  private Gazetteer(Node root, Map<String, Entry> byCanonical, List<Alias> aliases) {
    this.root = root;
    this.byCanonical = Map.copyOf(byCanonical);
    this.aliases = List.copyOf(aliases);
  }

  /** Every listed alias (canonical forms included), in file order. */
  public List<Alias> aliases() {
    return aliases;
  }

  /**
   * The bundled persons, organisations and places. Built once per process, on first use, and shared (it is
   * immutable): the names stage's rules and the resolve stage both use it, and each built its own before session 20.
   */
  public static Gazetteer fromClasspath() {
    return Bundled.GAZETTEER;
  }

  /** The bundled lists, compiled on first use (under the class-initialisation lock: one build per process). */
  private static final class Bundled {
    static final Gazetteer GAZETTEER = compile();
  }

  private static Gazetteer compile() {
    Builder b = new Builder(ItalianTokenizer.fromClasspath());
    try {
      b.read(EntityType.PERSON, resource("persons.tsv"), "persons.tsv");
      b.read(EntityType.ORGANIZATION, resource("organizations.tsv"), "organizations.tsv");
      b.read(EntityType.LOCATION, resource("locations.tsv"), "locations.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteers under " + BASE, e);
    }
    return b.build();
  }

  /**
   * Lists in the bundled format.
   *
   * @param persons PERSON list, or null
   * @param organizations ORGANIZATION list, or null
   * @param locations LOCATION list, or null
   */
  public static Gazetteer load(Path persons, Path organizations, Path locations) throws IOException {
    Builder b = new Builder(ItalianTokenizer.fromClasspath());
    read(b, EntityType.PERSON, persons);
    read(b, EntityType.ORGANIZATION, organizations);
    read(b, EntityType.LOCATION, locations);
    return b.build();
  }

  private static void read(Builder b, EntityType type, Path file) throws IOException {
    if (file != null) {
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        b.read(type, r, file.toString());
      }
    }
  }

  static BufferedReader resource(String name) {
    InputStream in = Gazetteer.class.getResourceAsStream(BASE + name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + BASE + name);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** The longest alias that starts at token {@code first} and ends before {@code limit}, or null. */
  public Match longest(List<Token> tokens, int first, int limit) {
    Node node = root;
    Match best = null;
    for (int i = first; i < limit; i++) {
      node = node.next.get(NameKeys.fold(tokens.get(i).norm()));
      if (node == null) {
        break;
      }
      if (node.entry != null && capitalsAgree(node.capitals, tokens, first)) {
        best = new Match(first, i + 1, node.entry);
      }
    }
    return best;
  }

  /** The entry of a single-word alias such as "Zinoviev", or null. */
  public Entry word(String word) {
    Node n = root.next.get(NameKeys.fold(word));
    return n == null ? null : n.entry;
  }

  /** True when some single-word alias of the given type starts with the folded prefix and is longer. */
  public boolean wordWithPrefix(String foldedPrefix, EntityType type) {
    for (Map.Entry<String, Node> e : root.next.entrySet()) {
      Entry entry = e.getValue().entry;
      if (entry != null && entry.type() == type && e.getKey().length() > foldedPrefix.length()
          && e.getKey().startsWith(foldedPrefix)) {
        return true;
      }
    }
    return false;
  }

  /** The entry whose canonical name this is, or null. */
  public Entry canonical(String canonical) {
    return byCanonical.get(canonical);
  }

  private static boolean capitalsAgree(boolean[] capitals, List<Token> tokens, int first) {
    for (int k = 0; k < capitals.length; k++) {
      if (capitals[k] && !NameKeys.capitalised(tokens.get(first + k).norm())) {
        return false;
      }
    }
    return true;
  }

  /** Compiles lists; not thread-safe. */
  private static final class Builder {
    private final Tokenizer tokenizer;
    private final Node root = new Node();
    private final Map<String, Entry> byCanonical = new HashMap<>();
    private final List<Alias> aliases = new ArrayList<>();

    Builder(Tokenizer tokenizer) {
      this.tokenizer = tokenizer;
    }

    void read(EntityType type, BufferedReader r, String name) throws IOException {
      for (DataLines.Line dl : DataLines.read(r)) {
        String line = dl.text();
        int n = dl.number();
        String[] cols = line.split("\t");
        if (cols.length != 2 || cols[0].isBlank()) {
          throw new IllegalArgumentException(name + ":" + n + ": expected CANONICAL<TAB>ALIAS|ALIAS..., got '"
              + line + "'");
        }
        Entry entry = new Entry(type, cols[0].strip());
        Entry old = byCanonical.putIfAbsent(entry.canonical(), entry);
        if (old != null) {
          throw new IllegalArgumentException(name + ":" + n + ": canonical name '" + entry.canonical()
              + "' is listed twice");
        }
        add(entry.canonical(), entry, name, n);
        for (String alias : cols[1].split("\\|")) {
          if (!alias.isBlank()) {
            add(alias.strip(), entry, name, n);
          }
        }
      }
    }

    private void add(String alias, Entry entry, String name, int line) {
      aliases.add(new Alias(alias, entry));
      List<String> words = words(alias);
      Node node = root;
      for (String w : words) {
        node = node.next.computeIfAbsent(NameKeys.fold(w), k -> new Node());
      }
      if (node.entry != null && !node.entry.equals(entry)) {
        throw new IllegalArgumentException(name + ":" + line + ": alias '" + alias + "' of '" + entry.canonical()
            + "' already names " + node.entry.type() + " '" + node.entry.canonical() + "'");
      }
      boolean[] capitals = new boolean[words.size()];
      for (int k = 0; k < capitals.length; k++) {
        capitals[k] = NameKeys.capitalised(words.get(k));
      }
      if (node.capitals != null) {
        for (int k = 0; k < capitals.length; k++) {
          capitals[k] &= node.capitals[k]; // "Comitato Centrale|Comitato centrale": either spelling matches
        }
      }
      node.entry = entry;
      node.capitals = capitals;
    }

    private List<String> words(String alias) {
      NormalizedText text = NormalizedText.identity(alias);
      List<String> out = new ArrayList<>();
      for (TokenSpan s : tokenizer.tokenize(text)) {
        out.add(alias.substring(s.begin(), s.end()));
      }
      return out;
    }

    Gazetteer build() {
      return new Gazetteer(root, byCanonical, aliases);
    }
  }
}
