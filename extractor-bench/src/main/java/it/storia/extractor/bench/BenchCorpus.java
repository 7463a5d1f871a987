package it.storia.extractor.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A benchmark corpus loaded into memory: the {@code .txt} files of a directory built by {@link CorpusBuilder}, in
 * file-name order, and the size it recorded in {@code corpus.properties}.
 *
 * <p>Input: the corpus directory. Output: the texts and their size. Immutable; thread-safe.
 *
 * @param dir the corpus directory
 * @param names the file names, sorted
 * @param texts the texts, same order
 * @param stats the recorded size
 */
public record BenchCorpus(Path dir, List<String> names, List<String> texts, CorpusBuilder.Stats stats) {
  /** Copies the lists. */
  public BenchCorpus {
    names = List.copyOf(names);
    texts = List.copyOf(texts);
  }

  /** The system property naming the corpus directory for the JMH benchmarks. */
  public static final String PROPERTY = "bench.corpus";

  /** Loads the corpus named by {@value #PROPERTY} (default {@code target/bench-corpus}). */
  public static BenchCorpus fromSystemProperty() throws IOException {
    return load(Path.of(System.getProperty(PROPERTY, "target/bench-corpus")));
  }

  /** Loads a corpus directory. */
  public static BenchCorpus load(Path dir) throws IOException {
    Path props = dir.resolve("corpus.properties");
    if (!Files.isRegularFile(props)) {
      throw new IOException("no benchmark corpus at " + dir.toAbsolutePath()
          + " (build it: CorpusBuilder --data ../shared/data --out " + dir + ")");
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    CorpusBuilder.Stats stats = new CorpusBuilder.Stats(Integer.parseInt(required(p, "documents", props)),
        Long.parseLong(required(p, "bytes", props)), Long.parseLong(required(p, "chars", props)),
        Long.parseLong(required(p, "sentences", props)), Long.parseLong(required(p, "tokens", props)));
    List<String> names = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
        names.add(f.getFileName().toString());
        texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    if (texts.size() != stats.documents()) {
      throw new IOException(dir + " holds " + texts.size() + " .txt files but corpus.properties says "
          + stats.documents() + "; rebuild the corpus");
    }
    return new BenchCorpus(dir, names, texts, stats);
  }

  private static String required(Properties p, String key, Path file) throws IOException {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IOException(file + " has no '" + key + "' entry");
    }
    return v;
  }
}
