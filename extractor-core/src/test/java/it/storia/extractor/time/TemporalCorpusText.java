package it.storia.extractor.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Test helper: the text of a time dev-set document that is a sentence of a NonCommercial corpus (WikiNEuRal-it, CC
 * BY-NC-SA 4.0), which the repository references instead of copying. {@code devset/time/corpus-refs.tsv} maps each
 * such document to {@code wikineural-it/FILE.conllu sentence=N sha256=PREFIX}: the 0-based sentence of the CoNLL
 * file, its tokens joined as {@code event.CorpusSentences} joins them, checked against the prefix of the hex SHA-256
 * of its UTF-8 text so that a changed corpus or detokeniser fails loudly.
 *
 * <p>The data root is the system property {@code shared.data}, else {@code ../shared/data} or
 * {@code ../../shared/data}; {@link #available()} tells whether this machine has it. Thread-safe: the references
 * and the corpus files they name are read once, on first use, into immutable maps (class holder idiom).
 */
final class TemporalCorpusText {
  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", ")", "!", "?", "%");

  private TemporalCorpusText() {}

  /** Whether the shared corpora are on this machine. */
  static boolean available() {
    return dataRoot().filter(Files::isDirectory).isPresent();
  }

  /** The text of a referenced document; fails naming the document when it has no reference or the text differs. */
  static String text(String doc) {
    String ref = Refs.REFS.get(doc);
    if (ref == null) {
      throw new IllegalArgumentException("no text and no corpus reference for dev-set document '" + doc + "'");
    }
    if (!available()) {
      throw new IllegalStateException(
          "document '" + doc + "' references " + ref + " but ../shared/data is absent (set -Dshared.data=DIR)");
    }
    String[] f = ref.strip().split("\\s+");
    if (f.length != 3 || !f[0].endsWith(".conllu") || !f[1].startsWith("sentence=") || !f[2].startsWith("sha256=")) {
      throw new IllegalArgumentException("bad corpus reference '" + ref + "' of '" + doc + "'");
    }
    List<List<String>> sentences = Corpus.FILES.get(f[0]);
    int n = Integer.parseInt(f[1].substring("sentence=".length()));
    if (n < 0 || n >= sentences.size()) {
      throw new IllegalArgumentException("sentence " + n + " is not in " + f[0] + " (" + sentences.size() + ")");
    }
    String text = detokenise(sentences.get(n));
    String want = f[2].substring("sha256=".length());
    String got = sha256(text);
    if (!got.startsWith(want)) {
      throw new IllegalStateException("corpus reference '" + ref + "' gives text with SHA-256 " + got + ", not "
          + want + ": '" + text + "'");
    }
    return text;
  }

  /** Joins tokens with spaces, except before {@code , . ; : ) ! ? %} and after {@code '} or {@code (}. */
  static String detokenise(List<String> tokens) {
    StringBuilder sb = new StringBuilder();
    for (String t : tokens) {
      if (sb.length() > 0 && !NO_SPACE_BEFORE.contains(t) && sb.charAt(sb.length() - 1) != '\''
          && sb.charAt(sb.length() - 1) != '(') {
        sb.append(' ');
      }
      sb.append(t);
    }
    return sb.toString();
  }

  private static Optional<Path> dataRoot() {
    String prop = System.getProperty("shared.data");
    if (prop != null && !prop.isBlank()) {
      return Optional.of(Path.of(prop));
    }
    for (String c : List.of("../shared/data", "../../shared/data")) {
      Path p = Path.of(c).toAbsolutePath().normalize();
      if (Files.isDirectory(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }

  /** The references of {@code devset/time/corpus-refs.tsv}, read once. */
  private static final class Refs {
    static final Map<String, String> REFS = read();

    private static Map<String, String> read() {
      String resource = "/devset/time/corpus-refs.tsv";
      Map<String, String> refs = new LinkedHashMap<>();
      try (InputStream in = Objects.requireNonNull(TemporalCorpusText.class.getResourceAsStream(resource), resource);
          BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (!line.isBlank() && !line.startsWith("#")) {
            String[] c = line.split("\t");
            if (c.length != 2) {
              throw new IllegalArgumentException(resource + ": expected 'doc TAB reference', got '" + line + "'");
            }
            refs.put(c[0], c[1]);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
      return Map.copyOf(refs);
    }
  }

  /** The sentences of every CoNLL file that a reference names, read once, on first use. */
  private static final class Corpus {
    static final Map<String, List<List<String>>> FILES = readAll();

    private static Map<String, List<List<String>>> readAll() {
      Path root = dataRoot().orElseThrow(() -> new IllegalStateException("../shared/data is absent"));
      Map<String, List<List<String>>> files = new LinkedHashMap<>();
      for (String ref : Refs.REFS.values()) {
        String file = ref.strip().split("\\s+")[0];
        files.computeIfAbsent(file, k -> load(root.resolve(k)));
      }
      return Map.copyOf(files);
    }

    private static List<List<String>> load(Path file) {
      List<List<String>> out = new ArrayList<>();
      List<String> cur = new ArrayList<>();
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.isBlank()) {
            if (!cur.isEmpty()) {
              out.add(List.copyOf(cur));
              cur = new ArrayList<>();
            }
            continue;
          }
          String[] cols = line.split("\t");
          if (cols.length < 2) {
            throw new IllegalArgumentException(file + ": expected 'index TAB token TAB tag', got '" + line + "'");
          }
          cur.add(cols[1]);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
      if (!cur.isEmpty()) {
        out.add(List.copyOf(cur));
      }
      return List.copyOf(out);
    }
  }
}
