package it.storia.extractor.bench;

import it.storia.extractor.pipeline.Extractor;
import it.storia.extractor.text.AnalyzedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds the fixed benchmark corpus: KIND (EVALITA 2023) {@code *_test.tsv} sentences detokenised into running
 * text and grouped into documents of {@value #SENTENCES_PER_DOCUMENT} sentences, plus De Gasperi (DaDoEval)
 * {@code Test_Release} documents, each source taken in sorted order up to a byte budget. The result is a directory
 * of UTF-8 {@code .txt} files and a {@code corpus.properties} file with its size (documents, bytes, chars,
 * sentences and tokens as counted by the bundled segmenter).
 *
 * <p>Input: the shared data directory ({@code --data}, holding {@code kind/evalita-2023/} and
 * {@code dadoeval-degasperi/Test_Release/}). Output: {@code --out} (default {@code target/bench-corpus}). The same
 * data and budgets always give byte-identical files. Stateless; its methods are thread-safe.
 *
 * <pre>
 * java -cp extractor-bench/target/benchmarks.jar it.storia.extractor.bench.CorpusBuilder --data ../shared/data
 * </pre>
 */
public final class CorpusBuilder {
  /** Sentences per KIND document. */
  public static final int SENTENCES_PER_DOCUMENT = 50;

  /** Default byte budget of each of the two sources (KIND, De Gasperi). */
  public static final long DEFAULT_SOURCE_BYTES = 256L * 1024;

  private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "!", "?", ")", "]", "}", "»",
      "”", "...", "…", "%", "'", "’");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "«", "“");

  private CorpusBuilder() {}

  /** What a build wrote. */
  public record Stats(int documents, long bytes, long chars, long sentences, long tokens) {
    /** The stats as a properties file body. */
    String toProperties() {
      return "documents=" + documents + "\nbytes=" + bytes + "\nchars=" + chars + "\nsentences=" + sentences
          + "\ntokens=" + tokens + "\n";
    }
  }

  /**
   * Command line: {@code --data DIR [--out DIR] [--kb-per-source N]}.
   *
   * @param args the arguments
   */
  public static void main(String[] args) throws IOException {
    Path data = null;
    Path out = Path.of("target", "bench-corpus");
    long budget = DEFAULT_SOURCE_BYTES;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(value(args, ++i, "--data"));
        case "--out" -> out = Path.of(value(args, ++i, "--out"));
        case "--kb-per-source" -> budget = 1024L * Long.parseLong(value(args, ++i, "--kb-per-source"));
        default -> throw new IllegalArgumentException("unknown argument: " + args[i]
            + " (usage: --data DIR [--out DIR] [--kb-per-source N])");
      }
    }
    if (data == null) {
      throw new IllegalArgumentException("--data DIR is required (the shared data directory)");
    }
    Stats stats = build(data, out, budget);
    System.out.printf(Locale.ROOT, "corpus %s: %d documents, %.2f MB, %d sentences, %d tokens%n", out,
        stats.documents(), stats.bytes() / 1e6, stats.sentences(), stats.tokens());
  }

  static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  /**
   * Builds the corpus into {@code out}, replacing the {@code .txt} files already there.
   *
   * @param data the shared data directory
   * @param out the corpus directory (created if missing)
   * @param bytesPerSource the UTF-8 byte budget of each source
   */
  public static Stats build(Path data, Path out, long bytesPerSource) throws IOException {
    Path kind = data.resolve("kind/evalita-2023");
    Path degasperi = data.resolve("dadoeval-degasperi/Test_Release");
    for (Path p : List.of(kind, degasperi)) {
      if (!Files.isDirectory(p)) {
        throw new IOException("missing data directory " + p + " (is --data the shared data directory?)");
      }
    }
    Files.createDirectories(out);
    try (Stream<Path> old = Files.list(out)) {
      for (Path p : (Iterable<Path>) old.filter(f -> f.toString().endsWith(".txt"))::iterator) {
        Files.delete(p);
      }
    }
    List<Path> written = new ArrayList<>();
    List<Path> kindFiles = sorted(kind, "_test.tsv");
    long perGenre = bytesPerSource / Math.max(1, kindFiles.size());
    for (Path tsv : kindFiles) {
      String genre = tsv.getFileName().toString().replace("_test.tsv", "");
      List<String> docs = kindDocuments(Files.readAllLines(tsv, StandardCharsets.UTF_8));
      long used = 0;
      for (int d = 0; d < docs.size() && (d == 0 || used < perGenre); d++) {
        Path f = out.resolve(String.format(Locale.ROOT, "kind-%s-%03d.txt", genre, d));
        byte[] bytes = docs.get(d).getBytes(StandardCharsets.UTF_8);
        Files.write(f, bytes);
        written.add(f);
        used += bytes.length;
      }
    }
    List<Path> dg = new ArrayList<>(sorted(degasperi.resolve("same-genre"), ".txt"));
    dg.addAll(sorted(degasperi.resolve("cross-genre"), ".txt"));
    long used = 0;
    for (int i = 0; i < dg.size() && used < bytesPerSource; i++) {
      Path src = dg.get(i);
      Path f = out.resolve("degasperi-" + src.getParent().getFileName() + "-" + src.getFileName());
      byte[] bytes = Files.readAllBytes(src);
      Files.write(f, bytes);
      written.add(f);
      used += bytes.length;
    }
    Stats stats = measure(written);
    Files.writeString(out.resolve("corpus.properties"), stats.toProperties(), StandardCharsets.UTF_8);
    return stats;
  }

  private static Stats measure(List<Path> files) throws IOException {
    Extractor extractor = Extractor.withDefaults();
    long bytes = 0;
    long chars = 0;
    long sentences = 0;
    long tokens = 0;
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      bytes += Files.size(f);
      chars += text.length();
      AnalyzedText a = extractor.segmenter().segment(text);
      sentences += a.sentences().size();
      tokens += a.tokens().size();
    }
    return new Stats(files.size(), bytes, chars, sentences, tokens);
  }

  private static List<Path> sorted(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  /**
   * Groups the sentences of a KIND TSV (token TAB tag, blank line between sentences) into documents of
   * {@value #SENTENCES_PER_DOCUMENT} detokenised sentences, one sentence per line.
   */
  static List<String> kindDocuments(List<String> lines) {
    List<String> docs = new ArrayList<>();
    List<String> sentence = new ArrayList<>();
    StringBuilder doc = new StringBuilder();
    int inDoc = 0;
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i).strip() : "";
      if (!line.isEmpty()) {
        int tab = line.indexOf('\t');
        sentence.add(tab < 0 ? line : line.substring(0, tab));
        continue;
      }
      if (sentence.isEmpty()) {
        continue;
      }
      doc.append(detokenize(sentence)).append('\n');
      sentence.clear();
      if (++inDoc == SENTENCES_PER_DOCUMENT) {
        docs.add(doc.toString());
        doc.setLength(0);
        inDoc = 0;
      }
    }
    if (inDoc > 0) {
      docs.add(doc.toString());
    }
    return docs;
  }

  /**
   * Joins tokens into running text: one space between tokens, none before closing punctuation and none after an
   * apostrophe or an opening bracket or quote.
   */
  static String detokenize(List<String> tokens) {
    StringBuilder sb = new StringBuilder();
    String previous = null;
    for (String t : tokens) {
      if (previous != null && !NO_SPACE_BEFORE.contains(t) && !NO_SPACE_AFTER.contains(previous)
          && !previous.endsWith("'") && !previous.endsWith("’")) {
        sb.append(' ');
      }
      sb.append(t);
      previous = t;
    }
    return sb.toString();
  }
}
