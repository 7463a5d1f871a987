package it.storia.extractor.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Test helper: reads the sentences that dev-set files reference instead of copying them (corpora whose licence
 * forbids committing their text, e.g. CC BY-NC-SA). A reference line is
 * {@code < wikineural-it/test.conllu sentence=224 sha256=PREFIX} (0-based sentence of a WikiNEuRal CoNLL file, its
 * tokens detokenised by {@link #detokenise}) or {@code < eneide-amd/paragraphs_train.csv doc=ID chars=B-E
 * sha256=PREFIX} (UTF-16 offsets into the text of an ENEIDE paragraph) or {@code < UD_Italian-ISDT/it_isdt-ud-dev.conllu
 * sent_id=ID sha256=PREFIX} (the {@code # text} comment of a Universal Dependencies sentence) or {@code <
 * kind/dataset/moro_train.tsv sentence=N sha256=PREFIX} (0-based sentence of a KIND two-column file, token first,
 * joined by {@link #detokeniseKind}); PREFIX is the start of the hex SHA-256 of
 * the UTF-8 text, checked so that a changed corpus or detokeniser fails loudly.
 *
 * <p>The data root is the system property {@code shared.data}, else the first existing {@code ../shared/data} or
 * {@code ../../shared/data} (from the repository root or from a module). Used by the event and time dev sets.
 * Not thread-safe: one instance per load (or synchronise on it); it keeps the corpus files it has read.
 */
public final class CorpusSentences {
  private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ";", ":", ")", "!", "?", "%");

  private final Path root;
  private final Map<String, List<List<String>>> conllu = new HashMap<>();
  private final Map<String, List<List<String>>> kind = new HashMap<>();
  private final Map<String, Map<String, String>> paragraphs = new HashMap<>();
  private final Map<String, Map<String, String>> udTexts = new HashMap<>();

  public CorpusSentences(Path root) {
    this.root = root;
  }

  /** The shared data root, if this machine has it. */
  public static Optional<Path> dataRoot() {
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

  /** The text a reference line (without its leading {@code "< "}) stands for. */
  public String resolve(String ref) throws IOException {
    String[] f = ref.strip().split("\\s+");
    Map<String, String> kv = new HashMap<>();
    for (int i = 1; i < f.length; i++) {
      int eq = f[i].indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("bad field '" + f[i] + "' in corpus reference '" + ref + "'");
      }
      kv.put(f[i].substring(0, eq), f[i].substring(eq + 1));
    }
    String file = f[0];
    String text;
    if (file.endsWith(".conllu") && kv.containsKey("sent_id")) {
      text = udTexts.computeIfAbsent(file, k -> readUdTexts(root.resolve(k))).get(kv.get("sent_id"));
      if (text == null) {
        throw new IllegalArgumentException("sent_id '" + kv.get("sent_id") + "' is not in " + file);
      }
    } else if (file.endsWith(".conllu") && kv.containsKey("sentence")) {
      List<List<String>> sentences = conllu.computeIfAbsent(file, k -> readConllu(root.resolve(k)));
      int n = Integer.parseInt(kv.get("sentence"));
      if (n < 0 || n >= sentences.size()) {
        throw new IllegalArgumentException("sentence " + n + " is not in " + file + " (" + sentences.size()
            + " sentences)");
      }
      text = detokenise(sentences.get(n));
    } else if (file.endsWith(".tsv") && kv.containsKey("sentence")) {
      List<List<String>> sentences = kind.computeIfAbsent(file, k -> readTokenColumn(root.resolve(k), 0));
      int n = Integer.parseInt(kv.get("sentence"));
      if (n < 0 || n >= sentences.size()) {
        throw new IllegalArgumentException("sentence " + n + " is not in " + file + " (" + sentences.size()
            + " sentences)");
      }
      text = detokeniseKind(sentences.get(n));
    } else if (file.endsWith(".csv") && kv.containsKey("doc") && kv.containsKey("chars")) {
      Map<String, String> docs = paragraphs.computeIfAbsent(file, k -> readParagraphs(root.resolve(k)));
      String para = docs.get(kv.get("doc"));
      if (para == null) {
        throw new IllegalArgumentException("document '" + kv.get("doc") + "' is not in " + file);
      }
      String[] be = kv.get("chars").split("-");
      text = para.substring(Integer.parseInt(be[0]), Integer.parseInt(be[1]));
    } else {
      throw new IllegalArgumentException("unknown corpus reference '" + ref + "'");
    }
    String want = kv.get("sha256");
    String got = sha256(text);
    if (want == null || !got.startsWith(want)) {
      throw new IllegalStateException("corpus reference '" + ref + "' gives text with SHA-256 " + got
          + ", not " + want + ": '" + text + "'");
    }
    return text;
  }

  /**
   * Joins corpus tokens with spaces, except before {@code , . ; : ) ! ? %} and after a token ending in an
   * apostrophe or {@code (}. Must stay in sync with {@code dev/make_heldout_refs.py}.
   */
  public static String detokenise(List<String> tokens) {
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

  /**
   * Joins KIND tokens like {@link #detokenise}, and also with no space before {@code »} and none after a token
   * ending in a typographic apostrophe or {@code «} (KIND keeps {@code dall’} and {@code «} as tokens). Must stay
   * in sync with {@code kind_detok} in {@code dev/corpus_refs.py}.
   */
  public static String detokeniseKind(List<String> tokens) {
    StringBuilder sb = new StringBuilder();
    for (String t : tokens) {
      if (sb.length() > 0 && !NO_SPACE_BEFORE.contains(t) && !t.equals("\u00bb")) {
        char last = sb.charAt(sb.length() - 1);
        if (last != '\'' && last != '\u2019' && last != '(' && last != '\u00ab') {
          sb.append(' ');
        }
      }
      sb.append(t);
    }
    return sb.toString();
  }

  private static List<List<String>> readConllu(Path file) {
    return readTokenColumn(file, 1);
  }

  /** The sentences (blank-line separated) of a tab-separated token file, each as the given column of its lines. */
  private static List<List<String>> readTokenColumn(Path file, int column) {
    List<List<String>> out = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          if (!cur.isEmpty()) {
            out.add(cur);
            cur = new ArrayList<>();
          }
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 2) {
          throw new IllegalArgumentException(file + ": expected at least two tab-separated columns, got '" + line
              + "'");
        }
        cur.add(cols[column]);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
    if (!cur.isEmpty()) {
      out.add(cur);
    }
    return out;
  }

  /** The {@code # text} comment of every sentence of a UD CoNLL-U file, by its {@code # sent_id}. */
  private static Map<String, String> readUdTexts(Path file) {
    Map<String, String> out = new HashMap<>();
    String id = null;
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.startsWith("# sent_id = ")) {
          id = line.substring("# sent_id = ".length()).strip();
        } else if (line.startsWith("# text = ") && id != null) {
          out.put(id, line.substring("# text = ".length()));
          id = null;
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
    return out;
  }

  private static Map<String, String> readParagraphs(Path file) {
    Map<String, String> out = new HashMap<>();
    try {
      for (EneideReader.Paragraph p : EneideReader.readParagraphs(file)) {
        out.put(p.docId(), p.text());
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
    return out;
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this JVM", e);
    }
  }
}
